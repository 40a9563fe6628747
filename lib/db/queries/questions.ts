import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { readyDb } from '../ready';
import { questions, type QuestionRow } from '../schema';

/** A stored question in the generator's shape (the core's `Question`), answer key included: server only. */
export type StoredQuestion = Pick<QuestionRow, 'id' | 'skill' | 'prompt' | 'options' | 'evidence' | 'explanation' | 'difficulty'> & { answer: number };

/** Maps a stored row back to the generator's question shape (`correctOption` is the core's `answer`). */
export function toQuestion(row: QuestionRow): StoredQuestion {
  return {
    id: row.id,
    skill: row.skill,
    prompt: row.prompt,
    options: row.options,
    answer: row.correctOption,
    evidence: row.evidence,
    explanation: row.explanation,
    difficulty: row.difficulty,
  };
}

/** Every question row of a quiz's bank, in generator order, with answer keys. Server-side use only. */
export async function listQuestionRows({ quizId, tx }: { quizId: string; tx?: Db }): Promise<QuestionRow[]> {
  const db = tx ?? (await readyDb());
  return db.select().from(questions).where(eq(questions.quizId, quizId)).orderBy(asc(questions.position));
}

/** The question columns of a bank in generator order, for inserting with the bank's quiz (see createArticleWithQuiz). */
export function toQuestionRows(quizId: string, bank: StoredQuestion[]) {
  return bank.map((q, position) => ({
    quizId, id: q.id, position, skill: q.skill, prompt: q.prompt, options: q.options, correctOption: q.answer,
    evidence: q.evidence, explanation: q.explanation, difficulty: q.difficulty,
  }));
}
