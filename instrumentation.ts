import type { Instrumentation } from 'next';

/**
 * Runs once when the Next.js server starts: applies migrations and loads the bundled articles, so a fresh
 * `npm start` works with no other setup (see lib/server/startup.ts).
 */
export async function register() {
  // The build loads this file too; it must never touch the database.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    await (await import('./lib/server/startup')).startup();
  }
}

/**
 * Called by Next for every error it catches while serving a request (rendering, route handlers, server actions,
 * proxy). The user sees app/error.tsx with the digest; the server log gets the full error under the request id
 * proxy.ts set (none for routes it skips), read from the request Next hands us because the request scope may already be gone here.
 */
export const onRequestError: Instrumentation.onRequestError = async (err, request, context) => {
  const [{ logError }, { trustedRequestId }] = await Promise.all([import('./lib/log'), import('./lib/http/request-id')]);
  await logError(err, {
    requestId: trustedRequestId((name) => request.headers[name]) ?? undefined,
    method: request.method,
    path: request.path,
    routePath: context.routePath,
    routeType: context.routeType,
  });
};
