import { NextResponse, type NextRequest } from 'next/server';

/**
 * Proxy (Next 16's name for middleware): sets per-request security headers and nothing else. It never decides
 * who may see what; every page, server action and route handler checks for itself (CONVENTIONS.md, habit 2).
 *
 * - A fresh nonce per request goes into a Content-Security-Policy. Next reads the policy from the *request*
 *   headers while rendering, finds `'nonce-…'` and stamps it on its own framework, page and inline scripts;
 *   `'strict-dynamic'` lets those trusted scripts load the rest of the app's chunks. This only works for
 *   dynamically rendered pages, which every page here is (they read the session or call `connection()`).
 * - An `x-request-id` on the request (so server code and `onRequestError` can log it, see lib/log.ts) and on the
 *   response (so a user's report or a test can be matched to the server log line).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const requestId = crypto.randomUUID();
  const csp = contentSecurityPolicy(nonce);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  // Always our own id: a client-supplied one could be used to forge or confuse log lines.
  requestHeaders.set('x-request-id', requestId);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('x-request-id', requestId);
  return response;
}

/** The policy for one response; `nonce` must be fresh for every request or it protects nothing. */
function contentSecurityPolicy(nonce: string) {
  // Development needs eval for React's debugging (rebuilding server stacks); production never uses it.
  const devEval = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${devEval}`,
    // 'unsafe-inline' for styles because React renders `style={{…}}` props as inline style attributes, which a
    // nonce cannot cover (nonces apply to <style> elements only). Styles cannot run code, so scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const config = {
  matcher: [
    {
      // Everything except build assets and the favicon, which are static files that run no script of ours.
      source: '/((?!_next/static|_next/image|favicon).*)',
      // Link prefetches fetch data, not documents; the document they lead to gets its own nonce when it loads.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
