import { and, asc, count, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { randomId } from '../ids';
import { readyDb } from '../ready';
import { articles, assignments, attempts, classes, quizzes, students, type AssignmentRow } from '../schema';

export type NewAssignment = {
  classId: string;
  articleSlug: string;
  questionCount: number;
  skills: AssignmentRow['skills'];
  /** The kinds of question to deal; absent or null deals every kind. */
  kinds?: AssignmentRow['kinds'];
  opensAt: Date;
  closesAt: Date;
  attemptsAllowed: number;
  revealAnswers: 'after-submit' | 'after-close';
  showLeaderboard: boolean;
  /** Off unless set: older callers (and tests) make plain-marked assignments. */
  confidenceMarks?: boolean;
  note: string | null;
};

/** Sets an article's newest quiz for a class the teacher owns; null when the class or article is not theirs to use. */
export async function createAssignment(input: NewAssignment & { teacherId: string }): Promise<AssignmentRow | null> {
  const db = await readyDb();
  const [cls] = await db.select({ id: classes.id }).from(classes).where(and(eq(classes.id, input.classId), eq(classes.teacherId, input.teacherId), isNull(classes.archivedAt)));
  if (!cls) return null;
  const [quiz] = await db
    .select({ id: quizzes.id })
    .from(quizzes)
    .innerJoin(articles, eq(articles.id, quizzes.articleId))
    // Public articles, or this teacher's own published ones: never another teacher's, never a draft.
    .where(and(eq(articles.slug, input.articleSlug), or(isNull(articles.ownerId), and(eq(articles.ownerId, input.teacherId), isNotNull(articles.publishedAt)))))
    .orderBy(desc(quizzes.createdAt))
    .limit(1);
  if (!quiz) return null;
  const [row] = await db
    .insert(assignments)
    .values({
      id: randomId(),
      classId: cls.id,
      quizId: quiz.id,
      questionCount: input.questionCount,
      skills: input.skills,
      kinds: input.kinds ?? null,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      attemptsAllowed: input.attemptsAllowed,
      revealAnswers: input.revealAnswers,
      showLeaderboard: input.showLeaderboard,
      confidenceMarks: input.confidenceMarks ?? false,
      note: input.note,
    })
    .returning();
  return row;
}

export type AssignmentSummary = AssignmentRow & { articleTitle: string; articleSlug: string; submitted: number };

async function summaries(db: Db, where: ReturnType<typeof and>): Promise<AssignmentSummary[]> {
  const rows = await db
    .select({ a: assignments, articleTitle: articles.title, articleSlug: articles.slug, submitted: count(attempts.id) })
    .from(assignments)
    .innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
    .innerJoin(articles, eq(articles.id, quizzes.articleId))
    .leftJoin(attempts, and(eq(attempts.assignmentId, assignments.id), isNotNull(attempts.submittedAt)))
    .where(where)
    .groupBy(assignments.id, articles.title, articles.slug)
    .orderBy(desc(assignments.opensAt));
  return rows.map((r) => ({ ...r.a, articleTitle: r.articleTitle, articleSlug: r.articleSlug, submitted: r.submitted }));
}

/** A class's assignments for its teacher (null when the class is not theirs). */
export async function listClassAssignments({ classId, teacherId }: { classId: string; teacherId: string }): Promise<AssignmentSummary[] | null> {
  const db = await readyDb();
  const [cls] = await db.select({ id: classes.id }).from(classes).where(and(eq(classes.id, classId), eq(classes.teacherId, teacherId)));
  if (!cls) return null;
  return summaries(db, and(eq(assignments.classId, classId)));
}

/** One assignment with its class, only for the teacher who owns the class. */
export async function getTeacherAssignment({ id, teacherId }: { id: string; teacherId: string }) {
  const db = await readyDb();
  const [row] = await db
    .select({ a: assignments, className: classes.name, classId: classes.id, articleTitle: articles.title, articleSlug: articles.slug })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
    .innerJoin(articles, eq(articles.id, quizzes.articleId))
    .where(and(eq(assignments.id, id), eq(classes.teacherId, teacherId)));
  return row ?? null;
}

export type StudentAssignment = AssignmentSummary & { attemptsUsed: number; lastAttemptId: string | null; lastSubmitted: boolean };

/** The assignments a student can see: only those already open, with how many attempts they have used. */
export async function listStudentAssignments({ studentId }: { studentId: string; classId?: string }): Promise<StudentAssignment[]> {
  const db = await readyDb();
  // The class comes from the student's own row (read in the same statement, a removed student's matches nothing),
  // never from the caller.
  const myClass = sql`(select ${students.classId} from ${students} where ${students.id} = ${studentId} and ${students.removedAt} is null)`;
  const list = await summaries(db, and(eq(assignments.classId, myClass), sql`${assignments.opensAt} <= now()`));
  if (list.length === 0) return [];
  const mine = await db
    .select({ id: attempts.id, assignmentId: attempts.assignmentId, submittedAt: attempts.submittedAt, startedAt: attempts.startedAt })
    .from(attempts)
    .where(and(eq(attempts.studentId, studentId), inArray(attempts.assignmentId, list.map((a) => a.id))))
    .orderBy(asc(attempts.startedAt));
  return list.map((a) => {
    const own = mine.filter((m) => m.assignmentId === a.id);
    const last = own[own.length - 1];
    return { ...a, attemptsUsed: own.length, lastAttemptId: last?.id ?? null, lastSubmitted: !!last?.submittedAt };
  });
}

/**
 * What starting a student's attempt at an assignment needs to check, read in the caller's transaction with the
 * student's row locked (so two starts at once cannot both pass the attempt limit): whether the class is archived,
 * the assignment if it is one of the student's class, and the student's attempts at it, oldest first. Null when the
 * student does not exist or was removed.
 */
export async function lockAssignmentStart({ assignmentId, studentId, tx }: { assignmentId: string; studentId: string; tx: Db }) {
  const [s] = await tx.select().from(students).where(and(eq(students.id, studentId), isNull(students.removedAt))).for('update');
  if (!s) return null;
  const [cls] = await tx.select({ archivedAt: classes.archivedAt }).from(classes).where(eq(classes.id, s.classId));
  // The class comes from the student's own row, never from the caller.
  const [assignment] = await tx.select().from(assignments).where(and(eq(assignments.id, assignmentId), eq(assignments.classId, s.classId)));
  const own = assignment
    ? await tx.select({ id: attempts.id, submittedAt: attempts.submittedAt }).from(attempts)
      .where(and(eq(attempts.assignmentId, assignment.id), eq(attempts.studentId, s.id))).orderBy(asc(attempts.startedAt))
    : [];
  return { archived: !!cls?.archivedAt, assignment: assignment ?? null, own };
}

/** Only the assignments of classes this teacher owns: another teacher's id matches nothing. */
const ownedBy = (id: string, teacherId: string) =>
  and(eq(assignments.id, id), inArray(assignments.classId, sql`(select ${classes.id} from ${classes} where ${classes.teacherId} = ${teacherId})`));

export type AssignmentSettings = Omit<NewAssignment, 'classId' | 'articleSlug'>;

/** Changes an assignment's settings (not its class or article); null when it is not one of the teacher's. */
export async function updateAssignment({ id, teacherId, settings }: { id: string; teacherId: string; settings: AssignmentSettings }): Promise<AssignmentRow | null> {
  const db = await readyDb();
  const [row] = await db.update(assignments).set(settings).where(ownedBy(id, teacherId)).returning();
  return row ?? null;
}

/**
 * Closes an assignment now, by the database's clock (one not yet open opens and closes at once); null when it is
 * not the teacher's. Closing twice keeps the first closing time.
 */
export async function closeAssignmentNow({ id, teacherId }: { id: string; teacherId: string }): Promise<AssignmentRow | null> {
  const db = await readyDb();
  const [row] = await db
    .update(assignments)
    .set({
      closesAt: sql`least(${assignments.closesAt}, now())`,
      opensAt: sql`least(${assignments.opensAt}, now() - interval '1 second')`,
    })
    .where(ownedBy(id, teacherId))
    .returning();
  return row ?? null;
}

/** Deletes an assignment with every attempt at it and their answers; null when it is not the teacher's. */
export async function deleteOwnAssignment({ id, teacherId }: { id: string; teacherId: string }): Promise<{ classId: string } | null> {
  const db = await readyDb();
  const [row] = await db.delete(assignments).where(ownedBy(id, teacherId)).returning({ classId: assignments.classId });
  return row ?? null;
}
