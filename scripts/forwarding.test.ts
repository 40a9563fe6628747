import { describe, expect, it } from 'vitest';
import { applyClientAddress, clientAddressOf, rateLimitAddress, trustedProxyCount } from './forwarding.mjs';
import type { IncomingMessage } from 'node:http';

describe('the caller address the server hands to the app', () => {
  it('ignores a client-sent X-Forwarded-For unless proxies are trusted', () => {
    for (const forwardedFor of ['203.0.113.7', '203.0.113.7, 198.51.100.2', undefined]) {
      expect(clientAddressOf({ remoteAddress: '::ffff:192.0.2.10', forwardedFor, trustedProxies: 0 })).toBe('192.0.2.10');
    }
  });

  it('takes the entry N hops from the right with TRUSTED_PROXIES=N, whatever the client put on the left', () => {
    // The client forged "1.2.3.4"; proxy 1 (outer) appended the client's real address, proxy 2 appended proxy 1's.
    const forwardedFor = '1.2.3.4, 192.0.2.55, 10.0.0.5';
    expect(clientAddressOf({ remoteAddress: '10.0.0.9', forwardedFor, trustedProxies: 2 })).toBe('192.0.2.55');
    expect(clientAddressOf({ remoteAddress: '10.0.0.9', forwardedFor, trustedProxies: 1 })).toBe('10.0.0.5');
    // Repeated header lines count as one list.
    expect(clientAddressOf({ remoteAddress: '10.0.0.9', forwardedFor: ['1.2.3.4', '192.0.2.55'], trustedProxies: 1 })).toBe('192.0.2.55');
    // Fewer entries than proxies: the request did not come through them all, so the socket counts.
    expect(clientAddressOf({ remoteAddress: '192.0.2.1', forwardedFor: '6.6.6.6', trustedProxies: 2 })).toBe('192.0.2.1');
    expect(clientAddressOf({ remoteAddress: '192.0.2.1', forwardedFor: undefined, trustedProxies: 1 })).toBe('192.0.2.1');
  });

  it('counts an IPv6 caller by its /64, so rotating the low bits gets no new key', () => {
    expect(rateLimitAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitAddress('2001:DB8:1:2:ffff:ffff:ffff:fffe')).toBe('2001:db8:1:2::/64');
    expect(rateLimitAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitAddress('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(rateLimitAddress('x'.repeat(100))).toHaveLength(64);
  });

  it('deletes every forwarding header the client sent, its own address header included', () => {
    const req = {
      socket: { remoteAddress: '192.0.2.10' },
      headers: { 'x-forwarded-for': '1.1.1.1', 'x-real-ip': '2.2.2.2', forwarded: 'for=3.3.3.3', 'x-client-address': '4.4.4.4', host: 'example.test' },
    } as unknown as IncomingMessage;
    applyClientAddress(req, 0);
    expect(req.headers).toEqual({ host: 'example.test', 'x-client-address': '192.0.2.10' });
  });

  it('refuses a TRUSTED_PROXIES that is not a small whole number', () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount('')).toBe(0);
    expect(trustedProxyCount('2')).toBe(2);
    for (const bad of ['-1', '1.5', 'yes', '11']) expect(() => trustedProxyCount(bad)).toThrow(/TRUSTED_PROXIES/);
  });
});
