import { and, asc, count, desc, eq, isNotNull, isNull, max, or } from 'drizzle-orm';
import type { Db } from '../client';
import { randomId } from '../ids';
import { readyDb } from '../ready';
import { articles, questions, quizzes, type ArticleRow, type QuestionRow, type QuizRow } from '../schema';
import { toQuestion, toQuestionRows, type StoredQuestion } from './questions';

/*
 * A teacher's article is editable only while it is a draft. Once published it can be assigned, and attempts keep
 * question ids and grade against the stored answer key, so changing a question afterwards would quietly change
 * results students already have. Every function below finds the article by slug AND owner in its WHERE clause,
 * so another teacher's slug behaves exactly like a slug that does not exist: null, nothing changed. What a teacher
 * is told about a refusal is the use cases' (lib/server/edit-article.ts, publish-article.ts).
 */

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A write to a draft: done, or refused because it is published, or because the sentence named is not in it. */
export type DraftWrite<T = object> = ({ ok: true } & T) | { ok: false; reason: 'published' } | { ok: false; reason: 'no-sentence'; sentences: number };

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
async function lockOwnArticle(tx: Tx, slug: string, ownerId: string) {
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
 * Runs `change` on the owner's article inside a transaction with the article row locked, so a publish and an
 * edit cannot interleave. Null when the article is not theirs; a refusal when it is already published.
 */
async function withOwnDraft<T>(
  slug: string,
  ownerId: string,
  change: (tx: Tx, quiz: { id: string; sentences: number }) => Promise<DraftWrite<T> | null>,
): Promise<DraftWrite<T> | null> {
  const db = await readyDb();
  return db.transaction(async (tx) => {
    const own = await lockOwnArticle(tx, slug, ownerId);
    if (!own) return null;
    if (own.publishedAt) return { ok: false, reason: 'published' };
    const result = await change(tx, { id: own.quizId, sentences: own.analysis.sentences.length });
    if (result?.ok) {
      const [{ n }] = await tx.select({ n: count() }).from(questions).where(eq(questions.quizId, own.quizId));
      await tx.update(quizzes).set({ questionCount: n }).where(eq(quizzes.id, own.quizId));
    }
    return result;
  });
}

/** The columns of a question a teacher writes or edits. */
type QuestionFields = Pick<QuestionRow, 'prompt' | 'options' | 'correctOption' | 'explanation'>;

/** Removes one question from the owner's draft; null when there is no such question in a draft of theirs. */
export async function deleteDraftQuestion({ slug, ownerId, questionId }: { slug: string; ownerId: string; questionId: string }): Promise<DraftWrite | null> {
  return withOwnDraft(slug, ownerId, async (tx, quiz) => {
    const gone = await tx.delete(questions).where(and(eq(questions.quizId, quiz.id), eq(questions.id, questionId))).returning({ id: questions.id });
    return gone.length ? { ok: true } : null;
  });
}

/**
 * Rewrites one question of the owner's draft. `evidence` is the main sentence: null or the question's current
 * first sentence keeps all its current sentences, another index makes that sentence the only one.
 */
export async function updateDraftQuestion(input: { slug: string; ownerId: string; questionId: string; fields: QuestionFields; evidence: number | null }): Promise<DraftWrite | null> {
  const { fields, evidence: main } = input;
  return withOwnDraft(input.slug, input.ownerId, async (tx, quiz) => {
    const where = and(eq(questions.quizId, quiz.id), eq(questions.id, input.questionId));
    const [current] = await tx.select({ evidence: questions.evidence }).from(questions).where(where);
    if (!current) return null;
    if (main !== null && main >= quiz.sentences) return { ok: false, reason: 'no-sentence', sentences: quiz.sentences };
    const evidence = main === null || main === current.evidence[0] ? current.evidence : [main];
    await tx.update(questions).set({ ...fields, evidence }).where(where);
    return { ok: true };
  });
}

/** Adds a question the teacher wrote, resting on one sentence, to the end of their draft. */
export async function addDraftQuestion(input: { slug: string; ownerId: string; skill: QuestionRow['skill']; fields: QuestionFields; evidence: number }): Promise<DraftWrite<{ id: string }> | null> {
  return withOwnDraft<{ id: string }>(input.slug, input.ownerId, async (tx, quiz) => {
    if (input.evidence >= quiz.sentences) return { ok: false, reason: 'no-sentence', sentences: quiz.sentences };
    const [{ last }] = await tx.select({ last: max(questions.position) }).from(questions).where(eq(questions.quizId, quiz.id));
    const id = `custom-${randomId().slice(0, 8)}`;
    await tx.insert(questions).values({
      ...input.fields, quizId: quiz.id, id, position: (last ?? -1) + 1, skill: input.skill, evidence: [input.evidence], difficulty: 2, custom: true,
    });
    return { ok: true as const, id };
  });
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
