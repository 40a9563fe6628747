import { deleteAnswersTo, listAnswersOf, listQuizKeys, lockAttemptsDealt, setAnswerGrade, setAttemptGrade } from '../db/queries/regrade';
import type { FixStep } from '../db/queries/article-questions';
import type { AnswerRow } from '../db/schema';
import { gradeSheet, maxPointsOf, type AnswerKey, type PlayerResponse } from '../quiz/grade';
import { confidenceRule, weightedScore, type Confidence } from '../quiz/confidence';
import { answerKeyOf } from './answer-key';

/** How many submitted attempts a fix re-graded, filled in by the step once it has run. */
export type RegradeTally = { regraded: number };

/** A stored answer's response as the grader takes it (answers stored before `response` was kept are single choice). */
function responseOf(row: AnswerRow): PlayerResponse {
  return row.response ?? { kind: 'one', option: row.chosen ?? -1 };
}

/** A stored answer's points (answers stored before `points` was kept earned 1 when right). */
const pointsOf = (row: AnswerRow) => row.points ?? (row.correct ? 1 : 0);

/**
 * The step that follows a teacher's fix to one question of a quiz (`removed`: it was taken out), run in the fix's
 * transaction: every attempt dealt that question is locked; a submitted one is graded again from its stored
 * responses by the one grader (lib/quiz/grade.ts `gradeSheet`) against the keys as they now stand, its changed
 * answers, score and public board row are written, and it is marked re-graded when its result changed; an open
 * one only loses the removed question from its plan. `tally` counts the re-graded attempts.
 */
export function regradeStep(questionId: string, removed: boolean, tally: RegradeTally): FixStep {
  return async (tx, quiz) => {
    const dealt = await lockAttemptsDealt({ quizId: quiz.id, questionId, tx });
    if (dealt.length === 0) return;
    const keys = new Map<string, AnswerKey>((await listQuizKeys({ quizId: quiz.id, tx })).map((r) => [r.id, answerKeyOf(r)]));
    const submitted = dealt.filter((a) => a.submittedAt);
    const given = await listAnswersOf({ attemptIds: submitted.map((a) => a.id), tx });
    if (removed) await deleteAnswersTo({ attemptIds: submitted.map((a) => a.id), questionId, tx });
    for (const attempt of dealt) {
      const plan = removed ? attempt.plan.filter((p) => p.questionId !== questionId) : attempt.plan;
      const sheet = plan.map((p) => {
        const key = keys.get(p.questionId);
        if (!key) throw new Error(`regrade: attempt ${attempt.id} was dealt question ${p.questionId}, which its quiz no longer has`);
        return { id: p.questionId, key };
      });
      const maxScore = sheet.reduce((s, q) => s + maxPointsOf(q.key), 0);
      if (!attempt.submittedAt) {
        if (removed) await setAttemptGrade({ id: attempt.id, plan, score: null, weightedScore: null, maxScore, regraded: false, tx });
        continue;
      }
      const mine = new Map(given.filter((g) => g.attemptId === attempt.id).map((g) => [g.questionId, g]));
      const responses: Record<string, PlayerResponse> = Object.create(null);
      const confidence: Partial<Record<string, Confidence>> = Object.create(null);
      for (const p of plan) {
        const row = mine.get(p.questionId);
        if (row) responses[p.questionId] = responseOf(row);
        if (row?.confidence) confidence[p.questionId] = row.confidence;
      }
      const graded = gradeSheet(sheet, responses);
      // The confidence marks follow the fix too: the same answer, said as sure, now right or wrong.
      const weigh = confidenceRule(confidence);
      const weighted = weightedScore(graded.answers, confidence).score;
      const changedAnswers = graded.answers.filter((a) => {
        const old = mine.get(a.questionId)!;
        return old.correct !== a.correct || pointsOf(old) !== a.points || (old.weightedPoints !== null && old.weightedPoints !== weigh(a));
      });
      const changed = removed || changedAnswers.length > 0 || graded.score !== attempt.score || maxScore !== attempt.maxScore;
      if (!changed) continue;
      await Promise.all([
        ...changedAnswers.map((a) => setAnswerGrade({ attemptId: attempt.id, questionId: a.questionId, correct: a.correct, points: a.points, weightedPoints: weigh(a), tx })),
        setAttemptGrade({ id: attempt.id, plan, score: graded.score, weightedScore: weighted, maxScore, regraded: true, tx }),
      ]);
      tally.regraded++;
    }
  };
}
