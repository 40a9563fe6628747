import { createHmac, timingSafeEqual } from 'node:crypto';
import { getAuthSecret } from './secret';

/*
 * The app's own signed cookies (guest, student, join device) share one format: their fields joined by dots, then an
 * HMAC-SHA256 (base64url) of "<purpose>:<fields>" under the auth secret. The purpose keeps a value signed for one
 * cookie from passing as another's.
 */

function mac(purpose: string, fields: string[], joiner: string): string {
  return createHmac('sha256', getAuthSecret()).update(`${purpose}:${fields.join(joiner)}`).digest('base64url');
}

/**
 * A signed cookie value for `fields` (none may hold a dot). `joiner` is what the signature puts between the fields:
 * the join device has always signed "id:issuedAt", and its cookies stay readable.
 */
export function signFields(purpose: string, fields: string[], joiner = '.'): string {
  return `${fields.join('.')}.${mac(purpose, fields, joiner)}`;
}

/** The fields of a signed value when it has one of `counts` fields and its signature is right; null otherwise. */
export function verifyFields(purpose: string, value: string | undefined, counts: number[], joiner = '.'): string[] | null {
  const parts = value?.split('.') ?? [];
  if (!counts.includes(parts.length - 1)) return null;
  const fields = parts.slice(0, -1);
  const expected = Buffer.from(mac(purpose, fields, joiner));
  const given = Buffer.from(parts[parts.length - 1]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? fields : null;
}

/** How the app sets its own cookies: HttpOnly, same-site lax, Secure when served over https. */
export function cookieOptions(path: string, maxAgeSeconds: number) {
  return { httpOnly: true, sameSite: 'lax', secure: process.env.AUTH_URL?.startsWith('https:') === true, path, maxAge: maxAgeSeconds } as const;
}
