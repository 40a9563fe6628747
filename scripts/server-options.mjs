// Node options for the app server, shared by `npm start` and the benchmark so that both measure the same thing.
// The old-generation cap keeps one server's resident memory down under load (V8 grows the heap lazily when it has
// room; figures in bench/results/history-from-code-comments.md); the pages and API of this app need far less live
// memory than the cap.
export const SERVER_NODE_OPTIONS = '--max-old-space-size=192';

/** NODE_OPTIONS for a server process: the caller's own options win over ours. */
export function serverNodeOptions(existing = process.env.NODE_OPTIONS) {
  return existing?.includes('--max-old-space-size') ? existing : [existing, SERVER_NODE_OPTIONS].filter(Boolean).join(' ');
}
