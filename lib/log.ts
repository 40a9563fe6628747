import { headers } from 'next/headers';
import { trustedRequestId } from './http/request-id';

/** What is known about where an error happened; `requestId` wins over the one read from the request. */
export type LogContext = { requestId?: string } & Record<string, unknown>;

/**
 * Logs a server error as one JSON line on stderr: request id (set by proxy.ts), message, digest (the reference
 * app/error.tsx shows the user, so a report can be matched to this line) and stack. One line per error keeps the
 * log greppable by request id; the stack's newlines are escaped by JSON. Never throws: logging must not turn one
 * failure into two.
 */
export async function logError(err: unknown, context: LogContext = {}): Promise<void> {
  try {
    const { requestId = await currentRequestId(), ...rest } = context;
    const error = err instanceof Error ? err : undefined;
    const digest = typeof err === 'object' && err !== null && 'digest' in err ? String(err.digest) : undefined;
    const line = {
      time: new Date().toISOString(),
      level: 'error',
      requestId: requestId ?? null,
      message: error?.message ?? String(err),
      digest,
      ...rest,
      stack: error?.stack,
    };
    console.error(JSON.stringify(line));
  } catch {
    console.error('logError failed while logging an error');
  }
}

/** The request id of the request being served, or undefined outside one (startup, scripts, tests). */
async function currentRequestId(): Promise<string | undefined> {
  try {
    const h = await headers();
    return trustedRequestId((name) => h.get(name)) ?? undefined;
  } catch {
    return undefined;
  }
}
