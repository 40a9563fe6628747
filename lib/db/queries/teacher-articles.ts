import { and, asc, desc, eq, isNotNull, isNull, or } from 'drizzle-orm';
import type { Db } from '../client';
import { randomId } from '../ids';
import { readyDb } from '../ready';
import { articles, questions, quizzes, type ArticleRow, type QuizRow } from '../schema';
import { toQuestion, toQuestionRows, type StoredQuestion } from './questions';

/*
 * A teacher's article is editable only while it is a draft. Once published it can be assigned, and attempts keep
 * question ids and grade against the stored answer key, so changing a question afterwards would quietly change
 * results students already have. Every function below finds the article by slug AND owner in its WHERE clause,
 * so another teacher's slug behaves exactly like a slug that does not exist: null, nothing changed. What a teacher
 * is told about a refusal is the use cases' (lib/server/edit-article.ts, publish-article.ts).
 */

/** A transaction handle. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Stores an analysed article as the teacher's draft with its question bank, in one transaction. Storing the same
 * text (same revision) under the same title again returns the draft already made.
 */
export async function createDraftArticle(input: {
  ownerId: string;
  slug: string;
  title: string;
  body: string;
  revision: string;
  generatorVersion: number;
  parsed: QuizRow['parsed'];
  analysis: QuizRow['analysis'];
  questions: StoredQuestion[];
}): Promise<{ slug: string }> {
  const { parsed } = input;
  const db = await readyDb();
  return db.transaction(async (tx) => {
    const [same] = await tx
      .select({ slug: articles.slug })
      .from(articles)
      .innerJoin(quizzes, eq(quizzes.articleId, articles.id))
      .where(and(eq(articles.ownerId, input.ownerId), isNull(articles.publishedAt), eq(articles.title, input.title), eq(quizzes.revision, input.revision)))
      .limit(1);
    if (same) return { slug: same.slug };
    const articleId = randomId();
    const quizId = randomId();
    await tx.insert(articles).values({
      id: articleId, slug: input.slug, title: input.title, date: parsed.date, source: parsed.source, url: parsed.url, body: input.body,
      featured: false, ownerId: input.ownerId, publishedAt: null,
    });
    await tx.insert(quizzes).values({
      id: quizId, articleId, revision: input.revision, generatorVersion: input.generatorVersion, parsed, analysis: input.analysis, questionCount: input.questions.length,
    });
    if (input.questions.length > 0) await tx.insert(questions).values(toQuestionRows(quizId, input.questions));
    return { slug: input.slug };
  });
}

export type TeacherArticleSummary = Pick<ArticleRow, 'slug' | 'title' | 'date' | 'source' | 'publishedAt' | 'createdAt'> & { questionCount: number };

/** The teacher's own articles, drafts and published, newest first. */
export async function listTeacherArticles({ ownerId }: { ownerId: string }): Promise<TeacherArticleSummary[]> {
  const db = await readyDb();
  const rows = await db
    .select({ slug: articles.slug, title: articles.title, date: articles.date, source: articles.source, publishedAt: articles.publishedAt, createdAt: articles.createdAt, questionCount: quizzes.questionCount })
    .from(articles)
    .innerJoin(quizzes, eq(quizzes.articleId, articles.id))
    .where(eq(articles.ownerId, ownerId))
    .orderBy(desc(articles.createdAt), desc(quizzes.createdAt));
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.slug) && seen.add(r.slug));
}

/** Articles a teacher may assign: the public ones plus their own published ones (never a draft, never another's). */
export async function listAssignableArticles({ ownerId }: { ownerId: string }): Promise<{ slug: string; title: string }[]> {
  const db = await readyDb();
  return db
    .selectDistinct({ slug: articles.slug, title: articles.title, featured: articles.featured })
    .from(articles)
    .innerJoin(quizzes, eq(quizzes.articleId, articles.id))
    .where(or(isNull(articles.ownerId), and(eq(articles.ownerId, ownerId), isNotNull(articles.publishedAt))))
    .orderBy(desc(articles.featured), asc(articles.title))
    .then((rows) => rows.map(({ slug, title }) => ({ slug, title })));
}

export type DraftQuestion = StoredQuestion & { custom: boolean; position: number };
export type Draft = { article: ArticleRow; quizId: string; parsed: QuizRow['parsed']; analysis: QuizRow['analysis']; questions: DraftQuestion[] };

/** The owner's article with its analysis and every question (answer keys included), or null when not theirs. */
export async function getDraft({ slug, ownerId }: { slug: string; ownerId: string }): Promise<Draft | null> {
  const db = await readyDb();
  const [row] = await db
    .select()
    .from(articles)
    .innerJoin(quizzes, eq(quizzes.articleId, articles.id))
    .where(and(eq(articles.slug, slug), eq(articles.ownerId, ownerId)))
    .orderBy(desc(quizzes.createdAt))
    .limit(1);
  if (!row) return null;
  const list = await db.select().from(questions).where(eq(questions.quizId, row.quizzes.id)).orderBy(asc(questions.position));
  return {
    article: row.articles,
    quizId: row.quizzes.id,
    parsed: row.quizzes.parsed,
    analysis: row.quizzes.analysis,
    questions: list.map((q) => ({ ...toQuestion(q), custom: q.custom, position: q.position })),
  };
}

/** The owner's article with its newest quiz, its row locked for the rest of the transaction; null if not theirs. */
export async function lockOwnArticle(tx: Tx, slug: string, ownerId: string) {
  const [own] = await tx
    .select({ id: articles.id, publishedAt: articles.publishedAt, quizId: quizzes.id, analysis: quizzes.analysis, questionCount: quizzes.questionCount })
    .from(articles)
    .innerJoin(quizzes, eq(quizzes.articleId, articles.id))
    .where(and(eq(articles.slug, slug), eq(articles.ownerId, ownerId)))
    .orderBy(desc(quizzes.createdAt))
    .limit(1)
    .for('update', { of: articles });
  return own ?? null;
}

/**
 * Publishes the owner's draft so it can be assigned, when it has at least `minQuestions`; publishing twice is fine.
 * Null when the article is not theirs.
 */
export async function publishDraft({ slug, ownerId, minQuestions }: { slug: string; ownerId: string; minQuestions: number }): Promise<{ ok: true } | { ok: false; reason: 'too-few' } | null> {
  const db = await readyDb();
  return db.transaction(async (tx) => {
    const own = await lockOwnArticle(tx, slug, ownerId);
    if (!own) return null;
    if (own.publishedAt) return { ok: true };
    if (own.questionCount < minQuestions) return { ok: false, reason: 'too-few' };
    await tx.update(articles).set({ publishedAt: new Date() }).where(and(eq(articles.id, own.id), eq(articles.ownerId, ownerId), isNull(articles.publishedAt)));
    return { ok: true };
  });
}
