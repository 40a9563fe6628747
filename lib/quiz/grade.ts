import type { Question } from './types';

/** Thrown for an answer sheet that does not fit the quiz; the message names the question number. */
export class GradeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GradeError';
  }
}

export interface GradeResult {
  score: number;
  maxScore: number;
  results: { questionId: string; chosen: number; correct: boolean }[];
}

/**
 * Grades an attempt. `answers` maps question id -> CANONICAL option index (callers undo the player's shuffle
 * first). Every question must be answered, and nothing else may be.
 */
/** What grading needs of a question: a whole Question, or just its key as the submit path reads it. */
export type Gradable = Pick<Question, 'id' | 'answer'> & { options: { readonly length: number } };

export function gradeAttempt(questions: Gradable[], answers: Record<string, number>): GradeResult {
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) throw new GradeError(`An answer was sent for a question that is not in this quiz (${id}).`);
  }
  const results = questions.map((q, n) => {
    if (!Object.prototype.hasOwnProperty.call(answers, q.id)) {
      throw new GradeError(`Question ${n + 1} has no answer. Pick an option for every question.`);
    }
    const chosen = answers[q.id];
    if (!Number.isInteger(chosen) || chosen < 0 || chosen >= q.options.length) {
      throw new GradeError(`Question ${n + 1}: the chosen option does not exist (pick 1 to ${q.options.length}).`);
    }
    return { questionId: q.id, chosen, correct: chosen === q.answer };
  });
  const score = results.filter((r) => r.correct).length;
  return { score, maxScore: questions.length, results };
}
