import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { readyDb } from '../ready';
import { questions, type AnswerKey, type QuestionKind, type QuestionRow } from '../schema';

/** A stored question in the generator's shape (the core's `Question`), answer key included: server only. */
export type StoredQuestion = Pick<QuestionRow, 'id' | 'skill' | 'prompt' | 'options' | 'evidence' | 'explanation' | 'difficulty'> & {
  answer: number;
  kind?: QuestionKind;
  key?: AnswerKey;
  partB?: { prompt: string };
};

/**
 * The kind a stored key answers to. The key is the one record of a question's kind (no separate column can
 * disagree with it); a row without one is single choice, as every question stored before kinds existed.
 */
const KIND_OF_KEY: Record<AnswerKey['kind'], QuestionKind> = { one: 'choice', several: 'multi', order: 'order', sentences: 'evidence', 'two-part': 'two-part' };

/** The kind of a stored question, from its key column. */
export function kindOfKey(key: AnswerKey | null): QuestionKind {
  return key ? KIND_OF_KEY[key.kind] : 'choice';
}

/** Maps a stored row back to the generator's question shape (`correctOption` is the core's `answer`). */
export function toQuestion(row: QuestionRow): StoredQuestion {
  const q: StoredQuestion = {
    id: row.id,
    skill: row.skill,
    prompt: row.prompt,
    kind: kindOfKey(row.key),
    options: row.options,
    answer: row.correctOption,
    evidence: row.evidence,
    explanation: row.explanation,
    difficulty: row.difficulty,
  };
  if (row.key) q.key = row.key;
  if (row.partBPrompt !== null) q.partB = { prompt: row.partBPrompt };
  return q;
}

/** Every question row of a quiz's bank, in generator order, with answer keys. Server-side use only. */
export async function listQuestionRows({ quizId, tx }: { quizId: string; tx?: Db }): Promise<QuestionRow[]> {
  const db = tx ?? (await readyDb());
  return db.select().from(questions).where(eq(questions.quizId, quizId)).orderBy(asc(questions.position));
}

/**
 * The question columns of a bank in generator order, for inserting with the bank's quiz (see createArticleWithQuiz).
 * A single-choice question keeps its key in `correct_option` alone (as before kinds), unless it is worth more than a
 * point; every other kind stores its key, and a two-part item its part B prompt.
 */
export function toQuestionRows(quizId: string, bank: StoredQuestion[]) {
  return bank.map((q, position) => ({
    quizId, id: q.id, position, skill: q.skill, prompt: q.prompt, options: q.options, correctOption: q.answer,
    key: q.key && !(q.key.kind === 'one' && q.key.points === undefined) ? q.key : null,
    partBPrompt: q.partB?.prompt ?? null,
    evidence: q.evidence, explanation: q.explanation, difficulty: q.difficulty,
  }));
}
