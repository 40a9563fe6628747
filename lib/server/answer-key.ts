import type { QuestionRow } from '../db/schema';
import type { AnswerKey } from '../quiz/grade';

/** A stored question's answer key: its `key` column, or single choice of its options (every question so far). */
export function answerKeyOf(row: Pick<QuestionRow, 'key' | 'correctOption' | 'options'>): AnswerKey {
  return row.key ?? { kind: 'one', answer: row.correctOption, options: row.options.length };
}
