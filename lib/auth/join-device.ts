import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { JOIN_DEVICE_LIMIT } from './rate-limit-policy';
import { getAuthSecret } from './secret';

/** The cookie holding this browser's join device (see lib/auth/join-guard.ts). */
export const JOIN_DEVICE_COOKIE = 'fq_join_device';

/** How the cookie is set: only /join and its actions need it, and it lives as long as the device. */
export const JOIN_DEVICE_COOKIE_OPTIONS = {
  httpOnly: true,
  sameSite: 'lax',
  secure: process.env.AUTH_URL?.startsWith('https:') === true,
  path: '/join',
  maxAge: JOIN_DEVICE_LIMIT.windowSeconds,
} as const;

const LIFETIME_MS = JOIN_DEVICE_LIMIT.windowSeconds * 1000;

function sign(id: string, issuedAt: number): string {
  return createHmac('sha256', getAuthSecret()).update(`join-device:${id}:${issuedAt}`).digest('base64url');
}

/** A new join device issued at `now`, and its signed cookie value ("id.issuedAt.signature"). */
export function newJoinDevice(now: number): { id: string; value: string } {
  const id = randomBytes(16).toString('base64url');
  return { id, value: `${id}.${now}.${sign(id, now)}` };
}

/**
 * The device id in a cookie value when it is ours and less than an hour old; null otherwise. The issue time is
 * signed, so an old device cannot be made young again.
 */
export function verifyJoinDevice(value: string | undefined, now: number): string | null {
  if (!value) return null;
  const [id, issued, mac, extra] = value.split('.');
  if (!id || !issued || !mac || extra !== undefined || !/^[A-Za-z0-9_-]{16,64}$/.test(id) || !/^\d{1,15}$/.test(issued)) return null;
  const issuedAt = Number(issued);
  if (issuedAt > now + 60_000 || now - issuedAt >= LIFETIME_MS) return null;
  const expected = Buffer.from(sign(id, issuedAt));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}
