import { and, asc, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { readyDb } from '../ready';
import { assignments, attempts, classes, quizzes } from '../schema';

/**
 * The skills whose answers are held back on an article right now: those of every assignment, on any of the
 * article's quizzes (any revision), that shows its answers only after it closes and has not closed yet (including
 * one that has not opened: a class told "next week's quiz is on this article" must not collect the key today).
 *
 * An assignment deals from the whole bank of its skills, so which questions a student will get is not known in
 * advance: every question of those skills is held back, in open play, in other classes' results and in teachers'
 * views, so no channel shows its right option, verdict, explanation or evidence. The one exception is the teacher
 * who set the assignment (`viewerUserId`): it is their class, and they always see the answers.
 */
export async function listHeldBackSkills({ articleId, viewerUserId }: { articleId: string; viewerUserId?: string | null }): Promise<Set<string>> {
  const db = await readyDb();
  const rows = await db
    .select({ skills: assignments.skills })
    .from(assignments)
    .innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(and(
      eq(quizzes.articleId, articleId),
      eq(assignments.revealAnswers, 'after-close'),
      sql`${assignments.closesAt} > now()`,
      viewerUserId ? ne(classes.teacherId, viewerUserId) : undefined,
    ));
  return new Set(rows.flatMap((r) => r.skills));
}

/**
 * The id of a player's first submitted open-play attempt on an article (any revision of its quiz), or null. That
 * attempt is the one the public leaderboard ranks and the one whose results show the right options; replays show
 * only which answers were right (see lib/server/submit-attempt.ts and lib/server/attempt-view.ts). `tx`: inside the
 * submit's transaction.
 */
export async function getFirstOpenPlay({ articleId, owner, tx }: { articleId: string; owner: { userId: string | null; guestId: string | null }; tx?: Db }): Promise<string | null> {
  const who = owner.userId ? eq(attempts.userId, owner.userId) : owner.guestId ? and(isNull(attempts.userId), eq(attempts.guestId, owner.guestId)) : null;
  if (!who) return null;
  const db = tx ?? (await readyDb());
  const [first] = await db
    .select({ id: attempts.id })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .where(and(eq(quizzes.articleId, articleId), who, isNotNull(attempts.submittedAt), isNull(attempts.assignmentId), isNull(attempts.studentId), isNull(attempts.previewOf)))
    .orderBy(asc(attempts.submittedAt), asc(attempts.id))
    .limit(1);
  return first?.id ?? null;
}
