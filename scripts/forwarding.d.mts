import type { IncomingMessage } from 'node:http';

export const CLIENT_ADDRESS_HEADER: 'x-client-address';
export const FORWARDING_HEADERS: string[];
/** TRUSTED_PROXIES as a number (0 when unset); throws on anything but a whole number from 0 to 10. */
export function trustedProxyCount(value?: string): number;
/** The address a rate limit counts a request under (IPv6 as its /64). */
export function rateLimitAddress(raw: string | undefined | null): string;
/** The caller's address from the socket, or from X-Forwarded-For as appended by `trustedProxies` proxies. */
export function clientAddressOf(input: { remoteAddress: string | undefined; forwardedFor: string | string[] | undefined; trustedProxies: number }): string;
/** Deletes client-sent forwarding headers and sets the trusted client address header. */
export function applyClientAddress(req: IncomingMessage, trustedProxies: number): void;
