import { randomBytes } from 'node:crypto';
import { JOIN_DEVICE_LIMIT } from './rate-limit-policy';
import { cookieOptions, signFields, verifyFields } from './signed-cookie';

/** The cookie holding this browser's join device (see lib/auth/join-guard.ts). */
export const JOIN_DEVICE_COOKIE = 'fq_join_device';

/** How the cookie is set: only /join and its actions need it, and it lives as long as the device. */
export const JOIN_DEVICE_COOKIE_OPTIONS = cookieOptions('/join', JOIN_DEVICE_LIMIT.windowSeconds);

const LIFETIME_MS = JOIN_DEVICE_LIMIT.windowSeconds * 1000;

/** A new join device issued at `now`, and its signed cookie value ("id.issuedAt.signature"). */
export function newJoinDevice(now: number): { id: string; value: string } {
  const id = randomBytes(16).toString('base64url');
  return { id, value: signFields('join-device', [id, String(now)], ':') };
}

/**
 * The device id in a cookie value when it is ours and less than an hour old; null otherwise. The issue time is
 * signed, so an old device cannot be made young again.
 */
export function verifyJoinDevice(value: string | undefined, now: number): string | null {
  const [id, issued] = verifyFields('join-device', value, [2], ':') ?? [];
  if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id) || !/^\d{1,15}$/.test(issued)) return null;
  const issuedAt = Number(issued);
  return issuedAt > now + 60_000 || now - issuedAt >= LIFETIME_MS ? null : id;
}
