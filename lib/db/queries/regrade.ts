import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { answers, attempts, leaderboardEntries, questions, type AnswerRow, type AttemptPlan, type AttemptRow } from '../schema';

/*
 * The rows a re-grade reads and writes, inside the caller's transaction (lib/server/fix-question.ts): the grading
 * itself is the core's, never SQL's.
 */

/** Every question of a quiz with what its answer key is made of. */
export async function listQuizKeys({ quizId, tx }: { quizId: string; tx: Db }) {
  return tx.select({ id: questions.id, correctOption: questions.correctOption, options: questions.options, key: questions.key }).from(questions).where(eq(questions.quizId, quizId));
}

/**
 * The attempts at a quiz that were dealt a question, submitted or not, locked until commit: a submit of one of them
 * waits here and then grades against the fixed key (or finds it re-graded).
 */
export async function lockAttemptsDealt({ quizId, questionId, tx }: { quizId: string; questionId: string; tx: Db }): Promise<AttemptRow[]> {
  return tx
    .select()
    .from(attempts)
    .where(and(eq(attempts.quizId, quizId), sql`${attempts.plan} @> ${JSON.stringify([{ questionId }])}::jsonb`))
    .orderBy(attempts.id)
    .for('update');
}

/** The stored answers of these attempts. */
export async function listAnswersOf({ attemptIds, tx }: { attemptIds: string[]; tx: Db }): Promise<AnswerRow[]> {
  if (attemptIds.length === 0) return [];
  return tx.select().from(answers).where(inArray(answers.attemptId, attemptIds));
}

/** Writes one answer's new grade. */
export async function setAnswerGrade({ attemptId, questionId, correct, points, weightedPoints, tx }: {
  attemptId: string; questionId: string; correct: boolean; points: number; weightedPoints: number; tx: Db;
}) {
  await tx.update(answers).set({ correct, points, weightedPoints }).where(and(eq(answers.attemptId, attemptId), eq(answers.questionId, questionId)));
}

/** Deletes the answers to a question that was taken out of a quiz. */
export async function deleteAnswersTo({ attemptIds, questionId, tx }: { attemptIds: string[]; questionId: string; tx: Db }) {
  if (attemptIds.length) await tx.delete(answers).where(and(inArray(answers.attemptId, attemptIds), eq(answers.questionId, questionId)));
}

/**
 * Stores an attempt's new plan and score after a fix; `regraded` marks a submitted one whose result changed (the
 * student's result page says so). The public board row of the attempt, if it has one, follows.
 */
export async function setAttemptGrade(input: {
  id: string; plan: AttemptPlan; score: number | null; weightedScore: number | null; maxScore: number; regraded: boolean; tx: Db;
}) {
  const { tx, id, plan, score, weightedScore, maxScore, regraded } = input;
  await tx.update(attempts).set({ plan, score, weightedScore, maxScore, ...(regraded ? { regradedAt: sql`now()` } : {}) }).where(eq(attempts.id, id));
  if (score !== null) await tx.update(leaderboardEntries).set({ score, weightedScore, maxScore }).where(eq(leaderboardEntries.attemptId, id));
}
