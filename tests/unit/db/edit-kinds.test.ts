import { asc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/lib/db/client';
import { articles, questions } from '@/lib/db/schema';
import { updateQuestion } from '@/lib/server/edit-article';
import { makeKindsQuiz, makeTeacher } from './helpers';

afterAll(closeDb);

describe('the question editor and the kinds it cannot edit', () => {
  it('refuses to rewrite an evidence, order, several-answer or two-part question, draft or published, and changes nothing', async () => {
    const { slug, quizId, questions: bank } = await makeKindsQuiz();
    const teacher = await makeTeacher('Kinds');
    const db = await getDb();
    const [article] = await db.update(articles).set({ ownerId: teacher.id }).where(eq(articles.slug, slug)).returning();
    const stored = () => db.select().from(questions).where(eq(questions.quizId, quizId)).orderBy(asc(questions.id));
    const before = await stored();
    const others = bank.filter((q) => q.kind && q.kind !== 'choice');
    expect(new Set(others.map((q) => q.kind))).toEqual(new Set(['evidence', 'order', 'multi', 'two-part']));
    for (const published of [false, true]) {
      await db.update(articles).set({ publishedAt: published ? new Date() : null }).where(eq(articles.id, article.id));
      for (const q of others) {
        // What a choice edit form would send: it would make the question single choice and lose its key.
        const edit = { prompt: `${q.prompt} (edited)`, options: ['one', 'two', 'three'], answer: 0, explanation: 'Edited.', evidence: null };
        expect(await updateQuestion(teacher, { slug, questionId: q.id, ...edit })).toEqual({ ok: false, error: 'This kind of question cannot be changed here. You can remove it instead.' });
      }
    }
    expect(await stored()).toEqual(before);
  }, 90_000); // the first test of the file also waits for the database to be prepared
});
