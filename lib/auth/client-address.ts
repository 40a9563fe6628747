import { headers } from 'next/headers';

/** Set by scripts/server.mjs on every request, after deleting any copy the client sent (scripts/forwarding.mjs). */
const CLIENT_ADDRESS_HEADER = 'x-client-address';
/** Marks a process whose every request went through scripts/server.mjs: only there is the header the server's. */
const FROM_SERVER = Symbol.for('factcheck.clientAddressFromServer');

/**
 * The caller's network address, used only as a rate-limit key (`signin:addr:…`, `join:addr:…`).
 *
 * Server actions cannot see the socket, so `npm start` (scripts/server.mjs) puts the address in a request header
 * before Next sees the request: the socket's peer, or with TRUSTED_PROXIES=N the entry your N proxies appended to
 * X-Forwarded-For; IPv6 as its /64. Client-sent X-Forwarded-For, X-Real-IP, Forwarded and that header itself are
 * deleted first, so a client cannot choose its key.
 * - Under plain `next start` or `next dev` nothing overwrites the header, so it is not read: every caller gets the
 *   one key 'unverified' (strict for everyone, never spoofable).
 * - Outside a request (scripts, unit tests) there are no headers, and the answer is 'local'.
 */
export async function clientAddress(): Promise<string> {
  let value: string | null;
  try {
    value = (await headers()).get(CLIENT_ADDRESS_HEADER);
  } catch {
    return 'local';
  }
  if ((globalThis as Record<symbol, unknown>)[FROM_SERVER] !== true) return 'unverified';
  return value?.slice(0, 64) || 'unknown';
}
