import { and, eq, exists, gt, isNull, sql } from 'drizzle-orm';
import { normaliseCode, readableCode } from '../codes';
import { randomId } from '../ids';
import { readyDb } from '../ready';
import { classes, studentSessions, students, type StudentRow } from '../schema';

export type JoinResult = { ok: true; student: StudentRow } | { ok: false; field: 'code' | 'nickname'; error: string };

/**
 * Joins a class by its code with a nickname. An unknown or archived class gets the same message, so codes
 * cannot be probed; a nickname already used in the class is refused (the student can use their personal code).
 */
export async function joinClass({ code, nickname }: { code: string; nickname: string }): Promise<JoinResult> {
  const db = await readyDb();
  const [cls] = await db.select().from(classes).where(and(eq(classes.joinCode, normaliseCode(code)), isNull(classes.archivedAt)));
  if (!cls) return { ok: false, field: 'code', error: 'That class code does not work. Check it with your teacher.' };
  for (let i = 0; i < 5; i++) {
    const rows = await db
      .insert(students)
      .values({ id: randomId(), classId: cls.id, nickname, accessCode: readableCode(8) })
      .onConflictDoNothing()
      .returning();
    if (rows[0]) return { ok: true, student: rows[0] };
    const [taken] = await db.select({ id: students.id }).from(students).where(and(eq(students.classId, cls.id), eq(students.nickname, nickname), isNull(students.removedAt)));
    if (taken) return { ok: false, field: 'nickname', error: 'Someone in this class already uses that nickname. Pick another, or ask your teacher for your personal code.' };
  }
  throw new Error('Could not create a personal code');
}

/** A student by their personal code (for coming back on another device), or null. */
export async function getStudentByAccessCode({ code }: { code: string }): Promise<StudentRow | null> {
  const db = await readyDb();
  const [row] = await db
    .select({ student: students })
    .from(students)
    .innerJoin(classes, eq(classes.id, students.classId))
    .where(and(eq(students.accessCode, normaliseCode(code)), isNull(students.removedAt), isNull(classes.archivedAt)));
  return row?.student ?? null;
}

/**
 * A current student with their class, for a session: removed students, reset sessions and (with `sessionId`) a
 * device session that has ended or expired give null. One query, whichever is asked.
 */
export async function getStudent({ id, version, sessionId, now = Date.now() }: { id: string; version: number; sessionId?: string; now?: number }) {
  const db = await readyDb();
  const live = sessionId
    ? exists(
        db
          .select({ one: sql`1` })
          .from(studentSessions)
          .where(and(eq(studentSessions.id, sessionId), eq(studentSessions.studentId, students.id), gt(studentSessions.expiresAt, new Date(now)))),
      )
    : undefined;
  const [row] = await db
    .select({ student: students, className: classes.name, classArchived: classes.archivedAt })
    .from(students)
    .innerJoin(classes, eq(classes.id, students.classId))
    .where(and(eq(students.id, id), eq(students.sessionVersion, version), isNull(students.removedAt), live));
  return row ?? null;
}

/**
 * Ends every session a student has (their session version moves on). For a cookie made before device sessions
 * existed, which names no session of its own: leaving with it cannot end that device alone.
 */
export async function endAllStudentSessions({ id, version }: { id: string; version: number }): Promise<boolean> {
  const db = await readyDb();
  const rows = await db
    .update(students)
    .set({ sessionVersion: sql`${students.sessionVersion} + 1` })
    .where(and(eq(students.id, id), eq(students.sessionVersion, version)))
    .returning({ id: students.id });
  return rows.length > 0;
}

/** Removes a student from a class the teacher owns (their attempts stay for the record). */
export async function removeStudent({ studentId, teacherId }: { studentId: string; teacherId: string }): Promise<boolean> {
  const db = await readyDb();
  const rows = await db
    .update(students)
    .set({ removedAt: new Date(), sessionVersion: sql`${students.sessionVersion} + 1` })
    .where(and(eq(students.id, studentId), sql`${students.classId} in (select id from classes where teacher_id = ${teacherId})`))
    .returning({ id: students.id });
  return rows.length > 0;
}

/** Gives a student a new personal code and signs out their old sessions; null when not this teacher's student. */
export async function resetStudentAccess({ studentId, teacherId }: { studentId: string; teacherId: string }): Promise<StudentRow | null> {
  const db = await readyDb();
  for (let i = 0; i < 5; i++) {
    try {
      const [row] = await db
        .update(students)
        .set({ accessCode: readableCode(8), sessionVersion: sql`${students.sessionVersion} + 1` })
        .where(and(eq(students.id, studentId), isNull(students.removedAt), sql`${students.classId} in (select id from classes where teacher_id = ${teacherId})`))
        .returning();
      return row ?? null;
    } catch (err) {
      if (i >= 4) throw err; // a personal-code clash: try another code
    }
  }
  return null;
}
