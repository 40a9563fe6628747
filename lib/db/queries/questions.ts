import { asc, eq } from 'drizzle-orm';
import type { Question, Skill } from '../../quiz/types';
import type { Db } from '../client';
import { readyDb } from '../ready';
import { questions, type QuestionRow } from '../schema';

/** Maps a stored row back to the generator's Question shape (answer key included: server only). */
export function toQuestion(row: QuestionRow): Question {
  return {
    id: row.id,
    skill: row.skill as Skill,
    prompt: row.prompt,
    options: row.options,
    answer: row.correctOption,
    evidence: row.evidence,
    explanation: row.explanation,
    difficulty: row.difficulty as 1 | 2 | 3,
  };
}

/** Every question row of a quiz's bank, in generator order, with answer keys. Server-side use only. */
export async function listQuestionRows({ quizId, tx }: { quizId: string; tx?: Db }): Promise<QuestionRow[]> {
  const db = tx ?? (await readyDb());
  return db.select().from(questions).where(eq(questions.quizId, quizId)).orderBy(asc(questions.position));
}
