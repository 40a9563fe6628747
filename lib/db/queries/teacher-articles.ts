import { randomBytes } from 'node:crypto';
import { and, asc, count, desc, eq, isNotNull, isNull, max, or } from 'drizzle-orm';
import type { Analysis } from '../../analysis/types';
import { ArticleError, parseArticle } from '../../article/parse';
import type { Article } from '../../article/types';
import { analyseOffThread, AnalysisBusyError, AnalysisFailedError, TooComplexError } from '../../server/analyse-off-thread';
import { GENERATOR_VERSION, type Question, type Skill } from '../../quiz/types';
import { customQuestionSchema, isHttpUrl, questionEditSchema, type ArticleImport } from '../../validation/article-import';
import type { Db } from '../client';
import { randomId } from '../ids';
import { readyDb } from '../ready';
import { revisionOf } from '../../server/seed-content';
import { articles, questions, quizzes, type ArticleRow } from '../schema';
import { toQuestion } from './questions';

/*
 * A teacher's article is editable only while it is a draft. Once published it can be assigned, and attempts keep
 * question ids and grade against the stored answer key, so changing a question afterwards would quietly change
 * results students already have. Every function below finds the article by slug AND owner in its WHERE clause,
 * so another teacher's slug behaves exactly like a slug that does not exist: null, nothing changed.
 */

export const MIN_QUESTIONS_TO_PUBLISH = 3;
const PUBLISHED = 'This article is published, so its questions can no longer change: students may already have answered them.';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Result<T = object> = ({ ok: true } & T) | { ok: false; error: string };

/** Lower-case words joined by dashes, plus a random suffix so a draft's address cannot be guessed. */
function makeSlug(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base || 'article'}-${randomBytes(6).toString('hex')}`;
}

/** ArticleError messages talk about "text"; the form talks about the box the teacher pasted into. */
function friendly(err: ArticleError): string {
  return `${err.message} Paste the full text of a news article into the Article text box.`;
}

/**
 * Analyses pasted text and stores it as the teacher's draft with its question bank, in one transaction. The form's
 * title, date, source and address win over ones found in the text, and the date is set before analysis so relative
 * dates ("on Tuesday") resolve against it. Pasting the same text again returns the draft already made.
 */
export async function createDraftArticle(input: ArticleImport & { ownerId: string }): Promise<Result<{ slug: string }>> {
  let parsed: Article;
  let analysis: Analysis;
  let bank: Question[];
  try {
    const found = parseArticle(input.body);
    // Metadata found in the pasted text is held to the same rules as the form's (a javascript: link never survives).
    const foundUrl = found.url && found.url.length <= 500 && isHttpUrl(found.url) ? found.url : null;
    const foundSource = found.source && found.source.length <= 120 ? found.source : null;
    parsed = { ...found, title: input.title, date: input.date ?? found.date, source: input.source ?? foundSource, url: input.url ?? foundUrl };
    // Off the request thread and on a time budget: one hostile paste must not stall the server for everyone.
    ({ analysis, bank } = await analyseOffThread(parsed));
  } catch (err) {
    if (err instanceof ArticleError) return { ok: false, error: friendly(err) };
    if (err instanceof TooComplexError || err instanceof AnalysisBusyError) return { ok: false, error: err.message };
    if (err instanceof AnalysisFailedError) {
      console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', message: `article analysis failed: ${err.message}` }));
      return { ok: false, error: 'Something in this article stopped the analysis. Try removing unusual symbols, or paste a shorter part of it.' };
    }
    throw err;
  }
  const revision = revisionOf(input.body);
  const db = await readyDb();
  return db.transaction(async (tx) => {
    const [same] = await tx
      .select({ slug: articles.slug })
      .from(articles)
      .innerJoin(quizzes, eq(quizzes.articleId, articles.id))
      .where(and(eq(articles.ownerId, input.ownerId), isNull(articles.publishedAt), eq(articles.title, parsed.title!), eq(quizzes.revision, revision)))
      .limit(1);
    if (same) return { ok: true as const, slug: same.slug };
    const articleId = randomId();
    const quizId = randomId();
    const slug = makeSlug(input.title);
    await tx.insert(articles).values({
      id: articleId, slug, title: input.title, date: parsed.date, source: parsed.source, url: parsed.url, body: input.body,
      featured: false, ownerId: input.ownerId, publishedAt: null,
    });
    await tx.insert(quizzes).values({ id: quizId, articleId, revision, generatorVersion: GENERATOR_VERSION, parsed, analysis, questionCount: bank.length });
    if (bank.length > 0) {
      await tx.insert(questions).values(
        bank.map((q, position) => ({
          quizId, id: q.id, position, skill: q.skill, prompt: q.prompt, options: q.options, correctOption: q.answer,
          evidence: q.evidence, explanation: q.explanation, difficulty: q.difficulty,
        })),
      );
    }
    return { ok: true as const, slug };
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

export type DraftQuestion = Question & { custom: boolean; position: number };
export type Draft = { article: ArticleRow; quizId: string; parsed: Article; analysis: Analysis; questions: DraftQuestion[] };

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
    parsed: row.quizzes.parsed as Article,
    analysis: row.quizzes.analysis as Analysis,
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
  change: (tx: Tx, quiz: { id: string; sentences: number }) => Promise<Result<T> | null>,
): Promise<Result<T> | null> {
  const db = await readyDb();
  return db.transaction(async (tx) => {
    const own = await lockOwnArticle(tx, slug, ownerId);
    if (!own) return null;
    if (own.publishedAt) return { ok: false, error: PUBLISHED };
    const result = await change(tx, { id: own.quizId, sentences: (own.analysis as Analysis).sentences.length });
    if (result?.ok) {
      const [{ n }] = await tx.select({ n: count() }).from(questions).where(eq(questions.quizId, own.quizId));
      await tx.update(quizzes).set({ questionCount: n }).where(eq(quizzes.id, own.quizId));
    }
    return result;
  });
}

const outOfRange = (sentences: number) => `There is no sentence with that number: the article has ${sentences} sentences.`;

/** Removes one question from the owner's draft. */
export async function deleteQuestion({ slug, ownerId, questionId }: { slug: string; ownerId: string; questionId: string }): Promise<Result | null> {
  return withOwnDraft(slug, ownerId, async (tx, quiz) => {
    const gone = await tx.delete(questions).where(and(eq(questions.quizId, quiz.id), eq(questions.id, questionId))).returning({ id: questions.id });
    return gone.length ? { ok: true } : null;
  });
}

/**
 * Rewrites one question of the owner's draft. `evidence` is the main sentence: null or the question's current
 * first sentence keeps all its current sentences, another index makes that sentence the only one.
 */
export async function updateQuestion(input: { slug: string; ownerId: string; questionId: string; prompt: string; options: string[]; answer: number; explanation: string; evidence: number | null }): Promise<Result | null> {
  const parsed = questionEditSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0].message };
  const v = parsed.data;
  return withOwnDraft(input.slug, input.ownerId, async (tx, quiz) => {
    const where = and(eq(questions.quizId, quiz.id), eq(questions.id, input.questionId));
    const [current] = await tx.select({ evidence: questions.evidence }).from(questions).where(where);
    if (!current) return null;
    if (v.evidence !== null && v.evidence >= quiz.sentences) return { ok: false, error: outOfRange(quiz.sentences) };
    const evidence = v.evidence === null || v.evidence === current.evidence[0] ? current.evidence : [v.evidence];
    await tx.update(questions).set({ prompt: v.prompt, options: v.options, correctOption: v.answer, explanation: v.explanation, evidence }).where(where);
    return { ok: true };
  });
}

/** Adds a question the teacher wrote to the end of their draft. */
export async function addCustomQuestion(input: { slug: string; ownerId: string; skill?: Skill; prompt: string; options: string[]; answer: number; explanation: string; evidence: number }): Promise<Result<{ id: string }> | null> {
  const parsed = customQuestionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0].message };
  const v = parsed.data;
  return withOwnDraft<{ id: string }>(input.slug, input.ownerId, async (tx, quiz) => {
    if (v.evidence >= quiz.sentences) return { ok: false, error: outOfRange(quiz.sentences) };
    const [{ last }] = await tx.select({ last: max(questions.position) }).from(questions).where(eq(questions.quizId, quiz.id));
    const id = `custom-${randomId().slice(0, 8)}`;
    await tx.insert(questions).values({
      quizId: quiz.id, id, position: (last ?? -1) + 1, skill: v.skill, prompt: v.prompt, options: v.options, correctOption: v.answer,
      evidence: [v.evidence], explanation: v.explanation, difficulty: 2, custom: true,
    });
    return { ok: true as const, id };
  });
}

/** Publishes the owner's draft so it can be assigned; refused below MIN_QUESTIONS_TO_PUBLISH. Publishing twice is fine. */
export async function publishArticle({ slug, ownerId }: { slug: string; ownerId: string }): Promise<Result | null> {
  const db = await readyDb();
  return db.transaction(async (tx) => {
    const own = await lockOwnArticle(tx, slug, ownerId);
    if (!own) return null;
    if (own.publishedAt) return { ok: true };
    if (own.questionCount < MIN_QUESTIONS_TO_PUBLISH) {
      return { ok: false, error: `A quiz needs at least ${MIN_QUESTIONS_TO_PUBLISH} questions before you publish it. Add your own questions first.` };
    }
    await tx.update(articles).set({ publishedAt: new Date() }).where(and(eq(articles.id, own.id), eq(articles.ownerId, ownerId), isNull(articles.publishedAt)));
    return { ok: true };
  });
}
