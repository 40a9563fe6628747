import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db/client';
import { createClass } from '@/lib/db/queries/classes';
import {
  createStudentSession,
  createUserSession,
  deleteExpiredSessions,
  deleteStudentSession,
  deleteUserSession,
  extendUserSession,
  getLiveUserSession,
} from '@/lib/db/queries/sessions';
import { endAllStudentSessions, getStudent, joinClass, resetStudentAccess } from '@/lib/db/queries/students';
import { updateUserPassword } from '@/lib/db/queries/users';
import { makeTeacher } from './helpers';

// Ending a session is a fact on the server: a cookie names a session row, and a cookie whose row is gone is refused
// however good its signature. (The e2e `sessions.spec.ts` replays real copied cookies against the running app.)

afterAll(closeDb);

const DAY = 24 * 60 * 60 * 1000;

describe('account sessions', () => {
  it('a session is live until it is deleted (sign-out) or expires; other sessions of the account stay live', async () => {
    const teacher = await makeTeacher('Sid');
    const now = Date.now();
    const mine = await createUserSession({ userId: teacher.id, maxAgeSeconds: 30 * 24 * 3600, now });
    const other = await createUserSession({ userId: teacher.id, maxAgeSeconds: 30 * 24 * 3600, now });
    expect(await getLiveUserSession({ userId: teacher.id, sessionId: mine, now })).toEqual({ tokenVersion: teacher.tokenVersion, expiresAt: new Date(now + 30 * DAY) });
    // A session id is only good for its own account.
    const stranger = await makeTeacher('Stranger');
    expect(await getLiveUserSession({ userId: stranger.id, sessionId: mine, now })).toBeNull();

    expect(await deleteUserSession({ sessionId: mine })).toBe(true);
    expect(await getLiveUserSession({ userId: teacher.id, sessionId: mine, now })).toBeNull();
    expect(await getLiveUserSession({ userId: teacher.id, sessionId: other, now })).not.toBeNull();
    // Signing out twice (a replayed sign-out) is harmless.
    expect(await deleteUserSession({ sessionId: mine })).toBe(false);

    // Expiry: gone after 30 days unless moved on; moving it on keeps it live.
    expect(await getLiveUserSession({ userId: teacher.id, sessionId: other, now: now + 30 * DAY + 1 })).toBeNull();
    await extendUserSession({ sessionId: other, expiresAt: new Date(now + 40 * DAY) });
    expect(await getLiveUserSession({ userId: teacher.id, sessionId: other, now: now + 30 * DAY + 1 })).not.toBeNull();
    // A password change moves the token version on: the row is live but the session's version is old.
    await updateUserPassword({ id: teacher.id, passwordHash: 'another-hash' });
    expect((await getLiveUserSession({ userId: teacher.id, sessionId: other, now }))?.tokenVersion).toBe(teacher.tokenVersion + 1);
  });

  it('the sweep deletes expired sessions only', async () => {
    const teacher = await makeTeacher('Sweep');
    const now = Date.now();
    const old = await createUserSession({ userId: teacher.id, maxAgeSeconds: 60, now: now - 3 * DAY });
    const fresh = await createUserSession({ userId: teacher.id, maxAgeSeconds: 60, now });
    // Not a count: creating `fresh` may itself have swept `old` away (one call in SWEEP_ONE_IN does), so the proof
    // is that no row of `old` is left to move on.
    await deleteExpiredSessions({ now });
    await extendUserSession({ sessionId: old, expiresAt: new Date(now + DAY) }); // no row left to move on
    expect(await getLiveUserSession({ userId: teacher.id, sessionId: old, now })).toBeNull();
    expect(await getLiveUserSession({ userId: teacher.id, sessionId: fresh, now })).not.toBeNull();
  });
});

describe('student device sessions', () => {
  it('leaving on one device ends that device only; an old cookie without a session ends them all', async () => {
    const teacher = await makeTeacher('Room');
    const cls = await createClass({ teacherId: teacher.id, name: 'Room 9' });
    const joined = await joinClass({ code: cls.joinCode, nickname: 'Ana' });
    if (!joined.ok) throw new Error(joined.error);
    const ana = joined.student;
    const maxAgeSeconds = 180 * 24 * 3600;
    const phone = await createStudentSession({ studentId: ana.id, maxAgeSeconds });
    const laptop = await createStudentSession({ studentId: ana.id, maxAgeSeconds });
    const token = (sessionId?: string) => ({ id: ana.id, version: ana.sessionVersion, sessionId });
    expect((await getStudent(token(phone)))?.student.id).toBe(ana.id);

    expect(await deleteStudentSession({ studentId: ana.id, sessionId: phone })).toBe(true);
    expect(await getStudent(token(phone))).toBeNull();
    expect((await getStudent(token(laptop)))?.student.id).toBe(ana.id);
    // A made-up session id, or another student's, opens nothing.
    expect(await getStudent(token('made-up-session-id'))).toBeNull();
    const ben = await joinClass({ code: cls.joinCode, nickname: 'Ben' });
    if (!ben.ok) throw new Error(ben.error);
    const bens = await createStudentSession({ studentId: ben.student.id, maxAgeSeconds });
    expect(await getStudent(token(bens))).toBeNull();
    expect(await deleteStudentSession({ studentId: ana.id, sessionId: bens })).toBe(false);
    // Expired: refused.
    expect(await getStudent({ ...token(laptop), now: Date.now() + maxAgeSeconds * 1000 + 1 })).toBeNull();

    // A cookie from before device sessions (no session id) still opens the class until its owner leaves with it;
    // leaving then ends every session of the student, as such a cookie cannot be told from the others.
    expect((await getStudent(token()))?.student.id).toBe(ana.id);
    expect(await endAllStudentSessions({ id: ana.id, version: ana.sessionVersion })).toBe(true);
    expect(await getStudent(token())).toBeNull();
    expect(await getStudent(token(laptop))).toBeNull();
  });

  it('a reset by the teacher still ends every device session', async () => {
    const teacher = await makeTeacher('Reset');
    const cls = await createClass({ teacherId: teacher.id, name: 'Room 10' });
    const joined = await joinClass({ code: cls.joinCode, nickname: 'Cleo' });
    if (!joined.ok) throw new Error(joined.error);
    const s = await createStudentSession({ studentId: joined.student.id, maxAgeSeconds: 3600 });
    await resetStudentAccess({ studentId: joined.student.id, teacherId: teacher.id });
    expect(await getStudent({ id: joined.student.id, version: joined.student.sessionVersion, sessionId: s })).toBeNull();
  });
});
