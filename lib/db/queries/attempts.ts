import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { gradeAttempt, GradeError } from '../../quiz/grade';
import { selectQuiz } from '../../quiz/select';
import type { Question, Skill } from '../../quiz/types';
import type { Db } from '../client';
import { readyDb } from '../ready';
import { randomId } from '../ids';
import { answers, assignments, attempts, articles, questions, quizzes, type AttemptRow } from '../schema';
import { toQuestion } from './questions';
import { playerKeyOf } from './leaderboard';
import { rowsOf } from '../rows';

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
 * Grades and stores a submit. `shown` maps question id to the index of the option as the player saw it.
 *
 * Two reads (the attempt with its article and assignment deadline, then its dealt questions; a plan never changes
 * once dealt) and one write: a single statement that marks the attempt submitted, stores its answers and files it
 * on the leaderboard, so it is atomic without an explicit transaction (fewer round trips per submit). The write only
 * applies while `submitted_at is null` and the assignment is open: of two concurrent submits, the second waits on
 * the row, finds it submitted, writes nothing and gets the first result.
 */
export async function submitAttempt(input: {
  id: string;
  player: Player;
  shown: Record<string, number>;
  idempotencyKey: string;
}): Promise<SubmitResult | null> {
  const db = await readyDb();
  const [found] = await db
    .select({ row: attempts, articleId: quizzes.articleId, closesAt: assignments.closesAt })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .where(eq(attempts.id, input.id));
  const row = found?.row;
  if (!found || !row || !ownedBy(row, input.player)) return null;
  if (row.submittedAt) return { ok: true, score: row.score ?? 0, maxScore: row.maxScore, alreadySubmitted: true };
  const closed = { ok: false as const, error: 'This assignment has closed, so new answers can no longer be accepted.' };
  if (row.assignmentId && (!found.closesAt || found.closesAt.getTime() <= Date.now())) return closed;
  const planIds = new Set(row.plan.map((p) => p.questionId));
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
  // Only the dealt questions: a bank can hold many more than a quiz deals.
  const dealtRows = await db.select().from(questions).where(and(eq(questions.quizId, row.quizId), inArray(questions.id, [...planIds])));
  const bank = new Map(dealtRows.map((q) => [q.id, toQuestion(q)]));
  const dealt = row.plan.map((p) => bank.get(p.questionId)).filter((q): q is Question => !!q);
  let graded;
  try {
    graded = gradeAttempt(dealt, canonical);
  } catch (err) {
    if (err instanceof GradeError) return { ok: false, error: err.message };
    throw err;
  }
  // Class attempts stay off the public leaderboard.
  const playerKey = row.studentId || row.assignmentId ? null : playerKeyOf(row);
  const answerRows = JSON.stringify(graded.results.map((r) => ({ question_id: r.questionId, chosen: r.chosen, correct: r.correct })));
  const written = rowsOf<{ id: string }>(
    await db.execute(sql`
      with upd as (
        update attempts set
          submitted_at = now(),
          score = ${graded.score},
          duration_ms = greatest(0, floor(extract(epoch from (now() - started_at)) * 1000))::int,
          -- Scoped to the attempt: a key the player reused on another attempt must not collide (and so fail).
          idempotency_key = ${`${row.id}.${input.idempotencyKey}`}
        where id = ${row.id} and submitted_at is null
          and (assignment_id is null or exists (select 1 from assignments s where s.id = attempts.assignment_id and s.closes_at > now()))
        returning id, nickname, max_score, duration_ms, submitted_at
      ),
      stored_answers as (
        insert into answers (attempt_id, question_id, chosen, correct)
        select upd.id, x.question_id, x.chosen, x.correct
          from upd, jsonb_to_recordset(${answerRows}::jsonb) as x(question_id text, chosen int, correct boolean)
      ),
      ranked as (
        insert into leaderboard_entries (article_id, player_key, attempt_id, nickname, score, max_score, duration_ms, submitted_at)
        select ${found.articleId}, ${playerKey}::text, upd.id, upd.nickname, ${graded.score}, upd.max_score, upd.duration_ms, upd.submitted_at
          from upd where ${playerKey}::text is not null
        on conflict (article_id, player_key) do update set
          attempt_id = excluded.attempt_id, nickname = excluded.nickname, score = excluded.score,
          max_score = excluded.max_score, duration_ms = excluded.duration_ms, submitted_at = excluded.submitted_at
          where excluded.score > leaderboard_entries.score
      )
      select id from upd`),
  );
  if (written.length === 0) {
    // Nothing written: another submit got there first (answer with its result), or the assignment just closed.
    const [now] = await db.select().from(attempts).where(eq(attempts.id, row.id));
    if (now?.submittedAt) return { ok: true, score: now.score ?? 0, maxScore: now.maxScore, alreadySubmitted: true };
    return closed;
  }
  return { ok: true, score: graded.score, maxScore: graded.maxScore, alreadySubmitted: false };
}
