/**
 * Whether an error means "the database cannot be reached right now" (down, restarting, network cut) rather than a
 * bug or bad data. Such failures are temporary: callers answer 503 with a "try again" message, and the next
 * request reconnects by itself (postgres.js opens new connections on demand).
 *
 * Drizzle wraps driver errors (`DrizzleQueryError` with the driver's error as `cause`), so the cause chain is
 * walked.
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // postgres.js's own codes for a connection that broke or could not open in time
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'CONNECT_TIMEOUT',
]);

// SQLSTATE class 08 (connection exception) and the 57P0x codes a server sends while shutting down or starting.
const SQLSTATE = /^(08...|57P01|57P02|57P03)$/;

export function isDbUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = err;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (e instanceof AggregateError && e.errors.some((inner) => isDbUnavailable(inner))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
