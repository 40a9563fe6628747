import { NextResponse, type NextRequest } from 'next/server';
import { JOIN_DEVICE_COOKIE, JOIN_DEVICE_COOKIE_OPTIONS, newJoinDevice, verifyJoinDevice } from '@/lib/auth/join-device';
import { contentSecurityPolicy, newNonce } from '@/lib/http/csp';
import { stampRequestId } from '@/lib/http/request-id';

/**
 * Proxy (Next 16's name for middleware): security headers and request ids. It never decides who may see what; every
 * page, server action and route handler checks for itself (CONVENTIONS.md, habit 2).
 *
 * - Every document gets a fresh nonce in its Content-Security-Policy. Next reads the policy from the
 *   *request* headers while rendering, finds `'nonce-…'` and stamps it on its own scripts; `'strict-dynamic'`
 *   lets those trusted scripts load the rest of the app's chunks.
 * - A join device cookie for a browser opening /join (lib/auth/join-guard.ts explains what it is for).
 * - An `x-request-id` on the request (so server code and `onRequestError` can log it, see lib/log.ts) and on the
 *   response (so a user's report or a test can be matched to the server log line).
 */
export function proxy(request: NextRequest) {
  // Always our own id: a client-supplied one could be used to forge or confuse log lines.
  const requestId = crypto.randomUUID();
  const requestHeaders = new Headers(request.headers);
  stampRequestId(requestHeaders, requestId);
  const { pathname } = request.nextUrl;

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

export const config = {
  matcher: [
    {
      // Everything except build assets and the favicon (static files that run no script of ours), the health check,
      // and the attempt API. Those answer JSON only, which needs no CSP, and they are the hottest routes: for a
      // request with a body, running the proxy means Next copies the body stream for it, which cost a submit about a
      // fifth of its throughput. They make their own request ids (lib/http/api.ts), and app/api/attempts/[...rest]
      // answers a JSON 404 for any other path there, so no HTML page goes out without its policy.
      source: '/((?!_next/static|_next/image|favicon|api/health$|api/attempts/).*)',
      // Link prefetches fetch data, not documents; the document they lead to gets its own nonce when it loads.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
