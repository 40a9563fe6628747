import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { readyDb } from '../ready';
import {
  answers,
  assignments,
  attempts,
  articles,
  leaderboardEntries,
  questions,
  quizzes,
  type AnswerRow,
  type AttemptDraft,
  type AttemptPlan,
} from '../schema';

/**
 * Who is calling, with every identity this browser holds: a signed-in account, a class membership and a guest
 * cookie. An attempt belongs to exactly one of them (see lib/auth/owns-attempt.ts).
 */
export type Player = { userId?: string; guestId?: string; studentId?: string };

/**
 * Stores a new attempt with its dealt plan (the start time is the database's). One owner per attempt: a class
 * member's attempt is the class's, else the account's, else the guest's.
 */
export async function insertAttempt(input: {
  id: string;
  quizId: string;
  player: Player;
  nickname: string;
  plan: AttemptPlan;
  maxScore: number;
  assignmentId?: string;
  /** The assignment a teacher previews (see `attempts.previewOf`). */
  previewOf?: string;
  tx?: Db;
}): Promise<{ id: string }> {
  const db = input.tx ?? (await readyDb());
  const { id } = input;
  const { studentId, userId, guestId } = input.player;
  await db.insert(attempts).values({
    id,
    quizId: input.quizId,
    studentId: studentId ?? null,
    assignmentId: input.assignmentId ?? null,
    previewOf: input.previewOf ?? null,
    userId: studentId ? null : (userId ?? null),
    guestId: studentId || userId ? null : guestId,
    nickname: input.nickname,
    plan: input.plan,
    maxScore: input.maxScore,
  });
  return { id };
}

/**
 * The answer keys of the question bank an attempt was dealt from, found by the attempt's id: it needs nothing the
 * lock returns, so a submit sends it together with `lockAttempt` (the lock is taken first, on the same connection).
 */
export async function listAttemptKeys({ attemptId, tx }: { attemptId: string; tx: Db }) {
  return tx
    .select({ id: questions.id, correctOption: questions.correctOption, options: questions.options, key: questions.key })
    .from(questions)
    // Only the questions dealt in the attempt (ten of a bank of forty or so): each row's options are parsed jsonb.
    .where(and(
      eq(questions.quizId, sql`(select ${attempts.quizId} from ${attempts} where ${attempts.id} = ${attemptId})`),
      sql`${questions.id} in (select p->>'questionId' from ${attempts}, jsonb_array_elements(${attempts.plan}) p where ${attempts.id} = ${attemptId})`,
    ));
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
    .where(and(eq(attempts.quizId, input.quizId), owner, isNull(attempts.submittedAt), isNull(attempts.assignmentId), isNull(attempts.studentId), isNull(attempts.previewOf), sql`${attempts.startedAt} > now() - interval '12 hours'`))
    .returning({ id: attempts.id });
  return open ?? null;
}

/** An attempt with its article and, for a class attempt, what its assignment lets the student see; null if none. */
export async function getAttemptRow({ id }: { id: string }) {
  const db = await readyDb();
  const [row] = await db
    .select({
      attempt: attempts,
      articleId: articles.id,
      articleSlug: articles.slug,
      articleTitle: articles.title,
      assignment: {
        id: assignments.id,
        closesAt: assignments.closesAt,
        revealAnswers: assignments.revealAnswers,
        showLeaderboard: assignments.showLeaderboard,
        confidenceMarks: assignments.confidenceMarks,
      },
    })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .innerJoin(articles, eq(articles.id, quizzes.articleId))
    .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .where(eq(attempts.id, id));
  return row ?? null;
}

/** The stored answers of a submitted attempt. */
export async function listAnswers({ attemptId }: { attemptId: string }): Promise<AnswerRow[]> {
  const db = await readyDb();
  return db.select().from(answers).where(eq(answers.attemptId, attemptId));
}

/**
 * Locks an attempt's row for the rest of the transaction (a second submit of it waits here, then reads it
 * submitted) and reads it with its article and whether its assignment has closed (by the database's clock).
 */
export async function lockAttempt({ id, tx }: { id: string; tx: Db }) {
  const [row] = await tx
    .select({ attempt: attempts, articleId: quizzes.articleId, closed: sql<boolean>`coalesce(${assignments.closesAt} <= now(), false)` })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .where(eq(attempts.id, id))
    .for('update', { of: attempts });
  return row ?? null;
}

/**
 * Waits until no other transaction is filing a play of this player on this article's board, and holds that until
 * commit: two tabs submitting two first plays at once are filed one after the other, so the second sees the first.
 */
export async function lockBoardSlot({ articleId, playerKey, tx }: { articleId: string; playerKey: string; tx: Db }): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`board:${articleId}:${playerKey}`}, 0))`);
}

/**
 * Marks a locked attempt submitted with its score. The time is taken now (after any wait for a lock), so the order
 * of submit times is the order submits were filed in; the duration is capped at the column's range (an attempt
 * left open for a month is still accepted).
 */
export async function markSubmitted({ id, score, weightedScore = null, idempotencyKey, tx }: { id: string; score: number; weightedScore?: number | null; idempotencyKey: string; tx: Db }) {
  const [row] = await tx
    .update(attempts)
    .set({
      submittedAt: sql`clock_timestamp()`,
      score,
      weightedScore,
      durationMs: sql`least(greatest(0, floor(extract(epoch from (clock_timestamp() - ${attempts.startedAt})) * 1000)), 2147483647)::int`,
      idempotencyKey,
      // The answers are stored as rows now: the draft they were saved in has done its work.
      draft: null,
    })
    .where(and(eq(attempts.id, id), isNull(attempts.submittedAt)))
    .returning();
  return row ?? null;
}

/** Replaces the saved answers of an open attempt (the caller holds its row lock and has checked it is open). */
export async function updateAttemptDraft({ id, draft, tx }: { id: string; draft: AttemptDraft; tx: Db }): Promise<boolean> {
  const rows = await tx.update(attempts).set({ draft }).where(and(eq(attempts.id, id), isNull(attempts.submittedAt))).returning({ id: attempts.id });
  return rows.length > 0;
}

/** Stores a submitted attempt's graded answers. */
export async function insertAnswers({ rows, tx }: { rows: (typeof answers.$inferInsert)[]; tx: Db }): Promise<void> {
  if (rows.length) await tx.insert(answers).values(rows);
}

/**
 * Files a submitted attempt on the public board as the attempt row stands (score, duration and submit time as
 * `markSubmitted` wrote them earlier in the same transaction), only if it took at least `minMsPerQuestion` per
 * question; a row already there (the player's first ranked play) is never replaced. True when a row was filed.
 */
export async function fileOnBoard({ attemptId, articleId, playerKey, minMsPerQuestion, tx }: { attemptId: string; articleId: string; playerKey: string; minMsPerQuestion: number; tx: Db }): Promise<boolean> {
  const filed = await tx
    .insert(leaderboardEntries)
    .select(
      tx
        .select({
          articleId: sql<string>`${articleId}`.as('article_id'),
          playerKey: sql<string>`${playerKey}`.as('player_key'),
          attemptId: attempts.id,
          nickname: attempts.nickname,
          score: sql<number>`coalesce(${attempts.score}, 0)`.as('score'),
          maxScore: attempts.maxScore,
          durationMs: sql<number>`coalesce(${attempts.durationMs}, 0)`.as('duration_ms'),
          submittedAt: sql<Date>`${attempts.submittedAt}`.as('submitted_at'),
          weightedScore: attempts.weightedScore,
        })
        .from(attempts)
        .where(and(eq(attempts.id, attemptId), sql`${attempts.submittedAt} is not null`, sql`${attempts.durationMs} >= ${minMsPerQuestion}::int * ${attempts.maxScore}`)),
    )
    .onConflictDoNothing({ target: [leaderboardEntries.articleId, leaderboardEntries.playerKey] })
    .returning({ attemptId: leaderboardEntries.attemptId });
  return filed.length > 0;
}

/** A teacher's unfinished preview of an assignment, so "Preview" again resumes it rather than dealing anew. */
export async function getOpenPreview({ userId, assignmentId }: { userId: string; assignmentId: string }): Promise<{ id: string } | null> {
  const db = await readyDb();
  const [open] = await db.select({ id: attempts.id }).from(attempts)
    .where(and(eq(attempts.userId, userId), eq(attempts.previewOf, assignmentId), isNull(attempts.submittedAt)))
    .limit(1);
  return open ?? null;
}
