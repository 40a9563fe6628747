import { cookies } from 'next/headers';
import { newGuestToken, verifyGuestToken } from './guest-token';
import { cookieOptions } from './signed-cookie';

const COOKIE = 'fq_guest';

/** The guest id of this browser, if it has a valid guest cookie. */
export async function getGuestId(): Promise<string | null> {
  return verifyGuestToken((await cookies()).get(COOKIE)?.value);
}

/** The guest id of this browser, creating the signed HttpOnly cookie first if needed (server actions only). */
export async function ensureGuestId(): Promise<string> {
  const existing = await getGuestId();
  if (existing) return existing;
  const { id, value } = newGuestToken();
  (await cookies()).set(COOKIE, value, cookieOptions('/', 60 * 60 * 24 * 365));
  return id;
}
