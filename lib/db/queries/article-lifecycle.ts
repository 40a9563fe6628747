import { and, asc, eq, sql } from 'drizzle-orm';
import { randomId } from '../ids';
import { readyDb } from '../ready';
import { articles, assignments, questions, quizzes } from '../schema';
import { lockOwnArticle } from './teacher-articles';

/*
 * A teacher's article as a whole: deleted while it is a draft nobody was set, taken back from publication (its
 * assignments and their results stay), or copied into a new draft. Found by slug AND owner, as every teacher
 * article query is: another teacher's slug is null.
 */

/** Deletes the owner's draft; refused when it is published or any class was ever set it (its results would go too). */
export async function deleteOwnDraft({ slug, ownerId }: { slug: string; ownerId: string }): Promise<{ ok: true } | { ok: false; reason: 'published' | 'assigned' } | null> {
  const db = await readyDb();
  return db.transaction(async (tx) => {
    const own = await lockOwnArticle(tx, slug, ownerId);
    if (!own) return null;
    if (own.publishedAt) return { ok: false, reason: 'published' };
    const [set] = await tx.select({ id: assignments.id }).from(assignments).innerJoin(quizzes, eq(quizzes.id, assignments.quizId)).where(eq(quizzes.articleId, own.id)).limit(1);
    if (set) return { ok: false, reason: 'assigned' };
    await tx.delete(articles).where(and(eq(articles.id, own.id), eq(articles.ownerId, ownerId)));
    return { ok: true };
  });
}

/** Takes the owner's article back to a draft: no new assignments; the ones made keep their results. */
export async function unpublishOwnArticle({ slug, ownerId }: { slug: string; ownerId: string }): Promise<{ ok: true } | null> {
  const db = await readyDb();
  const done = await db.update(articles).set({ publishedAt: null }).where(and(eq(articles.slug, slug), eq(articles.ownerId, ownerId))).returning({ id: articles.id });
  return done.length ? { ok: true } : null;
}

/**
 * Copies the owner's article, its newest quiz and every question of it into a new draft of theirs, named by
 * `name` from the original's title, in one transaction. Students' attempts stay with the original.
 */
export async function duplicateOwnArticle({ slug, ownerId, name }: { slug: string; ownerId: string; name: (title: string) => { slug: string; title: string } }): Promise<{ slug: string } | null> {
  const db = await readyDb();
  return db.transaction(async (tx) => {
    const own = await lockOwnArticle(tx, slug, ownerId);
    if (!own) return null;
    const [article] = await tx.select().from(articles).where(eq(articles.id, own.id));
    const [quiz] = await tx.select().from(quizzes).where(eq(quizzes.id, own.quizId));
    const bank = await tx.select().from(questions).where(eq(questions.quizId, own.quizId)).orderBy(asc(questions.position));
    const copy = name(article.title);
    const articleId = randomId();
    const quizId = randomId();
    await tx.insert(articles).values({ ...article, id: articleId, slug: copy.slug, title: copy.title, publishedAt: null, createdAt: sql`now()` });
    await tx.insert(quizzes).values({ ...quiz, id: quizId, articleId, createdAt: sql`now()` });
    if (bank.length) await tx.insert(questions).values(bank.map((q) => ({ ...q, quizId })));
    return { slug: copy.slug };
  });
}
