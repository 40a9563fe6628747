import { createHmac, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { getStudent } from '../db/queries/students';
import { getAuthSecret } from './secret';

const COOKIE = 'fq_student';

function sign(payload: string): string {
  return createHmac('sha256', getAuthSecret()).update(`student:${payload}`).digest('base64url');
}

/** The signed cookie value for a student session ("id.version.signature"). */
export function studentToken(id: string, version: number): string {
  return `${id}.${version}.${sign(`${id}.${version}`)}`;
}

/** Parses and checks a student cookie value; a forged or altered value gives null. */
export function verifyStudentToken(value: string | undefined): { id: string; version: number } | null {
  const parts = value?.split('.') ?? [];
  if (parts.length !== 3) return null;
  const [id, v, mac] = parts;
  const version = Number(v);
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(id) || !Number.isInteger(version)) return null;
  const expected = Buffer.from(sign(`${id}.${version}`));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { id, version } : null;
}

/** The class member signed in on this browser, if their session is still valid (not removed, not reset). */
export async function getStudentSession() {
  const token = verifyStudentToken((await cookies()).get(COOKIE)?.value);
  return token ? getStudent(token) : null;
}

/** Signs this browser in as a class member (server actions only). */
export async function setStudentSession(id: string, version: number): Promise<void> {
  (await cookies()).set(COOKIE, studentToken(id, version), {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.AUTH_URL?.startsWith('https:') === true,
    path: '/',
    maxAge: 60 * 60 * 24 * 180,
  });
}

/** Forgets the class membership on this browser. */
export async function clearStudentSession(): Promise<void> {
  (await cookies()).delete(COOKIE);
}
