import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { getAuthSecret } from './secret';

function sign(id: string): string {
  return createHmac('sha256', getAuthSecret()).update(`guest:${id}`).digest('base64url');
}

/** A new random guest id and its signed cookie value ("id.signature"). */
export function newGuestToken(): { id: string; value: string } {
  const id = randomBytes(18).toString('base64url');
  return { id, value: `${id}.${sign(id)}` };
}

/** Reads a guest cookie value and returns its id when the signature is right (a forged value gives null). */
export function verifyGuestToken(value: string | undefined): string | null {
  if (!value) return null;
  const [id, mac, extra] = value.split('.');
  if (!id || !mac || extra !== undefined || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) return null;
  const expected = Buffer.from(sign(id));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}
