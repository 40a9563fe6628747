import { eq } from 'drizzle-orm';
import { readyDb } from '../ready';
import { quizzes, type QuizRow } from '../schema';

/** The parsed article and analysis a quiz was made from (the revision an assignment deals), or null. */
export async function getQuizText({ quizId }: { quizId: string }): Promise<Pick<QuizRow, 'parsed' | 'analysis'> | null> {
  const db = await readyDb();
  const [row] = await db.select({ parsed: quizzes.parsed, analysis: quizzes.analysis }).from(quizzes).where(eq(quizzes.id, quizId));
  return row ?? null;
}
