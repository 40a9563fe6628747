import { NextResponse, type NextRequest } from 'next/server';
import { JOIN_DEVICE_COOKIE, JOIN_DEVICE_COOKIE_OPTIONS, newJoinDevice, verifyJoinDevice } from '@/lib/auth/join-device';
import { contentSecurityPolicy, newNonce } from '@/lib/http/csp';
import { stampRequestId } from '@/lib/http/request-id';
import { cacheSecret, cacheTtl, freshPage, PATH_HEADER, SECRET_HEADER, type CachedPage } from '@/lib/http/page-cache';

/**
 * Proxy (Next 16's name for middleware): security headers, request ids and the way into the page cache. It never
 * decides who may see what; every page, server action and route handler checks for itself (CONVENTIONS.md,
 * habit 2).
 *
 * - Pages that are the same for every visitor who is not signed in go to the page cache (lib/http/page-cache.ts,
 *   served by app/page-cache/route.ts) with a policy listing the SHA-256 hashes of their inline scripts.
 * - Every other document gets a fresh nonce in its Content-Security-Policy. Next reads the policy from the
 *   *request* headers while rendering, finds `'nonce-…'` and stamps it on its own scripts; `'strict-dynamic'`
 *   lets those trusted scripts load the rest of the app's chunks.
 * - A join device cookie for a browser opening /join (lib/auth/join-guard.ts explains what it is for).
 * - An `x-request-id` on the request (so server code and `onRequestError` can log it, see lib/log.ts) and on the
 *   response (so a user's report or a test can be matched to the server log line).
 */
export function proxy(request: NextRequest) {
  const internal = request.headers.get(SECRET_HEADER) === cacheSecret();
  // Always our own id: a client-supplied one could be used to forge or confuse log lines. The page cache's own
  // requests (proven by the secret) keep the id of the visitor's request they serve, so its log lines match.
  const requestId = (internal && request.headers.get('x-request-id')) || crypto.randomUUID();
  const requestHeaders = new Headers(request.headers);
  stampRequestId(requestHeaders, requestId);
  // Only the page cache itself may say where a cached page comes from.
  requestHeaders.delete(PATH_HEADER);
  if (!internal) requestHeaders.delete(SECRET_HEADER);

  // The page cache rendering a copy: passed through as it is (no nonce, unless the cache asked for one).
  if (internal) return NextResponse.next({ request: { headers: requestHeaders } });

  const { pathname, search } = request.nextUrl;
  const ttl = cacheTtl({ method: request.method, pathname, search, headers: request.headers, cookieNames: request.cookies.getAll().map((c) => c.name) });
  if (ttl !== null) {
    const page = freshPage(pathname);
    if (page) return servePage(page, requestId);
    requestHeaders.set(SECRET_HEADER, cacheSecret());
    requestHeaders.set(PATH_HEADER, pathname);
    // A rewrite within this server (the clone keeps Next's own origin, so it is not proxied as an external URL).
    const target = request.nextUrl.clone();
    target.pathname = '/page-cache';
    const response = NextResponse.rewrite(target, { request: { headers: requestHeaders } });
    response.headers.set('x-request-id', requestId);
    return response;
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('x-request-id', requestId);
  // A browser opening the join page gets its join device, so its first try already counts as its own.
  if (pathname === '/join' && request.method === 'GET' && !verifyJoinDevice(request.cookies.get(JOIN_DEVICE_COOKIE)?.value, Date.now())) {
    response.cookies.set(JOIN_DEVICE_COOKIE, newJoinDevice(Date.now()).value, JOIN_DEVICE_COOKIE_OPTIONS);
  }
  return response;
}

/** A fresh cached copy, answered here without going further into the server. */
function servePage(page: CachedPage, requestId: string) {
  const headers = new Headers({
    'content-type': page.type,
    'cache-control': 'no-cache',
    // The same URL also answers React Server Component requests, which never come from this cache.
    vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch',
    'x-page-cache': 'hit',
    'x-request-id': requestId,
  });
  if (page.csp) headers.set('content-security-policy', page.csp);
  return new NextResponse(page.body, { status: page.status, headers });
}

export const config = {
  matcher: [
    {
      // Everything except build assets and the favicon (static files that run no script of ours), the health check,
      // and the attempt API. Those answer JSON only, which needs no CSP and is never cached, and they are the
      // hottest routes: for a request with a body, running the proxy means Next copies the body stream for it,
      // which cost a submit about a fifth of its throughput. They make their own request ids (lib/http/api.ts).
      source: '/((?!_next/static|_next/image|favicon|api/health$|api/attempts/).*)',
      // Link prefetches fetch data, not documents; the document they lead to gets its own nonce when it loads.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
