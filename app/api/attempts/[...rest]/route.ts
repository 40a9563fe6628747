import { jsonError } from '@/lib/http/api';

/**
 * Any other path under /api/attempts/: a JSON 404 rather than the HTML not-found page (these paths skip the proxy,
 * so that page would go out without its Content-Security-Policy).
 */
function notFound() {
  return jsonError(404, 'No such API route.');
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
