import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { readyDb } from '../ready';
import { articles, leaderboardEntries } from '../schema';
import type { Player } from './attempts';

/**
 * One row of an article's public board. `playerKey` never leaves the server (it holds the account or guest id);
 * `submittedAt` is an ISO string so that a board can be kept in the framework's data cache, which stores JSON.
 */
export type LeaderboardRow = {
  rank: number;
  attemptId: string;
  playerKey: string;
  nickname: string;
  score: number;
  maxScore: number;
  durationMs: number;
  submittedAt: string;
  /** Confidence-weighted marks (out of 3 × `maxScore`); null on rows filed before they were kept. */
  weightedScore: number | null;
};

/** What a board ranks by: the plain score, or the confidence-weighted marks (rows without them are left out). */
export type BoardOrder = 'score' | 'confidence';

/** The leaderboard keys an attempt is filed under: its account, else its guest browser. */
export function playerKeyOf(owner: { userId?: string | null; guestId?: string | null }): string | null {
  if (owner.userId) return `u:${owner.userId}`;
  if (owner.guestId) return `g:${owner.guestId}`;
  return null;
}

/** Every key this caller may have played under (an account and the guest browser it used before signing in). */
export function playerKeysOf(player: Player | null): string[] {
  return [playerKeyOf({ userId: player?.userId }), playerKeyOf({ guestId: player?.guestId })].filter((k): k is string => k !== null);
}

const lb = leaderboardEntries;
/** Each order's sort, its filter (matching the partial index leaderboard_entries_weighted) and its ranked column. */
const orders = {
  score: { by: [desc(lb.score), asc(lb.submittedAt), asc(lb.attemptId)], on: undefined, column: sql.raw('score') },
  confidence: { by: [desc(lb.weightedScore), asc(lb.submittedAt), asc(lb.attemptId)], on: isNotNull(lb.weightedScore), column: sql.raw('weighted_score') },
} as const;

function toRow(e: typeof leaderboardEntries.$inferSelect, rank: number): LeaderboardRow {
  return {
    rank,
    attemptId: e.attemptId,
    playerKey: e.playerKey,
    nickname: e.nickname,
    score: e.score,
    maxScore: e.maxScore,
    durationMs: e.durationMs,
    submittedAt: e.submittedAt.toISOString(),
    weightedScore: e.weightedScore,
  };
}

/**
 * The top `limit` rows of a public article's board: each player's ranked attempt (their first play, see
 * lib/leaderboard-policy.ts), higher score (or weighted marks, `by: 'confidence'`) first and, on a tie, the earlier
 * submission. The same for every viewer; null when the article is not public. Reads `limit` rows of the rank
 * index, whatever the number of attempts.
 */
export async function getLeaderboardTop({ slug, limit = 50, by = 'score' }: { slug: string; limit?: number; by?: BoardOrder }): Promise<{ articleId: string; title: string; rows: LeaderboardRow[] } | null> {
  const db = await readyDb();
  const [article] = await db.select({ id: articles.id, title: articles.title }).from(articles).where(and(eq(articles.slug, slug), isNull(articles.ownerId)));
  if (!article) return null;
  const { by: sort, on } = orders[by];
  const top = await db.select().from(lb).where(and(eq(lb.articleId, article.id), on)).orderBy(...sort).limit(limit);
  return { articleId: article.id, title: article.title, rows: top.map((row, i) => toRow(row, i + 1)) };
}

/**
 * The caller's own row on an article's board with its true rank, or null when they have none (or no identity).
 * One statement: the caller's best row (a signed-in player may also have one from the guest browser they used
 * before), and 1 + the rows ahead of it, counted on the rank index (article_id, score desc, submitted_at,
 * attempt_id; or its weighted twin). The comparison runs in SQL against the stored row: a JS Date keeps
 * milliseconds, the column microseconds, and a tie within one millisecond must still count as ahead.
 */
export async function getMyLeaderboardRow({ articleId, player, by = 'score' }: { articleId: string; player: Player | null; by?: BoardOrder }): Promise<LeaderboardRow | null> {
  const keys = playerKeysOf(player);
  if (!keys.length) return null;
  const db = await readyDb();
  const { by: sort, on, column: c } = orders[by];
  const [found] = await db
    .select({
      entry: lb,
      ahead: sql<number>`(select count(*) from leaderboard_entries e where e.article_id = leaderboard_entries.article_id
        and (e.${c} > leaderboard_entries.${c} or (e.${c} = leaderboard_entries.${c}
          and (e.submitted_at, e.attempt_id) < (leaderboard_entries.submitted_at, leaderboard_entries.attempt_id))))`.mapWith(Number),
    })
    .from(lb)
    .where(and(eq(lb.articleId, articleId), inArray(lb.playerKey, keys), on))
    .orderBy(...sort)
    .limit(1);
  return found ? toRow(found.entry, 1 + found.ahead) : null;
}
