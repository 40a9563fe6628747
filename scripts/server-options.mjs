// Node options for the app server, shared by `npm start` and the benchmark so that both measure the same thing.
// The old-generation cap keeps one server's resident memory down under load (V8 grows the heap lazily when it has
// room; figures in bench/results/history-from-code-comments.md). It was 192 MB until the school bench first ran
// with real submits (2026-12-05): 1,000 students arriving over 45 s on two instances, and one instance ran out of
// heap and crashed at 192 MB (its requests then failed or waited 8 s for a 503); at 512 MB neither did, 0 errors
// (bench/results/2026-12-05-school.md). A cap that crashes the server under a burst is worse than more memory.
export const SERVER_NODE_OPTIONS = '--max-old-space-size=512';

/** NODE_OPTIONS for a server process: the caller's own options win over ours. */
export function serverNodeOptions(existing = process.env.NODE_OPTIONS) {
  return existing?.includes('--max-old-space-size') ? existing : [existing, SERVER_NODE_OPTIONS].filter(Boolean).join(' ');
}
