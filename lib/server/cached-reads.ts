import { unstable_cache } from 'next/cache';
import type { Analysis } from '../analysis/types';
import type { Article } from '../article/types';
import { getArticle, listArticles, type ArticleSummary } from '../db/queries/articles';
import { getLeaderboardTop, type BoardOrder, type LeaderboardRow } from '../db/queries/leaderboard';
import { listQuestionRows } from '../db/queries/questions';
import type { QuestionRow } from '../db/schema';
import { tags } from './cache-tags';

/**
 * Reads that are the same for every visitor, kept in the framework's data cache (unstable_cache: `'use cache'`
 * needs `cacheComponents`, whose prerendered shells cannot carry the per-request CSP nonce; see
 * docs/ARCHITECTURE.md). Each is cleared by its tag after a write (lib/server/cache-tags.ts) and also expires on its
 * own, which bounds how long another instance, whose memory a tag cleared here does not reach, can lag.
 *
 * What comes back went through JSON (dates are strings). Outside the Next server (vitest, scripts) there is no
 * framework cache: the read runs as it is.
 */
function cached<R>(read: () => Promise<R>, key: string[], options: { tags: string[]; revalidate: number }): Promise<R> {
  return process.env.NEXT_RUNTIME ? unstable_cache(read, key, options)() : read();
}

/** The home page's list of public articles (each reads its quiz's analysis for the reading time). Kept 60 s. */
export function getArticleList(): Promise<ArticleSummary[]> {
  return cached(listArticles, ['article-list'], { tags: [tags.articleList], revalidate: 60 });
}

/** An article as its readers see it: no owner-only fields, nothing that does not survive JSON. */
export type ReaderArticle = {
  slug: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  /** Set for a teacher's published article, which is read here but played only through a class assignment. */
  ownerId: string | null;
  quizId: string;
  parsed: Article;
  analysis: Analysis;
  questionCount: number;
};

async function readerArticle(slug: string): Promise<ReaderArticle | null> {
  const found = await getArticle({ slug });
  if (!found) return null;
  const { slug: s, title, date, source, url, ownerId } = found.article;
  return { slug: s, title, date, source, url, ownerId, quizId: found.quizId, parsed: found.parsed, analysis: found.analysis, questionCount: found.questionCount };
}

/**
 * A public or published article with its newest quiz, or null (a teacher's draft is never found here; its owner
 * previews it under /teacher). `publicOnly`: only the articles anyone may play openly (not a teacher's own).
 * Kept 60 s; cleared by `articleChanged`.
 */
export async function getReaderArticle({ slug, publicOnly = false }: { slug: string; publicOnly?: boolean }): Promise<ReaderArticle | null> {
  const found = await cached(() => readerArticle(slug), ['reader-article', slug], { tags: [tags.article(slug)], revalidate: 60 });
  return found && publicOnly && found.ownerId ? null : found;
}

/**
 * The top of a public article's board, the same for every viewer, or null when the article is not public. Kept
 * 2 s (another instance's copy lags a submit by at most about that); cleared on this instance by `boardsChanged`.
 */
export function getCachedLeaderboardTop({ slug, limit = 50, by = 'score' }: { slug: string; limit?: number; by?: BoardOrder }): Promise<{ articleId: string; title: string; rows: LeaderboardRow[] } | null> {
  return cached(() => getLeaderboardTop({ slug, limit, by }), ['board-top', slug, String(limit), by], { tags: [tags.boards], revalidate: 2 });
}

/**
 * A quiz's question bank with its answer keys (server only). It never changes once it can be played (a teacher
 * edits only a draft, which nobody can play): kept an hour.
 */
export function getQuestionBank({ quizId }: { quizId: string }): Promise<QuestionRow[]> {
  return cached(() => listQuestionRows({ quizId }), ['question-bank', quizId], { tags: [tags.banks], revalidate: 3600 });
}
