import type { Article } from '../article/types';
import type { Analysis } from '../analysis/types';
import { analyzeText } from '../analysis/index';
import type { Question } from './types';
import { generateQuestions } from './generate';

export * from './types';
export { generateQuestions } from './generate';
export { checkQuestion } from './check';
export { selectQuiz, toPublicQuestion, type Pick } from './select';
export { gradeAttempt, gradeSheet, GradeError, type AnswerKey, type GradeResult, type PlayerResponse, type PointsRule } from './grade';
export { readSheet } from './sheet';

/** Parses and analyses article text, then generates its checked question bank (throws ArticleError on bad input). */
export function buildQuestionBank(text: string): { article: Article; analysis: Analysis; questions: Question[] } {
  const { article, analysis } = analyzeText(text);
  return { article, analysis, questions: generateQuestions(article, analysis) };
}
