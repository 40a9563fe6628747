import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { getDb } from '../client';
import { readyDb } from '../ready';
import { randomId } from '../ids';
import { articles, questions, quizzes, type ArticleRow, type QuizRow } from '../schema';
import { toQuestionRows, type StoredQuestion } from './questions';

export type ArticleSummary = Pick<ArticleRow, 'slug' | 'title' | 'date' | 'source'> & {
  readingMinutes: number;
  words: number;
  fleschKincaidGrade: number;
  questionCount: number;
};

/** Home page list: featured (seeded) articles first, then newest. */
export async function listArticles(): Promise<ArticleSummary[]> {
  const db = await readyDb();
  const rows = await db
    .select({
      slug: articles.slug,
      title: articles.title,
      date: articles.date,
      source: articles.source,
      analysis: quizzes.analysis,
      questionCount: quizzes.questionCount,
      quizCreated: quizzes.createdAt,
    })
    .from(articles)
    .innerJoin(quizzes, eq(quizzes.articleId, articles.id))
    .where(isNull(articles.ownerId)) // teachers' own articles are not public
    .orderBy(desc(articles.featured), desc(articles.date), asc(articles.title), desc(quizzes.createdAt));
  const seen = new Set<string>();
  const list: ArticleSummary[] = [];
  for (const r of rows) {
    if (seen.has(r.slug)) continue; // only the newest quiz of each article
    seen.add(r.slug);
    list.push({ slug: r.slug, title: r.title, date: r.date, source: r.source, readingMinutes: r.analysis.stats.readingMinutes, words: r.analysis.stats.words, fleschKincaidGrade: r.analysis.stats.fleschKincaidGrade, questionCount: r.questionCount });
  }
  return list;
}

export type ArticleWithQuiz = {
  article: ArticleRow;
  quizId: string;
  parsed: QuizRow['parsed'];
  analysis: QuizRow['analysis'];
  questionCount: number;
};

/**
 * An article by slug with its newest quiz (parsed text and analysis), or null when there is none. A teacher's
 * unpublished draft is found only by its owner (`viewerId`).
 */
export async function getArticle({ slug, viewerId, publicOnly = false }: {
  slug: string;
  viewerId?: string | null;
  /** Only the public articles (not a teacher's own): the open quiz and leaderboard exist only for those. */
  publicOnly?: boolean;
}): Promise<ArticleWithQuiz | null> {
  const db = await readyDb();
  const [row] = await db
    .select()
    .from(articles)
    .innerJoin(quizzes, eq(quizzes.articleId, articles.id))
    .where(eq(articles.slug, slug))
    .orderBy(desc(quizzes.createdAt))
    .limit(1);
  if (!row) return null;
  if (row.articles.ownerId && publicOnly) return null;
  if (row.articles.ownerId && !row.articles.publishedAt && row.articles.ownerId !== viewerId) return null;
  return {
    article: row.articles,
    quizId: row.quizzes.id,
    parsed: row.quizzes.parsed,
    analysis: row.quizzes.analysis,
    questionCount: row.quizzes.questionCount,
  };
}

/**
 * Stores an article and the question bank of this revision, in one transaction. Idempotent: an article that
 * exists keeps its row, and a quiz for the same revision and generator version is not made twice.
 * Uses the raw handle, not readyDb(), because the seed step that prepares the database calls it
 * (lib/server/seed-content.ts).
 */
/**
 * Whether an article already has the quiz of this revision and generator version: the seed step asks before it
 * builds a question bank, so a restart costs one query per bundled article instead of an analysis each.
 */
export async function hasQuiz({ slug, revision, generatorVersion }: { slug: string; revision: string; generatorVersion: number }): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: quizzes.id })
    .from(quizzes)
    .innerJoin(articles, eq(quizzes.articleId, articles.id))
    .where(and(eq(articles.slug, slug), eq(quizzes.revision, revision), eq(quizzes.generatorVersion, generatorVersion)))
    .limit(1);
  return Boolean(row);
}

export async function createArticleWithQuiz(input: {
  slug: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  body: string;
  featured: boolean;
  revision: string;
  generatorVersion: number;
  parsed: QuizRow['parsed'];
  analysis: QuizRow['analysis'];
  questions: StoredQuestion[];
}): Promise<{ articleId: string; quizId: string; created: boolean }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx
      .insert(articles)
      .values({ id: randomId(), slug: input.slug, title: input.title, date: input.date, source: input.source, url: input.url, body: input.body, featured: input.featured })
      .onConflictDoNothing({ target: articles.slug });
    const [article] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.slug, input.slug));
    const [existing] = await tx
      .select({ id: quizzes.id })
      .from(quizzes)
      .where(and(eq(quizzes.articleId, article.id), eq(quizzes.revision, input.revision), eq(quizzes.generatorVersion, input.generatorVersion)));
    if (existing) return { articleId: article.id, quizId: existing.id, created: false };
    const quizId = randomId();
    await tx.insert(quizzes).values({
      id: quizId,
      articleId: article.id,
      revision: input.revision,
      generatorVersion: input.generatorVersion,
      parsed: input.parsed,
      analysis: input.analysis,
      questionCount: input.questions.length,
    });
    if (input.questions.length > 0) await tx.insert(questions).values(toQuestionRows(quizId, input.questions));
    return { articleId: article.id, quizId, created: true };
  });
}
