import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { getAuthSecret } from './secret';

const COOKIE = 'fq_guest';

function sign(id: string): string {
  return createHmac('sha256', getAuthSecret()).update(`guest:${id}`).digest('base64url');
}

/** Reads a guest cookie value and returns its id when the signature is right (a forged value gives null). */
export function verifyGuestToken(value: string | undefined): string | null {
  if (!value) return null;
  const [id, mac] = value.split('.');
  if (!id || !mac || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) return null;
  const expected = Buffer.from(sign(id));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

/** The guest id of this browser, if it has a valid guest cookie. */
export async function getGuestId(): Promise<string | null> {
  return verifyGuestToken((await cookies()).get(COOKIE)?.value);
}

/** The guest id of this browser, creating the signed HttpOnly cookie first if needed (server actions only). */
export async function ensureGuestId(): Promise<string> {
  const existing = await getGuestId();
  if (existing) return existing;
  const id = randomBytes(18).toString('base64url');
  (await cookies()).set(COOKIE, `${id}.${sign(id)}`, {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production' && process.env.AUTH_URL?.startsWith('https:') === true,
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
  });
  return id;
}
