export const REQUEST_ID_HEADER = 'x-request-id';
/** Set by proxy.ts on every request it passes on; its value is a per-process secret, so a client cannot forge it. */
const PROXIED_HEADER = 'x-fq-proxied';

// One secret per process, shared through globalThis because the proxy and the route handlers are separate bundles
// (each with its own copy of this module).
const g = globalThis as unknown as { __fqProxySecret?: string };
const proxySecret = (g.__fqProxySecret ??= crypto.randomUUID());

/** Called by the proxy: this request's id, and the mark that says the id is the proxy's own (not the client's). */
export function stampRequestId(headers: Headers, id: string): void {
  headers.set(REQUEST_ID_HEADER, id);
  headers.set(PROXIED_HEADER, proxySecret);
}

/**
 * The id to log this request under and to send back in `x-request-id`: the proxy's, or a new one for a route the
 * proxy does not run for (the hot JSON routes skip it). A client's own `x-request-id` is never used: it could be
 * chosen to forge or confuse log lines.
 */
export function requestIdOf(headers: Headers): string {
  return trustedRequestId((name) => headers.get(name)) ?? crypto.randomUUID();
}

/** The proxy's id for this request, or null when the proxy did not run for it. */
export function trustedRequestId(header: (name: string) => string | string[] | null | undefined): string | null {
  const first = (name: string) => {
    const v = header(name);
    return (Array.isArray(v) ? v[0] : v) ?? null;
  };
  return first(PROXIED_HEADER) === proxySecret ? first(REQUEST_ID_HEADER) : null;
}
