import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { gradeAttempt, GradeError } from '../../quiz/grade';
import { selectQuiz } from '../../quiz/select';
import type { Question, Skill } from '../../quiz/types';
import type { Db } from '../client';
import { readyDb } from '../ready';
import { randomId } from '../ids';
import { answers, assignments, attempts, articles, questions, quizzes, type AttemptRow } from '../schema';
import { toQuestion } from './questions';
import { playerKeyOf, recordOnLeaderboard } from './leaderboard';

/**
 * Who is calling, with every identity this browser holds: a signed-in account, a class membership and a guest
 * cookie. An attempt belongs to exactly one of them.
 */
export type Player = { userId?: string; guestId?: string; studentId?: string };

/** Whether the attempt belongs to the caller. */
export function ownedBy(row: Pick<AttemptRow, 'userId' | 'guestId' | 'studentId'>, player: Player): boolean {
  if (row.studentId) return row.studentId === player.studentId;
  if (row.userId) return row.userId === player.userId;
  return !!row.guestId && row.guestId === player.guestId;
}

/** Starts an attempt on the server (the start time is kept here) with a dealt, shuffled set of questions. */
export async function createAttempt(input: {
  quizId: string;
  player: Player;
  nickname: string;
  count?: number;
  skills?: Skill[];
  assignmentId?: string;
  tx?: Db;
}): Promise<{ id: string } | null> {
  const db = input.tx ?? (await readyDb());
  const bank = (await db.select().from(questions).where(eq(questions.quizId, input.quizId))).map(toQuestion);
  if (bank.length === 0) return null;
  const id = randomId();
  const plan = selectQuiz(bank, { count: input.count ?? 10, seed: id, skills: input.skills });
  if (plan.length === 0) return null;
  const { studentId, userId, guestId } = input.player;
  await db.insert(attempts).values({
    id,
    quizId: input.quizId,
    // One owner per attempt: a class member's attempt is the class's, else the account's, else the guest's.
    studentId: studentId ?? null,
    assignmentId: input.assignmentId ?? null,
    userId: studentId ? null : (userId ?? null),
    guestId: studentId || userId ? null : guestId,
    nickname: input.nickname,
    plan,
    maxScore: plan.length,
  });
  return { id };
}

/**
 * The caller's unfinished open-play attempt at a quiz, if they started one in the last 12 hours (so pressing
 * "Start" again resumes it instead of leaving abandoned attempts behind); its nickname is updated.
 */
export async function resumeOpenAttempt(input: { quizId: string; player: Player; nickname: string }): Promise<{ id: string } | null> {
  const db = await readyDb();
  const owner = input.player.userId ? eq(attempts.userId, input.player.userId) : input.player.guestId ? and(isNull(attempts.userId), eq(attempts.guestId, input.player.guestId)) : null;
  if (!owner) return null;
  const [open] = await db
    .update(attempts)
    .set({ nickname: input.nickname })
    .where(and(eq(attempts.quizId, input.quizId), owner, isNull(attempts.submittedAt), isNull(attempts.assignmentId), isNull(attempts.studentId), sql`${attempts.startedAt} > now() - interval '12 hours'`))
    .returning({ id: attempts.id });
  return open ?? null;
}

export type AttemptView = {
  attempt: AttemptRow;
  articleSlug: string;
  articleTitle: string;
  /** Questions in the order dealt, with the option order this player sees. */
  dealt: { question: Question; order: number[] }[];
  /** Canonical chosen option per question id, once submitted. */
  chosen: Record<string, number>;
  /** The assignment this attempt belongs to (class attempts), with what it lets the student see. */
  assignment: { id: string; closesAt: Date; revealAnswers: 'after-submit' | 'after-close'; showLeaderboard: boolean } | null;
};

/**
 * An attempt with its dealt questions, or null when it does not exist or is not this player's. `asTeacher`
 * skips the ownership check: the caller has already checked that the attempt is in one of their classes.
 */
export async function getAttempt({ id, player, asTeacher = false }: { id: string; player: Player; asTeacher?: boolean }): Promise<AttemptView | null> {
  const db = await readyDb();
  const [row] = await db
    .select({ attempt: attempts, slug: articles.slug, title: articles.title })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .innerJoin(articles, eq(articles.id, quizzes.articleId))
    .where(eq(attempts.id, id));
  if (!row || (!asTeacher && !ownedBy(row.attempt, player))) return null;
  const bank = new Map(
    (await db.select().from(questions).where(eq(questions.quizId, row.attempt.quizId))).map((q) => [q.id, toQuestion(q)]),
  );
  const dealt = row.attempt.plan.flatMap((p) => {
    const question = bank.get(p.questionId);
    return question ? [{ question, order: p.order }] : [];
  });
  const chosenRows = row.attempt.submittedAt ? await db.select().from(answers).where(eq(answers.attemptId, id)) : [];
  const [assignment] = row.attempt.assignmentId
    ? await db
        .select({ id: assignments.id, closesAt: assignments.closesAt, revealAnswers: assignments.revealAnswers, showLeaderboard: assignments.showLeaderboard })
        .from(assignments)
        .where(eq(assignments.id, row.attempt.assignmentId))
    : [];
  return {
    assignment: assignment ?? null,
    attempt: row.attempt,
    articleSlug: row.slug,
    articleTitle: row.title,
    dealt,
    chosen: Object.fromEntries(chosenRows.map((a) => [a.questionId, a.chosen])),
  };
}

export type SubmitResult =
  | { ok: true; score: number; maxScore: number; alreadySubmitted: boolean }
  | { ok: false; error: string; field?: string };

/**
 * Grades and stores a submit in one transaction. `shown` maps question id to the index of the option as the player
 * saw it. The row lock makes a concurrent double submit wait and then return the first result, and the
 * `submitted_at is null` guard means the answers are written once.
 */
export async function submitAttempt(input: {
  id: string;
  player: Player;
  shown: Record<string, number>;
  idempotencyKey: string;
}): Promise<SubmitResult | null> {
  const db = await readyDb();
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ row: attempts, articleId: quizzes.articleId })
      .from(attempts)
      .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
      .where(eq(attempts.id, input.id))
      .for('update', { of: attempts });
    const row = found?.row;
    if (!found || !row || !ownedBy(row, input.player)) return null;
    if (row.submittedAt) return { ok: true, score: row.score ?? 0, maxScore: row.maxScore, alreadySubmitted: true };
    if (row.assignmentId) {
      const [assignment] = await tx.select({ closesAt: assignments.closesAt }).from(assignments).where(eq(assignments.id, row.assignmentId));
      if (!assignment || assignment.closesAt.getTime() <= Date.now()) {
        return { ok: false, error: 'This assignment has closed, so new answers can no longer be accepted.' };
      }
    }
    const planIds = new Set(row.plan.map((p) => p.questionId));
    // Only the dealt questions: a bank can hold many more than a quiz deals.
    const dealtRows = await tx.select().from(questions).where(and(eq(questions.quizId, row.quizId), inArray(questions.id, [...planIds])));
    const bank = new Map(dealtRows.map((q) => [q.id, toQuestion(q)]));
    const stray = Object.keys(input.shown).find((qid) => !planIds.has(qid));
    if (stray !== undefined) return { ok: false, error: 'One of the answers is for a question that is not in this quiz.' };
    const canonical: Record<string, number> = {};
    for (const [n, p] of row.plan.entries()) {
      const shownIndex = input.shown[p.questionId];
      if (shownIndex === undefined) return { ok: false, error: `Question ${n + 1} has no answer yet. Pick one option.`, field: p.questionId };
      const c = p.order[shownIndex];
      if (c === undefined) return { ok: false, error: `Question ${n + 1} has an answer that is not one of its options.`, field: p.questionId };
      canonical[p.questionId] = c;
    }
    const dealt = row.plan.map((p) => bank.get(p.questionId)).filter((q): q is Question => !!q);
    let graded;
    try {
      graded = gradeAttempt(dealt, canonical);
    } catch (err) {
      if (err instanceof GradeError) return { ok: false, error: err.message };
      throw err;
    }
    const updated = await tx
      .update(attempts)
      .set({
        submittedAt: sql`now()`,
        score: graded.score,
        durationMs: sql`greatest(0, floor(extract(epoch from (now() - ${attempts.startedAt})) * 1000))::int`,
        // Scoped to the attempt: a key the player reused on another attempt must not collide (and so fail).
        idempotencyKey: `${row.id}.${input.idempotencyKey}`,
      })
      .where(and(eq(attempts.id, row.id), sql`${attempts.submittedAt} is null`))
      .returning({ id: attempts.id, durationMs: attempts.durationMs });
    if (updated.length === 0) return { ok: true, score: row.score ?? 0, maxScore: row.maxScore, alreadySubmitted: true };
    await tx.insert(answers).values(graded.results.map((r) => ({ attemptId: row.id, questionId: r.questionId, chosen: r.chosen, correct: r.correct })));
    const playerKey = row.studentId || row.assignmentId ? null : playerKeyOf(row);
    if (playerKey) {
      await recordOnLeaderboard(tx, {
        articleId: found.articleId,
        playerKey,
        attemptId: row.id,
        nickname: row.nickname,
        score: graded.score,
        maxScore: row.maxScore,
        durationMs: updated[0]!.durationMs ?? 0,
      });
    }
    return { ok: true, score: graded.score, maxScore: graded.maxScore, alreadySubmitted: false };
  });
}
