import { logError } from '@/lib/log';
import { cachedPage, cacheSecret, PATH_HEADER, renderOnce, SECRET_HEADER, ttlFor } from '@/lib/http/page-cache';

/**
 * Serves pages from the page cache (see lib/http/page-cache.ts). Reached only through proxy.ts's rewrite, which
 * adds this process's secret; a request from outside gets a 404.
 */
export async function GET(request: Request) {
  const path = request.headers.get(PATH_HEADER);
  const ttl = path ? ttlFor(path) : null;
  if (request.headers.get(SECRET_HEADER) !== cacheSecret() || !path || ttl === null) {
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const page = await cachedPage(path, ttl);
  if (!page) {
    try {
      return await renderOnce(path, request.headers);
    } catch (err) {
      // The server could not reach itself on 127.0.0.1:$PORT (bound to another address?): say so in the log.
      await logError(err, { requestId: request.headers.get('x-request-id') ?? undefined, kind: 'page-cache-render', path });
      return new Response('This page could not be loaded just now. Please try again in a moment.', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' } });
    }
  }
  const headers: Record<string, string> = {
    'content-type': page.type,
    'cache-control': 'no-cache',
    'x-page-cache': 'hit',
  };
  if (page.csp) headers['content-security-policy'] = page.csp;
  return new Response(page.body, { status: page.status, headers });
}
