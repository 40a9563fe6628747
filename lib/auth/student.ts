import { createHmac, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { createStudentSession, deleteStudentSession } from '../db/queries/sessions';
import { endAllStudentSessions, getStudent } from '../db/queries/students';
import { getAuthSecret } from './secret';

const COOKIE = 'fq_student';
const MAX_AGE_SECONDS = 60 * 60 * 24 * 180;

/** What a student cookie names: the student, their session version, and (since device sessions) this device's session. */
export type StudentToken = { id: string; version: number; sessionId?: string };

function sign(payload: string): string {
  return createHmac('sha256', getAuthSecret()).update(`student:${payload}`).digest('base64url');
}

/** The signed cookie value for a student session ("id.version.session.signature"). */
export function studentToken(id: string, version: number, sessionId: string): string {
  return `${id}.${version}.${sessionId}.${sign(`${id}.${version}.${sessionId}`)}`;
}

/**
 * Parses and checks a student cookie value; a forged or altered value gives null. Cookies from before device
 * sessions ("id.version.signature", signed over "id.version") are still read, without a session id.
 */
export function verifyStudentToken(value: string | undefined): StudentToken | null {
  const parts = value?.split('.') ?? [];
  if (parts.length !== 3 && parts.length !== 4) return null;
  const [id, v] = parts;
  const sessionId = parts.length === 4 ? parts[2] : undefined;
  const mac = parts[parts.length - 1];
  const version = Number(v);
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(id) || !Number.isInteger(version)) return null;
  if (sessionId !== undefined && !/^[A-Za-z0-9_-]{10,64}$/.test(sessionId)) return null;
  const expected = Buffer.from(sign(parts.slice(0, -1).join('.')));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return sessionId === undefined ? { id, version } : { id, version, sessionId };
}

/** The class member signed in on this browser, if their session is still valid (not left, removed or reset). */
export async function getStudentSession() {
  const token = verifyStudentToken((await cookies()).get(COOKIE)?.value);
  return token ? getStudent(token) : null;
}

/** Signs this browser in as a class member, with a device session of its own (server actions only). */
export async function setStudentSession(id: string, version: number): Promise<void> {
  const sessionId = await createStudentSession({ studentId: id, maxAgeSeconds: MAX_AGE_SECONDS });
  (await cookies()).set(COOKIE, studentToken(id, version, sessionId), {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.AUTH_URL?.startsWith('https:') === true,
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  });
}

/**
 * Forgets the class membership on this browser and ends its session on the server, so a copy of the cookie stops
 * working too. The student's other devices stay in; an old cookie naming no session ends them all (it cannot be
 * told apart from them).
 */
export async function clearStudentSession(): Promise<void> {
  const jar = await cookies();
  const token = verifyStudentToken(jar.get(COOKIE)?.value);
  if (token?.sessionId) await deleteStudentSession({ studentId: token.id, sessionId: token.sessionId });
  else if (token) await endAllStudentSessions(token);
  jar.delete(COOKIE);
}
