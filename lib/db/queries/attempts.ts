import { and, eq, isNull, sql } from 'drizzle-orm';
import { gradeAttempt, GradeError } from '../../quiz/grade';
import { selectQuiz } from '../../quiz/select';
import type { Question, Skill } from '../../quiz/types';
import type { Db } from '../client';
import { readyDb } from '../ready';
import { randomId } from '../ids';
import { answers, assignments, attempts, articles, questions, quizzes, type AttemptRow, type QuestionRow } from '../schema';
import { toQuestion } from './questions';
import { statement } from '../statement';
import { coalesce } from '../coalesce';
import { poolMax } from '../client';
import { DbTimeoutError, isDbUnavailable } from '../errors';
import { QUESTION_ID } from '../../validation/submit';
import { minRankedMsPerQuestion } from '../../leaderboard-policy';
import { getFirstOpenPlay, listHeldBackSkills } from './held-back';

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
  /** The quiz's question bank when the caller has it already (lib/server/cached-reads.ts); read here otherwise. */
  bank?: QuestionRow[];
}): Promise<{ id: string } | null> {
  const db = input.tx ?? (await readyDb());
  const bank = (input.bank ?? (await db.select().from(questions).where(eq(questions.quizId, input.quizId)))).map(toQuestion);
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
  /**
   * Once submitted, what the viewer may see of each dealt question (by id): `answer` the right option, explanation
   * and evidence; `verdict` only whether they were right (an open-play replay: the evidence quotes the answer);
   * `held-back` nothing but their own choice (an open assignment on this article holds its answers back).
   */
  reveal: Record<string, Reveal>;
  /** A submitted open-play attempt that is the player's first on this article (the one the board ranks). */
  firstPlay: boolean;
};

export type Reveal = 'answer' | 'verdict' | 'held-back';

/**
 * An attempt with its dealt questions, or null when it does not exist or is not this player's. `asTeacher`
 * skips the ownership check: the caller has already checked that the attempt is in one of their classes.
 */
export async function getAttempt({ id, player, asTeacher = false, viewerUserId }: {
  id: string;
  player: Player;
  asTeacher?: boolean;
  /** The signed-in viewer (a teacher opening a student's attempt), when not the player's own account. */
  viewerUserId?: string;
}): Promise<AttemptView | null> {
  const db = await readyDb();
  const [row] = await db
    .select({ attempt: attempts, slug: articles.slug, title: articles.title, articleId: articles.id })
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
  // Held back for this viewer: every question of a skill that an open "answers after closing" assignment on this
  // article may deal, unless the viewer set that assignment. Replays of open play show only right or wrong.
  const submitted = !!row.attempt.submittedAt;
  const heldBack = submitted ? await listHeldBackSkills({ articleId: row.articleId, viewerUserId: viewerUserId ?? player.userId }) : new Set<string>();
  const isOpenPlay = !row.attempt.assignmentId && !row.attempt.studentId;
  const firstPlay = submitted && isOpenPlay && (await getFirstOpenPlay({ articleId: row.articleId, owner: row.attempt })) === row.attempt.id;
  const reveal: Record<string, Reveal> = {};
  for (const { question } of dealt) {
    reveal[question.id] = heldBack.has(question.skill) ? 'held-back' : isOpenPlay && !firstPlay ? 'verdict' : 'answer';
  }
  return {
    assignment: assignment ?? null,
    reveal,
    firstPlay,
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

/** What the submit statement reports: whose attempt it is, what state it was in, and what it wrote. */
type SubmitVerdict = {
  owned: boolean;
  submitted: boolean;
  closed: boolean;
  /** Every dealt question answered with one of its options, and nothing else answered. */
  valid: boolean;
  written: boolean;
  /** The score written now, or the stored one when the attempt was already submitted. */
  score: number | null;
  maxScore: number;
  /** Only for a refused sheet: the plan and the dealt questions' keys, to word the refusal (see `refusal`). */
  plan: AttemptRow['plan'] | null;
  key: { id: string; answer: number; options: number }[] | null;
};

/**
 * Submits as one statement (one round trip, atomic without an explicit transaction), prepared once per connection,
 * for a group of submits at once (see `submitGroup`). For each it reads the attempt with its deadline and its dealt
 * questions' keys, checks the sheet, grades it, marks the attempt submitted, stores its answers and files it on the
 * leaderboard, and reports what it found.
 *
 * - `batch` is a JSON array of `{ n, id, student_id, user_id, guest_id, shown, key }`; each row that comes back
 *   carries its `n`. `shown` is `{ questionId: index of the option as the player saw it }`, already checked by
 *   submitSchema (at most 50 integers from 0 to 9); the plan's `order` maps a shown index to the canonical option.
 * - Ownership mirrors `ownedBy` and the leaderboard key mirrors `playerKeyOf`; class attempts stay off the public
 *   leaderboard. Grading mirrors `gradeAttempt` (a refused sheet is worded by it, and the fuzz test plays both).
 * - The write applies only while `submitted_at is null` and the assignment is open. Of two concurrent submits, the
 *   second's update waits on the row, re-checks it, finds it submitted and writes nothing. Two submits of one attempt
 *   in one group: the update takes one of them, and the other reports nothing written.
 * - The leaderboard ranks a player's first submitted open play of an article, if it took long enough (see
 *   `lib/leaderboard-policy.ts`); a row once written is never replaced. Two first plays in one group (two tabs):
 *   the lower id (an upsert may not touch one row twice in a statement).
 * - One JSON value comes back per submit, so the rows read the same on postgres.js and PGlite; `j` is null for an
 *   attempt that does not exist.
 */
const submitStatement = statement<{ n: number; j: string | null }>('submit', () => sql`
  with input as (
    select x.n, x.id, x.student_id, x.user_id, x.guest_id, x.shown, x.key
      from jsonb_to_recordset(${sql.placeholder('batch')}::jsonb)
           as x(n int, id text, student_id text, user_id text, guest_id text, shown jsonb, key text)
  ),
  a as (
    select x.n, x.shown, x.key, a.id, a.quiz_id, a.plan, a.submitted_at, a.score, a.max_score, a.user_id, a.guest_id,
           a.student_id, a.assignment_id, q.article_id,
           coalesce(case when a.student_id is not null then a.student_id = x.student_id
                         when a.user_id is not null then a.user_id = x.user_id
                         else a.guest_id = x.guest_id end, false) as owned,
           a.assignment_id is not null and coalesce(s.closes_at <= now(), true) as closed
      from input x
      join attempts a on a.id = x.id
      join quizzes q on q.id = a.quiz_id
      left join assignments s on s.id = a.assignment_id
     -- Locked in one order (by id) in every statement, so two groups that share attempts (double clicks in two
     -- tabs, two instances) wait for each other instead of deadlocking; the one that waits then reads the row as
     -- the other left it.
     order by a.id
       for no key update of a
  ),
  sheet as (
    select a.n, d.e ->> 'questionId' as question_id,
           -- A negative index would count from the end of the order; there is no such option.
           case when x.i >= 0 then ((d.e -> 'order') ->> x.i)::int end as chosen,
           k.correct_option, jsonb_array_length(k.options) as option_count
      from a
      cross join lateral jsonb_array_elements(a.plan) as d(e)
      cross join lateral (select (a.shown ->> (d.e ->> 'questionId'))::int as i) as x
      -- One key lookup per dealt question (by primary key; \`offset 0\` keeps it one): joined plainly, the planner
      -- would guess a hundred submits per group and might read the whole question bank instead.
      left join lateral (
        select q.correct_option, q.options from questions q where q.quiz_id = a.quiz_id and q.id = d.e ->> 'questionId' offset 0
      ) k on true
     where a.owned and a.submitted_at is null and not a.closed
  ),
  verdict as (
    select a.*,
           (select count(*) from sheet s where s.n = a.n and s.chosen >= 0 and s.chosen < s.option_count) = jsonb_array_length(a.plan)
             and (select count(*) from jsonb_object_keys(a.shown)) = jsonb_array_length(a.plan) as valid,
           (select count(*) from sheet s where s.n = a.n and s.chosen = s.correct_option)::int as graded
      from a
  ),
  upd as (
    update attempts t set
      submitted_at = now(),
      score = v.graded,
      -- Capped at the column's range: an attempt left open for 25 days must still be accepted, not fail the cast.
      duration_ms = least(greatest(0, floor(extract(epoch from (now() - t.started_at)) * 1000)), 2147483647)::int,
      idempotency_key = v.key
      from verdict v
     where t.id = v.id and v.owned and v.valid and not v.closed and t.submitted_at is null
    returning v.n, t.id, t.nickname, t.score, t.max_score, t.duration_ms, t.submitted_at
  ),
  stored_answers as (
    insert into answers (attempt_id, question_id, chosen, correct)
    select upd.id, s.question_id, s.chosen, s.chosen = s.correct_option from upd join sheet s on s.n = upd.n
  ),
  ranked as (
    insert into leaderboard_entries (article_id, player_key, attempt_id, nickname, score, max_score, duration_ms, submitted_at)
    select distinct on (v.article_id, p.key) v.article_id, p.key,
           upd.id, upd.nickname, upd.score, upd.max_score, upd.duration_ms, upd.submitted_at
      from upd
      join verdict v on v.n = upd.n
      cross join lateral (select case when v.user_id is not null then 'u:' || v.user_id else 'g:' || v.guest_id end as key) p
     where v.student_id is null and v.assignment_id is null and (v.user_id is not null or v.guest_id is not null)
       -- Ranked only when it took long enough to read the questions (see lib/leaderboard-policy.ts) ...
       and upd.duration_ms >= ${sql.placeholder('minMs')}::int * upd.max_score
       -- ... and it is the player's first submitted open play of this article (any revision of its quiz).
       -- Two probes, each a range of its index (attempts_user, attempts_guest), rather than one with a CASE.
       and not exists (
         select 1 from attempts b join quizzes bq on bq.id = b.quiz_id
          where v.user_id is not null and b.user_id = v.user_id and bq.article_id = v.article_id
            and b.submitted_at is not null and b.id <> v.id and b.assignment_id is null and b.student_id is null)
       and not exists (
         select 1 from attempts b join quizzes bq on bq.id = b.quiz_id
          where v.user_id is null and b.user_id is null and b.guest_id = v.guest_id and bq.article_id = v.article_id
            and b.submitted_at is not null and b.id <> v.id and b.assignment_id is null and b.student_id is null)
     -- Two first plays in one group (two tabs): the first as the result page counts it (one time, the lower id).
     order by v.article_id, p.key, upd.id
    -- A row already there is the player's first ranked play: it is never replaced.
    on conflict (article_id, player_key) do nothing
  )
  select x.n, case when v.n is not null then json_build_object(
    'owned', v.owned, 'submitted', v.submitted_at is not null, 'closed', v.closed, 'valid', coalesce(v.valid, false),
    'written', exists (select 1 from upd where upd.n = v.n), 'score', coalesce((select score from upd where upd.n = v.n), v.score),
    'maxScore', v.max_score,
    'plan', case when v.owned and not coalesce(v.valid, false) then v.plan end,
    'key', case when v.owned and not coalesce(v.valid, false) then (
      select json_agg(json_build_object('id', k.id, 'answer', k.correct_option, 'options', jsonb_array_length(k.options)))
        from questions k
       where k.quiz_id = v.quiz_id and k.id in (select d.e ->> 'questionId' from jsonb_array_elements(v.plan) d(e))
    ) end
  )::text end as j
  from input x left join verdict v on v.n = x.n`);

type SubmitInput = { id: string; studentId: string | null; userId: string | null; guestId: string | null; shown: Record<string, number>; key: string };

/**
 * Concurrent submits share one statement (see \`coalesce\`): under load, a group is whatever arrived while the earlier
 * groups were at the database; alone, a submit goes at once. At most four groups (and half the pool) at a time, so
 * the rest of the pool stays free for pages and the teacher's screens. One per process (on globalThis: Next loads
 * this module once for route handlers and again for server actions).
 */
const g = globalThis as unknown as { __fqSubmitGroup?: (item: SubmitInput) => Promise<SubmitVerdict | null> };
const submitGroup = (g.__fqSubmitGroup ??= coalesce<SubmitInput, SubmitVerdict | null>(
  async (items) => {
    const db = await readyDb();
    const batch = items.map((it, n) => ({ n, id: it.id, student_id: it.studentId, user_id: it.userId, guest_id: it.guestId, shown: it.shown, key: it.key }));
    const rows = await submitStatement(db, { batch: JSON.stringify(batch), minMs: minRankedMsPerQuestion() });
    const byN = new Map(rows.map((r) => [Number(r.n), r.j]));
    return items.map((_, n) => {
      const j = byN.get(n);
      return j ? (JSON.parse(j) as SubmitVerdict) : null;
    });
  },
  {
    maxInFlight: Math.max(1, Math.min(4, Math.floor(poolMax() / 2))),
    maxSize: 50,
    // Within the submit route's own 8 s limit (withDbTimeout): past it the caller has had its 503 already.
    groupTimeoutMs: 8_000,
    maxWaitMs: 5_000,
    timeout: () => new DbTimeoutError('the submit did not reach the database in time'),
    // An outage fails every item alike: trying each alone would only keep the callers waiting.
    retryAlone: (err) => !isDbUnavailable(err),
  },
));

/**
 * Grades and stores a submit. `shown` maps question id to the index of the option as the player saw it.
 * One statement, one round trip, shared with the submits that arrive at the same time (`submitGroup`); a refused
 * sheet is then worded here.
 */
export async function submitAttempt(input: {
  id: string;
  player: Player;
  shown: Record<string, number>;
  idempotencyKey: string;
}): Promise<SubmitResult | null> {
  const { studentId = null, userId = null, guestId = null } = input.player;
  const v = await submitGroup({
    id: input.id,
    studentId,
    userId,
    guestId,
    // A sheet the statement cannot read (a key that is no question id, an index that is no small integer) goes in
    // empty: it is refused all the same, and `refusal` words it from the real sheet.
    shown: Object.entries(input.shown).every(([qid, i]) => QUESTION_ID.test(qid) && Number.isInteger(i) && i >= 0 && i < 1000) ? input.shown : {},
    // Scoped to the attempt: a key the player reused on another attempt must not collide (and so fail).
    key: `${input.id}.${input.idempotencyKey}`,
  });
  if (!v?.owned) return null;
  if (v.submitted) return { ok: true, score: v.score ?? 0, maxScore: v.maxScore, alreadySubmitted: true };
  const closed = { ok: false as const, error: 'This assignment has closed, so new answers can no longer be accepted.' };
  if (v.closed) return closed;
  if (!v.valid) return refusal(v.plan ?? [], v.key ?? [], input.shown);
  if (v.written) return { ok: true, score: v.score ?? 0, maxScore: v.maxScore, alreadySubmitted: false };
  // Nothing written: another submit got there first (answer with its result), or the assignment just closed.
  const db = await readyDb();
  const [now] = await db.select().from(attempts).where(eq(attempts.id, input.id));
  if (now?.submittedAt) return { ok: true, score: now.score ?? 0, maxScore: now.maxScore, alreadySubmitted: true };
  return closed;
}

/** Why a sheet the submit statement refused is wrong, in the player's terms (naming the question). */
function refusal(plan: AttemptRow['plan'], key: { id: string; answer: number; options: number }[], shown: Record<string, number>): SubmitResult {
  const planIds = new Set(plan.map((p) => p.questionId));
  if (Object.keys(shown).some((qid) => !planIds.has(qid))) return { ok: false, error: 'One of the answers is for a question that is not in this quiz.' };
  const canonical: Record<string, number> = {};
  for (const [n, p] of plan.entries()) {
    const shownIndex = shown[p.questionId];
    if (shownIndex === undefined) return { ok: false, error: `Question ${n + 1} has no answer yet. Pick one option.`, field: p.questionId };
    const c = p.order[shownIndex];
    if (c === undefined) return { ok: false, error: `Question ${n + 1} has an answer that is not one of its options.`, field: p.questionId };
    canonical[p.questionId] = c;
  }
  const bank = new Map(key.map((k) => [k.id, k]));
  const dealt = plan.flatMap((p) => {
    const k = bank.get(p.questionId);
    return k ? [{ id: k.id, answer: k.answer, options: { length: k.options } }] : [];
  });
  try {
    gradeAttempt(dealt, canonical);
  } catch (err) {
    if (err instanceof GradeError) return { ok: false, error: err.message };
    throw err;
  }
  // The statement and gradeAttempt disagree about this sheet: a bug, so it is logged as one (500) and nothing is stored.
  throw new Error(`submit: the database refused a sheet that gradeAttempt accepts (${plan.length} questions)`);
}
