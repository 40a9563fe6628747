import { randomBytes } from 'node:crypto';
import { signFields, verifyFields } from './signed-cookie';

/** A new random guest id and its signed cookie value ("id.signature"). */
export function newGuestToken(): { id: string; value: string } {
  const id = randomBytes(18).toString('base64url');
  return { id, value: signFields('guest', [id]) };
}

/** Reads a guest cookie value and returns its id when the signature is right (a forged value gives null). */
export function verifyGuestToken(value: string | undefined): string | null {
  const [id] = verifyFields('guest', value, [1]) ?? [];
  return id && /^[A-Za-z0-9_-]{16,64}$/.test(id) ? id : null;
}
