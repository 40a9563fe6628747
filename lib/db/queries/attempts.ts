import { and, eq, isNull, sql } from 'drizzle-orm';
import { gradeAttempt, GradeError } from '../../quiz/grade';
import { selectQuiz } from '../../quiz/select';
import type { Question, Skill } from '../../quiz/types';
import type { Db } from '../client';
import { readyDb } from '../ready';
import { randomId } from '../ids';
import { answers, assignments, attempts, articles, questions, quizzes, type AttemptRow } from '../schema';
import { toQuestion } from './questions';
import { playerKeyOf } from './leaderboard';
import { statement } from '../statement';

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

/** What a submit reads in its one query: the attempt, its deadline, and (while unsubmitted) its dealt questions' keys. */
type SubmitRead = {
  quizId: string;
  userId: string | null;
  guestId: string | null;
  studentId: string | null;
  assignmentId: string | null;
  plan: AttemptRow['plan'];
  submitted: boolean;
  score: number | null;
  maxScore: number;
  articleId: string;
  /** A class attempt whose assignment has closed (by the database's clock, as the write's guard). */
  closed: boolean;
  /** Each dealt question's id, correct option and option count; null once submitted. */
  key: { id: string; answer: number; options: number }[] | null;
};

// One JSON value, so the row reads the same on postgres.js and PGlite (no driver-specific date or jsonb parsing).
const readForSubmit = statement<{ j: string }>('submit_read', () => sql`
  select json_build_object(
    'quizId', a.quiz_id, 'userId', a.user_id, 'guestId', a.guest_id, 'studentId', a.student_id,
    'assignmentId', a.assignment_id, 'plan', a.plan, 'submitted', a.submitted_at is not null,
    'score', a.score, 'maxScore', a.max_score, 'articleId', q.article_id,
    'closed', a.assignment_id is not null and coalesce(s.closes_at <= now(), true),
    -- Only the dealt questions: a bank can hold many more than a quiz deals.
    'key', case when a.submitted_at is null then (
      select json_agg(json_build_object('id', k.id, 'answer', k.correct_option, 'options', jsonb_array_length(k.options)))
        from questions k
       where k.quiz_id = a.quiz_id and k.id in (select p->>'questionId' from jsonb_array_elements(a.plan) p)
    ) end
  )::text as j
  from attempts a
  join quizzes q on q.id = a.quiz_id
  left join assignments s on s.id = a.assignment_id
  where a.id = ${sql.placeholder('id')}`);

// Marks the attempt submitted, stores its answers and files it on the leaderboard in one statement: atomic without
// an explicit transaction. Applies only while `submitted_at is null` and the assignment is open.
const writeSubmit = statement<{ id: string }>('submit_write', () => sql`
  with upd as (
    update attempts set
      submitted_at = now(),
      score = ${sql.placeholder('score')},
      duration_ms = greatest(0, floor(extract(epoch from (now() - started_at)) * 1000))::int,
      idempotency_key = ${sql.placeholder('key')}
    where id = ${sql.placeholder('id')} and submitted_at is null
      and (assignment_id is null or exists (select 1 from assignments s where s.id = attempts.assignment_id and s.closes_at > now()))
    returning id, nickname, max_score, duration_ms, submitted_at
  ),
  stored_answers as (
    insert into answers (attempt_id, question_id, chosen, correct)
    select upd.id, x.question_id, x.chosen, x.correct
      from upd, jsonb_to_recordset(${sql.placeholder('answers')}::jsonb) as x(question_id text, chosen int, correct boolean)
  ),
  ranked as (
    insert into leaderboard_entries (article_id, player_key, attempt_id, nickname, score, max_score, duration_ms, submitted_at)
    select ${sql.placeholder('articleId')}::text, ${sql.placeholder('playerKey')}::text, upd.id, upd.nickname, ${sql.placeholder('score')}::int,
           upd.max_score, upd.duration_ms, upd.submitted_at
      from upd where ${sql.placeholder('playerKey')}::text is not null
    on conflict (article_id, player_key) do update set
      attempt_id = excluded.attempt_id, nickname = excluded.nickname, score = excluded.score,
      max_score = excluded.max_score, duration_ms = excluded.duration_ms, submitted_at = excluded.submitted_at
      where excluded.score > leaderboard_entries.score
  )
  select id from upd`);

/**
 * Grades and stores a submit. `shown` maps question id to the index of the option as the player saw it.
 *
 * One read (the attempt with its deadline and its dealt questions' keys; a plan never changes once dealt) and one
 * write (`writeSubmit`), both prepared once per connection: two round trips per submit. Of two concurrent submits,
 * the second's write waits on the row, finds it submitted, writes nothing and gets the first result.
 */
export async function submitAttempt(input: {
  id: string;
  player: Player;
  shown: Record<string, number>;
  idempotencyKey: string;
}): Promise<SubmitResult | null> {
  const db = await readyDb();
  const [found] = await readForSubmit(db, { id: input.id });
  if (!found) return null;
  const row = JSON.parse(found.j) as SubmitRead;
  if (!ownedBy(row, input.player)) return null;
  if (row.submitted) return { ok: true, score: row.score ?? 0, maxScore: row.maxScore, alreadySubmitted: true };
  const closed = { ok: false as const, error: 'This assignment has closed, so new answers can no longer be accepted.' };
  if (row.closed) return closed;
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
  const bank = new Map((row.key ?? []).map((k) => [k.id, k]));
  const dealt = row.plan.flatMap((p) => {
    const k = bank.get(p.questionId);
    return k ? [{ id: k.id, answer: k.answer, options: { length: k.options } }] : [];
  });
  let graded;
  try {
    graded = gradeAttempt(dealt, canonical);
  } catch (err) {
    if (err instanceof GradeError) return { ok: false, error: err.message };
    throw err;
  }
  const written = await writeSubmit(db, {
    id: input.id,
    score: graded.score,
    // Scoped to the attempt: a key the player reused on another attempt must not collide (and so fail).
    key: `${input.id}.${input.idempotencyKey}`,
    answers: JSON.stringify(graded.results.map((r) => ({ question_id: r.questionId, chosen: r.chosen, correct: r.correct }))),
    articleId: row.articleId,
    // Class attempts stay off the public leaderboard.
    playerKey: row.studentId || row.assignmentId ? null : playerKeyOf(row),
  });
  if (written.length === 0) {
    // Nothing written: another submit got there first (answer with its result), or the assignment just closed.
    const [now] = await db.select().from(attempts).where(eq(attempts.id, input.id));
    if (now?.submittedAt) return { ok: true, score: now.score ?? 0, maxScore: now.maxScore, alreadySubmitted: true };
    return closed;
  }
  return { ok: true, score: graded.score, maxScore: graded.maxScore, alreadySubmitted: false };
}
