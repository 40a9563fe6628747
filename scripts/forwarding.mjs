// Who is calling: the one place that decides which network address a request came from. The rate limits of sign-in
// and join are keyed by it, so it must not be something the client can choose.
//
// `next start` leaves a client's own `X-Forwarded-For` in place (it only fills the header in when it is missing), so
// any client could pick its address. `npm start` therefore runs scripts/server.mjs, which calls `applyClientAddress`
// on every request before Next sees it: the client's forwarding headers are deleted and CLIENT_ADDRESS_HEADER is set
// from the socket, or from the entry that the configured number of trusted proxies appended to X-Forwarded-For.
import net from 'node:net';

/** The request header the server sets (always overwritten, never taken from the client). */
export const CLIENT_ADDRESS_HEADER = 'x-client-address';

/** Headers a client could use to claim an address: removed from every request before Next sees it. */
export const FORWARDING_HEADERS = ['x-forwarded-for', 'x-real-ip', 'forwarded', CLIENT_ADDRESS_HEADER];

/**
 * TRUSTED_PROXIES: how many reverse proxies of yours sit in front of the app, each appending the address it saw to
 * X-Forwarded-For. 0 (the default) ignores every forwarding header and uses the socket's address.
 */
export function trustedProxyCount(value = process.env.TRUSTED_PROXIES) {
  if (value === undefined || value.trim() === '') return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error(`TRUSTED_PROXIES must be a whole number from 0 to 10, not "${value}"`);
  return n;
}

/** The first 64 bits of an IPv6 address: one home or device usually holds a whole /64 and can pick any in it. */
function ipv6Prefix(address) {
  const [head, tail] = address.split('::');
  const groups = head ? head.split(':') : [];
  if (tail !== undefined) {
    const rest = tail ? tail.split(':') : [];
    const restGroups = rest.length + (rest.at(-1)?.includes('.') ? 1 : 0); // a dotted IPv4 tail is two groups
    groups.push(...Array(Math.max(0, 8 - groups.length - restGroups)).fill('0'), ...rest);
  }
  return `${groups.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

/**
 * The address a rate limit should count a request under: IPv4 as is (an IPv4-mapped IPv6 address as IPv4), IPv6 as
 * its /64, anything else (a proxy that wrote "unknown") cut to 64 characters. Empty when there is nothing.
 */
export function rateLimitAddress(raw) {
  const address = String(raw ?? '').trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (net.isIPv6(address)) return ipv6Prefix(address.toLowerCase());
  return address.slice(0, 64);
}

/**
 * The caller's address. With `trustedProxies` N = 0 it is the socket's peer. With N > 0 it is the entry N places from
 * the right of X-Forwarded-For: each of your N proxies appended the address it saw, so that entry was written by the
 * outermost one, and anything to its left came from the client. A request with fewer entries did not come through
 * all of your proxies, and is counted under its socket's address.
 */
export function clientAddressOf({ remoteAddress, forwardedFor, trustedProxies }) {
  const peer = rateLimitAddress(remoteAddress) || 'unknown';
  if (trustedProxies === 0) return peer;
  const joined = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const hops = joined.split(',').map((s) => s.trim()).filter(Boolean);
  if (hops.length < trustedProxies) return peer;
  return rateLimitAddress(hops[hops.length - trustedProxies]) || peer;
}

/** Rewrites a Node request in place: no client-sent forwarding header survives, and the trusted one is set. */
export function applyClientAddress(req, trustedProxies) {
  const address = clientAddressOf({ remoteAddress: req.socket.remoteAddress, forwardedFor: req.headers['x-forwarded-for'], trustedProxies });
  for (const name of FORWARDING_HEADERS) delete req.headers[name];
  req.headers[CLIENT_ADDRESS_HEADER] = address;
}
