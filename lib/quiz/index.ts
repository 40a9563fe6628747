import type { Article } from '../article/types';
import type { Analysis } from '../analysis/types';
import { analyzeText } from '../analysis/index';
import type { Question, QuestionKind } from './types';
import { generateQuestions } from './generate';

export * from './types';
export { generateQuestions } from './generate';
export { checkQuestion } from './check';
export { DEFAULT_KINDS, selectQuiz, toPublicQuestion, type Pick } from './select';
export { gradeAttempt, gradeSheet, GradeError, type AnswerKey, type GradeResult, type PlayerResponse, type PointsRule } from './grade';
export { readSheet } from './sheet';

/**
 * Parses and analyses article text, then generates its checked question bank (throws ArticleError on bad input):
 * single-choice questions, and the items of the other `kinds` when asked for.
 */
export function buildQuestionBank(text: string, options: { kinds?: readonly QuestionKind[] } = {}): { article: Article; analysis: Analysis; questions: Question[] } {
  const { article, analysis } = analyzeText(text);
  return { article, analysis, questions: generateQuestions(article, analysis, options) };
}
