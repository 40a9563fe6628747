/**
 * A short-lived cache of whole pages that are the same for every visitor who is not signed in (home, article,
 * quiz start, leaderboard page and leaderboard JSON), so that a hit costs no rendering and no database query.
 *
 * proxy.ts sends such requests to the route handler app/page-cache (a rewrite carrying a per-process secret and
 * the path); the handler answers from here. A copy is rendered by fetching the page from this same server with
 * the secret (proxy.ts then lets it through untouched, with no nonce), and kept for a few seconds.
 *
 * Why not Next's own cache: every page carries a Content-Security-Policy, and a page Next caches cannot carry a
 * nonce (a nonce must be new on every response). A cached page therefore gets a policy made of the SHA-256 hashes
 * of its own inline scripts, computed once per copy: as strict as the nonce policy (no 'unsafe-inline'), and
 * valid for exactly this HTML. A fresh copy is answered by proxy.ts itself (no further
 * routing); a missing or expired one is rendered by the route handler, which waits for the single render in
 * flight. Next compresses both kinds of response once, like any page.
 *
 * Nothing that matters lives here: copies expire after seconds and each instance fills its own cache from the
 * database, so several instances behind a load balancer serve the same pages.
 */
import { hasSessionCookie } from '../auth/session-cookie';
import { contentSecurityPolicy, newNonce } from './csp';

export type CachedPage = { status: number; body: string; type: string; csp: string | null; expires: number };

const SLUG = '[A-Za-z0-9_-]{1,200}';
/** Cacheable paths and how long a copy may be served. The leaderboard is at most 2 s behind a submit. */
const RULES: { pattern: RegExp; ttlMs: number }[] = [
  { pattern: /^\/$/, ttlMs: 10_000 },
  { pattern: new RegExp(`^/articles/${SLUG}$`), ttlMs: 10_000 },
  { pattern: new RegExp(`^/articles/${SLUG}/quiz$`), ttlMs: 10_000 },
  { pattern: new RegExp(`^/articles/${SLUG}/leaderboard$`), ttlMs: 2_000 },
  { pattern: new RegExp(`^/api/articles/${SLUG}/leaderboard$`), ttlMs: 2_000 },
];
const MAX_ENTRIES = 200;
/** A page larger than this is not kept (the article pages here are about 20 KB). */
const MAX_BODY_CHARS = 1_000_000;
/** How long a render may take before visitors are answered without it. */
const RENDER_TIMEOUT_MS = 8_000;
/** How long after expiry a copy may still be served when a fresh render fails. */
const STALE_GRACE_MS = 60_000;
export const SECRET_HEADER = 'x-fq-page-cache';
export const PATH_HEADER = 'x-fq-page-path';

// One state per process, shared by the proxy bundle and the route handler bundle.
const g = globalThis as unknown as { __fqPageCache?: { entries: Map<string, CachedPage>; pending: Map<string, Promise<CachedPage | null>>; secret: string } };
const state = (g.__fqPageCache ??= { entries: new Map(), pending: new Map(), secret: crypto.randomUUID() });

export function cacheSecret(): string {
  return state.secret;
}

/**
 * How long a copy of this request's page may be served, or null when it must be rendered for this request.
 *
 * Next hides its own router headers (`RSC`, `Next-Router-State-Tree`, …) and the `_rsc` query from the proxy, so
 * a client-side navigation (which wants a React Server Component payload, not HTML) cannot be recognised by them.
 * It can by what it accepts: the router's fetches accept anything, while a browser loading a document asks for
 * `text/html`. Only such requests get a cached page; the JSON leaderboard is JSON for every caller.
 */
export function cacheTtl(req: { method: string; pathname: string; search: string; headers: Headers; cookieNames: string[] }): number | null {
  if (req.method !== 'GET' || req.search) return null;
  const h = req.headers;
  if (h.get('rsc') || h.get('next-router-prefetch') || h.get('next-router-state-tree') || h.get('next-action')) return null;
  if (hasSessionCookie(req.cookieNames)) return null;
  const isApi = req.pathname.startsWith('/api/');
  if (!isApi && !(h.get('accept') ?? '').includes('text/html')) return null;
  return ttlFor(req.pathname);
}

export function ttlFor(pathname: string): number | null {
  return RULES.find((r) => r.pattern.test(pathname))?.ttlMs ?? null;
}

/** A fresh cached copy of a path, if there is one (no render, no waiting). */
export function freshPage(path: string): CachedPage | null {
  const hit = state.entries.get(path);
  return hit && hit.expires > Date.now() ? hit : null;
}

/**
 * The cached copy of a path, rendering it first when there is no fresh one. When the render fails (database
 * down, timeout), an expired copy is served rather than nothing; null when there is none.
 */
export async function cachedPage(path: string, ttlMs: number): Promise<CachedPage | null> {
  const fresh = freshPage(path);
  if (fresh) return fresh;
  const hit = state.entries.get(path);
  let pending = state.pending.get(path);
  if (!pending) {
    // One render per path at a time; everyone asking meanwhile waits for it.
    pending = render(path, ttlMs).finally(() => state.pending.delete(path));
    state.pending.set(path, pending);
  }
  return (await pending) ?? (hit && hit.expires > Date.now() - STALE_GRACE_MS ? hit : null);
}

function origin(): string {
  return `http://127.0.0.1:${process.env.PORT || '3000'}`;
}

/** Renders and stores a copy; null when the page cannot be shared (an error, a cookie set, too large, too slow). */
async function render(path: string, ttlMs: number): Promise<CachedPage | null> {
  try {
    const res = await fetch(origin() + path, {
      headers: { [SECRET_HEADER]: state.secret, accept: 'text/html,application/json' },
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    const type = res.headers.get('content-type') ?? '';
    // A 404 is the same for everyone too (an unknown article), so it is kept like a page.
    if ((res.status !== 200 && res.status !== 404) || res.headers.has('set-cookie') || !/^(text\/html|application\/json)/.test(type)) {
      // Not awaited: cancelling a response that is still streaming can wait for its end.
      res.body?.cancel().catch(() => {});
      return null;
    }
    const body = await res.text();
    if (body.length > MAX_BODY_CHARS) return null;
    const html = type.startsWith('text/html');
    const hashes = html ? await Promise.all(inlineScripts(body).map(sha256)) : [];
    const entry: CachedPage = {
      status: res.status,
      body,
      type,
      csp: html ? contentSecurityPolicy(["'self'", ...hashes.map((h) => `'sha256-${h}'`)].join(' ')) : null,
      expires: Date.now() + ttlMs,
    };
    store(path, entry);
    return entry;
  } catch {
    return null;
  }
}

/** Keeps a copy, making room by dropping expired copies first and then the oldest. */
function store(path: string, entry: CachedPage) {
  if (!state.entries.has(path) && state.entries.size >= MAX_ENTRIES) {
    const now = Date.now();
    for (const [key, e] of state.entries) if (e.expires < now - STALE_GRACE_MS) state.entries.delete(key);
    if (state.entries.size >= MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!);
  }
  state.entries.delete(path); // re-inserted last: the map's order is the order of last refresh
  state.entries.set(path, entry);
}

/**
 * A page that could not be cached (not found, an error, a cookie set): rendered for this one request with a
 * nonce policy, exactly as the proxy would have, and passed on with its status.
 */
export async function renderOnce(path: string, headers: Headers): Promise<Response> {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
  const forward = new Headers({ [SECRET_HEADER]: state.secret, 'content-security-policy': csp });
  for (const name of ['accept', 'accept-language', 'cookie', 'user-agent', 'x-request-id', 'x-forwarded-for']) {
    const value = headers.get(name);
    if (value) forward.set(name, value);
  }
  const res = await fetch(origin() + path, { headers: forward, redirect: 'manual', cache: 'no-store', signal: AbortSignal.timeout(RENDER_TIMEOUT_MS) });
  const out = new Headers({ 'content-security-policy': csp, 'cache-control': res.headers.get('cache-control') ?? 'no-store' });
  for (const name of ['content-type', 'retry-after', 'location']) {
    const value = res.headers.get(name);
    if (value) out.set(name, value);
  }
  return new Response(await res.arrayBuffer(), { status: res.status, headers: out });
}

/** The text of every inline <script> (one without src): what the policy's hashes must match byte for byte. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.length > 0);
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Buffer.from(digest).toString('base64');
}
