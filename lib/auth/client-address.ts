import { headers } from 'next/headers';

/**
 * The caller's network address, used only as a rate-limit key (`signin:addr:…`, `join:addr:…`).
 *
 * Server actions cannot see the socket, but `next start` fills in `x-forwarded-for` with the socket's address when
 * the request arrived without one, so the header's first entry is the real peer for direct connections. Limitations:
 * - Without a proxy, a client may send its own `x-forwarded-for` and pick its key, so the per-address limit only
 *   slows down honest-looking traffic; the per-account limit (keyed by email, not address) still holds.
 * - Behind a reverse proxy you control, make it overwrite (not append to) `x-forwarded-for` with the client's
 *   address, or every user behind it shares one key and a spoofed first entry passes through.
 * Outside a request (scripts, unit tests) there are no headers, and the answer is 'local'.
 */
export async function clientAddress(): Promise<string> {
  let forwarded: string | null = null;
  try {
    forwarded = (await headers()).get('x-forwarded-for');
  } catch {
    return 'local';
  }
  const first = forwarded?.split(',')[0]?.trim().slice(0, 64);
  return first || 'local';
}
