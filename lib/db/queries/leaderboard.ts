import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { createHmac } from 'node:crypto';
import { getAuthSecret } from '../../auth/secret';
import type { Db } from '../client';
import { readyDb } from '../ready';
import { statement } from '../statement';
import { articles, leaderboardEntries } from '../schema';
import type { Player } from './attempts';

export type LeaderboardRow = {
  rank: number;
  attemptId: string;
  nickname: string;
  score: number;
  maxScore: number;
  durationMs: number;
  submittedAt: Date;
  mine: boolean;
  /** Stands for the player on this board without saying who they are (see `publicPlayerKey`). */
  player: string;
};

/** The leaderboard keys an attempt is filed under: its account, else its guest browser. */
export function playerKeyOf(owner: { userId?: string | null; guestId?: string | null }): string | null {
  if (owner.userId) return `u:${owner.userId}`;
  if (owner.guestId) return `g:${owner.guestId}`;
  return null;
}

/** Every key this caller may have played under (an account and the guest browser it used before signing in). */
function keysOf(player: Player | null): string[] {
  const { userKey, guestKey } = keyParams(player);
  return [userKey, guestKey].filter((k): k is string => k !== null);
}

/** The same keys as the statement parameters `my_rank` takes (null where the caller has no such identity). */
function keyParams(player: Player | null): { userKey: string | null; guestKey: string | null } {
  return {
    userKey: player?.userId ? playerKeyOf({ userId: player.userId }) : null,
    guestKey: player?.guestId ? playerKeyOf({ guestId: player.guestId }) : null,
  };
}

const order = [desc(leaderboardEntries.score), asc(leaderboardEntries.submittedAt), asc(leaderboardEntries.attemptId)];

/**
 * An article's public leaderboard: each player's ranked attempt (their first play, see lib/leaderboard-policy.ts),
 * higher score first and, on a tie, the earlier
 * submission. Returns the top `limit` rows, plus the caller's own row with its rank when it falls below them;
 * null when the article is not public. Cost depends on `limit` and the number of players, never on the number
 * of attempts (see `leaderboardEntries`).
 */
export async function listLeaderboard({ slug, player, limit = 50 }: { slug: string; player: Player | null; limit?: number }): Promise<LeaderboardRow[] | null> {
  const db = await readyDb();
  const [article] = await db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, slug), isNull(articles.ownerId)));
  if (!article) return null;
  const keys = keysOf(player);
  const top = await db.select().from(leaderboardEntries).where(eq(leaderboardEntries.articleId, article.id)).orderBy(...order).limit(limit);
  const rows: LeaderboardRow[] = top.map((e, i) => toRow(e, i + 1, keys.includes(e.playerKey)));
  if (keys.length && !rows.some((r) => r.mine)) {
    const own = await myRank(db, article.id, player);
    if (own) rows.push(own);
  }
  return rows;
}

/**
 * The caller's own row on a public article's board with its rank, or null when they have not played it (or the
 * article is not public). Rank = 1 + players with a higher score (from `higherScores`, kept 2 s) + players with the
 * same score who submitted earlier (an index range count in the same statement as the row).
 */
export async function myLeaderboardRow({ slug, player }: { slug: string; player: Player | null }): Promise<LeaderboardRow | null> {
  if (!keysOf(player).length) return null;
  const db = await readyDb();
  const [found] = await myRankStatement(db, { slug, articleId: null, ...keyParams(player) });
  return found ? fromRankRow(db, found.j) : null;
}

/** The caller's best row on an article's board with its rank (1 + the rows ahead of it), or null if they have none. */
async function myRank(db: Db, articleId: string, player: Player | null): Promise<LeaderboardRow | null> {
  const [found] = await myRankStatement(db, { slug: null, articleId, ...keyParams(player) });
  return found ? fromRankRow(db, found.j) : null;
}


// The article by id, or by slug when public, and the caller's best row with the equal scores submitted before it: a
// range scan on the rank index (article_id, score desc, submitted_at, attempt_id). Compared in SQL against the stored
// row: a JS Date keeps milliseconds, the column microseconds, and a tie within one millisecond must count as ahead.
const myRankStatement = statement<{ j: string }>('my_rank', () => sql`
  with best as (
    select e.* from leaderboard_entries e
     where e.article_id = coalesce(${sql.placeholder('articleId')}::text,
             (select a.id from articles a where a.slug = ${sql.placeholder('slug')}::text and a.owner_id is null))
       and e.player_key in (${sql.placeholder('userKey')}::text, ${sql.placeholder('guestKey')}::text)
     order by e.score desc, e.submitted_at, e.attempt_id
     limit 1
  )
  select json_build_object(
    'articleId', b.article_id, 'playerKey', b.player_key, 'attemptId', b.attempt_id, 'nickname', b.nickname,
    'score', b.score, 'maxScore', b.max_score, 'durationMs', b.duration_ms, 'submittedAt', b.submitted_at,
    'tiesAhead', (select count(*) from leaderboard_entries e where e.article_id = b.article_id and e.score = b.score
           and (e.submitted_at, e.attempt_id) < (b.submitted_at, b.attempt_id))
  )::text as j
  from best b`);

const higherScoresStatement = statement<{ score: number; n: number }>('score_counts', () => sql`
  select score, count(*)::int as n from leaderboard_entries where article_id = ${sql.placeholder('articleId')} group by score`);

const SCORE_COUNTS_TTL_MS = 2_000;
// Per process, like the cached board: article id -> when counted, and how many players have each score.
const g = globalThis as unknown as { __fqScoreCounts?: Map<string, { at: number; counts: Promise<Map<number, number>> }> };
const scoreCounts = (g.__fqScoreCounts ??= new Map());

/**
 * How many players on an article's board have a higher score than `score`. A per-score count of the board, kept
 * for 2 s (the cached board's own age): counting the rows ahead on every request made "my rank" cost more as a
 * board's scores rose (at 1 M attempts nearly every seeded player has 10/10, and the count took twice as long).
 * A rank can lag other players' changes by those 2 s; the caller's own row is always fresh.
 */
async function higherScores(db: Db, articleId: string, score: number): Promise<number> {
  let hit = scoreCounts.get(articleId);
  if (!hit || Date.now() - hit.at >= SCORE_COUNTS_TTL_MS) {
    const counts = higherScoresStatement(db, { articleId }).then((rows) => new Map(rows.map((r) => [Number(r.score), Number(r.n)])));
    hit = { at: Date.now(), counts };
    scoreCounts.set(articleId, hit);
    counts.catch(() => scoreCounts.delete(articleId)); // a failed count is not kept
  }
  let n = 0;
  for (const [s, count] of await hit.counts) if (s > score) n += count;
  return n;
}

async function fromRankRow(db: Db, j: string): Promise<LeaderboardRow> {
  const r = JSON.parse(j) as { articleId: string; playerKey: string; attemptId: string; nickname: string; score: number; maxScore: number; durationMs: number; submittedAt: string; tiesAhead: number };
  return {
    rank: 1 + (await higherScores(db, r.articleId, r.score)) + r.tiesAhead,
    attemptId: r.attemptId,
    nickname: r.nickname,
    score: r.score,
    maxScore: r.maxScore,
    durationMs: r.durationMs,
    submittedAt: new Date(r.submittedAt),
    mine: true,
    player: publicPlayerKey(r.articleId, r.playerKey),
  };
}

function toRow(e: typeof leaderboardEntries.$inferSelect, rank: number, mine: boolean): LeaderboardRow {
  return {
    rank,
    attemptId: e.attemptId,
    nickname: e.nickname,
    score: e.score,
    maxScore: e.maxScore,
    durationMs: e.durationMs,
    submittedAt: e.submittedAt,
    mine,
    player: publicPlayerKey(e.articleId, e.playerKey),
  };
}

/**
 * An opaque, stable key for a player's row on one article's board, so a page can tell the viewer's fresh row from
 * their older one in a cached copy of the board. Keyed with the server secret and the article: it reveals no guest
 * id or account, and does not link one player's rows across boards.
 */
export function publicPlayerKey(articleId: string, playerKey: string): string {
  return createHmac('sha256', getAuthSecret()).update(`board:${articleId}:${playerKey}`).digest('base64url').slice(0, 16);
}
