import { cookies } from 'next/headers';
import { createStudentSession, deleteStudentSession } from '../db/queries/sessions';
import { endAllStudentSessions, getStudent } from '../db/queries/students';
import { cookieOptions, signFields, verifyFields } from './signed-cookie';

const COOKIE = 'fq_student';
const MAX_AGE_SECONDS = 60 * 60 * 24 * 180;

/** What a student cookie names: the student, their session version, and (since device sessions) this device's session. */
export type StudentToken = { id: string; version: number; sessionId?: string };

/** The signed cookie value for a student session ("id.version.session.signature"). */
export function studentToken(id: string, version: number, sessionId: string): string {
  return signFields('student', [id, String(version), sessionId]);
}

/**
 * Parses and checks a student cookie value; a forged or altered value gives null. Cookies from before device
 * sessions ("id.version.signature", signed over "id.version") are still read, without a session id.
 */
export function verifyStudentToken(value: string | undefined): StudentToken | null {
  const fields = verifyFields('student', value, [2, 3]);
  if (!fields) return null;
  const [id, v, sessionId] = fields;
  const version = Number(v);
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(id) || !Number.isInteger(version)) return null;
  if (sessionId !== undefined && !/^[A-Za-z0-9_-]{10,64}$/.test(sessionId)) return null;
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
  (await cookies()).set(COOKIE, studentToken(id, version, sessionId), cookieOptions('/', MAX_AGE_SECONDS));
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
