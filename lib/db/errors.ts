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

/** Thrown when the database did not answer in time; counts as "unavailable" (503, try again). */
export class DbTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
}

/**
 * Gives up waiting on `work` after `ms`. postgres.js 3.4.9 can leave a transaction waiting forever when its
 * connection is reset mid-way (porsager/postgres#1215), so a request would hang with it; this turns that into a
 * prompt "try again". Safe for submits: if the work still commits later, the retry with the same idempotency key
 * gets the stored result.
 */
export async function withDbTimeout<T>(work: Promise<T>, ms = 8_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DbTimeoutError(`database did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
