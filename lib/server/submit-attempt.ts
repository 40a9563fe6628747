import { ownsAttempt } from '../auth/owns-attempt';
import { withDbTimeout } from '../db/errors';
import {
  fileOnBoard,
  insertAnswers,
  listAttemptKeys,
  lockAttempt,
  lockBoardSlot,
  markSubmitted,
  type Player,
} from '../db/queries/attempts';
import { getFirstOpenPlay } from '../db/queries/held-back';
import { playerKeyOf } from '../db/queries/leaderboard';
import { inTransaction, type Tx } from '../db/queries/transaction';
import type { AttemptRow } from '../db/schema';
import { minRankedMsPerQuestion } from '../leaderboard-policy';
import { confidenceRule, weightedScore, type Confidence } from '../quiz/confidence';
import { GradeError, gradeSheet, type SheetResult } from '../quiz/grade';
import { readSheet, type ShownAnswer } from '../quiz/sheet';
import { answerKeyOf } from './answer-key';
import { boardsChanged } from './cache-tags';

export type SubmitResult =
  | { ok: true; score: number; maxScore: number; alreadySubmitted: boolean }
  /** `field`: the question to go to; `missing`: every question with no answer, when there are several. */
  | { ok: false; error: string; field?: string; missing?: string[] };

/**
 * How long a submit may take, from the first query to the commit: past it the caller gets "try again" (a 503) and
 * nothing it could see was half-done. The one bound on a submit: postgres.js can leave a transaction waiting forever
 * when its connection is reset (see `withDbTimeout`). Retrying is safe: if the transaction still commits later, the
 * retry finds the attempt submitted and answers with that result.
 */
export const SUBMIT_TIMEOUT_MS = 8_000;

export const CLOSED = 'This assignment has closed, so new answers can no longer be accepted.';

/**
 * Grades and stores a player's answers to an attempt (`shown`: question id -> the answer in the indices the player saw,
 * see `ShownAnswer`), in one short transaction: lock the attempt, check it is the player's, still open and not yet submitted,
 * read the dealt questions' keys, grade with lib/quiz/grade.ts, then store the score, the answers and the public
 * leaderboard row. Null when the attempt does not exist or is not the player's.
 *
 * A repeated submit, with the same idempotency key or another, at once or later, answers with the first result
 * (the second waits on the row lock, then finds it submitted). A refused sheet stores nothing and names the
 * question. A submit that files a row on the public board clears the cached board tops once it has committed.
 */
export async function submitAttempt(input: SubmitInput): Promise<SubmitResult | null> {
  const filed = { onBoard: false };
  const result = await withDbTimeout(inTransaction((tx) => submitIn(tx, input, filed)), SUBMIT_TIMEOUT_MS);
  if (filed.onBoard) boardsChanged();
  return result;
}

/** `confidence`: how sure the player was, per question id (optional, each entry optional). */
type SubmitInput = { id: string; player: Player; shown: Record<string, ShownAnswer>; confidence?: Partial<Record<string, Confidence>>; idempotencyKey: string };

async function submitIn(tx: Tx, input: SubmitInput, filed: { onBoard: boolean }): Promise<SubmitResult | null> {
  // The keys are read in the same round trip as the lock (postgres.js pipelines queries issued together; the
  // server runs them in order): they never change, and they stay on the server whoever asked.
  const [locked, keyRows] = await Promise.all([lockAttempt({ id: input.id, tx }), listAttemptKeys({ attemptId: input.id, tx })]);
  if (!locked || !ownsAttempt(locked.attempt, input.player)) return null;
  const { attempt, articleId } = locked;
  if (attempt.submittedAt) return { ok: true, score: attempt.score ?? 0, maxScore: attempt.maxScore, alreadySubmitted: true };
  if (locked.closed) return { ok: false, error: CLOSED };

  const confidence = input.confidence ?? {};
  const keys = new Map(keyRows.map((r) => [r.id, answerKeyOf(r)]));
  let graded: SheetResult;
  try {
    const dealt = attempt.plan.map((p) => {
      const key = keys.get(p.questionId);
      if (!key) throw new Error(`submit: attempt ${attempt.id} dealt a question its quiz does not have`);
      return { ...p, id: p.questionId, key };
    });
    graded = gradeSheet(dealt, readSheet(dealt, input.shown));
    if (Object.keys(confidence).some((id) => !keys.has(id) || !attempt.plan.some((p) => p.questionId === id))) {
      throw new GradeError('One of the "how sure" choices is for a question that is not in this quiz.');
    }
  } catch (err) {
    if (err instanceof GradeError) return { ok: false, error: err.message, ...(err.questionId ? { field: err.questionId } : {}), ...(err.missing ? { missing: err.missing } : {}) };
    throw err;
  }

  // The plain score stays the headline; the weighted marks are kept beside it (every play: open play shows both).
  const weigh = confidenceRule(confidence);
  const weighted = weightedScore(graded.answers, confidence);
  const boardKey = openPlayKey(attempt);
  // Before the attempt is marked: a second tab's first play of this article waits at the lock until this one is
  // filed, and then finds it (the lock and the look-up go out together, the look-up runs once the lock is held).
  // Queries issued together go out together: postgres.js pipelines them on the transaction's connection (one round
  // trip) and the server runs them in the order sent.
  const firstPlay = boardKey
    ? (await Promise.all([lockBoardSlot({ articleId, playerKey: boardKey, tx }), getFirstOpenPlay({ articleId, owner: attempt, tx })]))[1] === null
    : false;
  // Sent together, in this order: the board row is filed from the attempt row as markSubmitted leaves it. The key
  // is scoped to the attempt, so a key the player reused on another attempt does not collide with it.
  const [stored, , onBoard] = await Promise.all([
    markSubmitted({ id: attempt.id, score: graded.score, weightedScore: weighted.score, idempotencyKey: `${attempt.id}.${input.idempotencyKey}`, tx }),
    insertAnswers({
      tx,
      rows: graded.answers.map((a) => ({
        attemptId: attempt.id,
        questionId: a.questionId,
        chosen: a.response.kind === 'one' ? a.response.option : null,
        correct: a.correct,
        response: a.response,
        points: a.points,
        confidence: confidence[a.questionId] ?? null,
        weightedPoints: weigh(a),
      })),
    }),
    // The board ranks a player's first open play of an article, only if it took long enough to read the questions
    // (lib/leaderboard-policy.ts); class attempts never go on it.
    boardKey && firstPlay ? fileOnBoard({ attemptId: attempt.id, articleId, playerKey: boardKey, minMsPerQuestion: minRankedMsPerQuestion(), tx }) : false,
  ]);
  if (!stored) throw new Error(`submit: attempt ${attempt.id} was submitted while its row was locked`);
  filed.onBoard = onBoard;
  return { ok: true, score: graded.score, maxScore: stored.maxScore, alreadySubmitted: false };
}

/**
 * The public board's key of an open-play attempt (its account, else its guest browser); null for a class attempt
 * and for a teacher's preview of an assignment.
 */
function openPlayKey(attempt: AttemptRow): string | null {
  if (attempt.studentId || attempt.assignmentId || attempt.previewOf) return null;
  return playerKeyOf(attempt);
}
