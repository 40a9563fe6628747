import { and, eq, gt, lt } from 'drizzle-orm';
import { randomId } from '../ids';
import { readyDb } from '../ready';
import { studentSessions, userSessions, users } from '../schema';

// Live sessions, so that ending one is a server-side fact: a cookie (an Auth.js JWT, a signed student cookie) names
// its row, and a cookie whose row is gone is refused whatever its signature says.

/** About one new session in this many also deletes expired ones (nobody signed out), without a cron job. */
const SWEEP_ONE_IN = 50;

/** Records a new session for an account, valid `maxAgeSeconds` from `now`; returns its id (128 random bits). */
export async function createUserSession({ userId, maxAgeSeconds, now = Date.now() }: { userId: string; maxAgeSeconds: number; now?: number }): Promise<string> {
  const db = await readyDb();
  const id = randomId();
  await db.insert(userSessions).values({ id, userId, createdAt: new Date(now), expiresAt: new Date(now + maxAgeSeconds * 1000) });
  if (Math.random() < 1 / SWEEP_ONE_IN) await deleteExpiredSessions({ now });
  return id;
}

/**
 * The account's token version and the session's expiry, if `sessionId` is a live session of `userId`; otherwise
 * null. One round trip: this runs on every request a signed-in user makes.
 */
export async function getLiveUserSession({ userId, sessionId, now = Date.now() }: { userId: string; sessionId: string; now?: number }): Promise<{ tokenVersion: number; expiresAt: Date } | null> {
  const db = await readyDb();
  const [row] = await db
    .select({ tokenVersion: users.tokenVersion, expiresAt: userSessions.expiresAt })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), gt(userSessions.expiresAt, new Date(now))));
  return row ?? null;
}

/** Moves a live session's expiry (the cookie's rolling lifetime); a session already ended stays ended. */
export async function extendUserSession({ sessionId, expiresAt }: { sessionId: string; expiresAt: Date }): Promise<void> {
  const db = await readyDb();
  await db.update(userSessions).set({ expiresAt }).where(eq(userSessions.id, sessionId));
}

/** Ends one session of an account (sign-out). Returns whether it was live. */
export async function deleteUserSession({ sessionId }: { sessionId: string }): Promise<boolean> {
  const db = await readyDb();
  const rows = await db.delete(userSessions).where(eq(userSessions.id, sessionId)).returning({ id: userSessions.id });
  return rows.length > 0;
}

/** Records a student's session on one device, valid `maxAgeSeconds` from `now`; returns its id. */
export async function createStudentSession({ studentId, maxAgeSeconds, now = Date.now() }: { studentId: string; maxAgeSeconds: number; now?: number }): Promise<string> {
  const db = await readyDb();
  const id = randomId();
  await db.insert(studentSessions).values({ id, studentId, createdAt: new Date(now), expiresAt: new Date(now + maxAgeSeconds * 1000) });
  if (Math.random() < 1 / SWEEP_ONE_IN) await deleteExpiredSessions({ now });
  return id;
}

/** Ends a student's session on one device (leaving the class there); their other devices keep theirs. */
export async function deleteStudentSession({ studentId, sessionId }: { studentId: string; sessionId: string }): Promise<boolean> {
  const db = await readyDb();
  const rows = await db
    .delete(studentSessions)
    .where(and(eq(studentSessions.id, sessionId), eq(studentSessions.studentId, studentId)))
    .returning({ id: studentSessions.id });
  return rows.length > 0;
}

/** Deletes expired sessions of both kinds; returns how many went. */
export async function deleteExpiredSessions({ now = Date.now() }: { now?: number } = {}): Promise<number> {
  const db = await readyDb();
  const at = new Date(now);
  const [a, b] = await Promise.all([
    db.delete(userSessions).where(lt(userSessions.expiresAt, at)).returning({ id: userSessions.id }),
    db.delete(studentSessions).where(lt(studentSessions.expiresAt, at)).returning({ id: studentSessions.id }),
  ]);
  return a.length + b.length;
}
