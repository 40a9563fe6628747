import type { Player } from '../db/queries/attempts';
import { getMyLeaderboardRow, playerKeysOf, type BoardOrder, type LeaderboardRow } from '../db/queries/leaderboard';
import { getCachedLeaderboardTop } from './cached-reads';

/** A board row as the viewer sees it: `mine` marks their own. */
export type ViewerLeaderboardRow = LeaderboardRow & { mine: boolean };

/** A board row as it crosses to the browser: no attempt id, no player key. */
export type PublicLeaderboardRow = Pick<ViewerLeaderboardRow, 'rank' | 'nickname' | 'score' | 'maxScore' | 'weightedScore' | 'durationMs' | 'submittedAt' | 'mine'>;

export function toPublicRow({ rank, nickname, score, maxScore, weightedScore, durationMs, submittedAt, mine }: ViewerLeaderboardRow): PublicLeaderboardRow {
  return { rank, nickname, score, maxScore, weightedScore, durationMs, submittedAt, mine };
}

/**
 * An article's public board as this viewer sees it: the top `limit` rows (the same for everyone, from the data
 * cache) with the viewer's own row, read fresh, marked and placed by its rank (`withOwnRow`). Null when the article
 * is not public. `by: 'confidence'` ranks by confidence-weighted marks instead of the plain score.
 */
export async function getLeaderboard({ slug, player, limit = 50, by = 'score' }: { slug: string; player: Player | null; limit?: number; by?: BoardOrder }): Promise<ViewerLeaderboardRow[] | null> {
  return (await getBoardView({ slug, player, limit, by }))?.rows ?? null;
}

/**
 * The same board with the article's title, for the leaderboard page: the cached top already names the article, so
 * the page reads nothing else of it (the whole cached article, text and analysis, was copied out of the cache per
 * view only for its title).
 */
export async function getBoardView({ slug, player, limit = 50, by = 'score' }: { slug: string; player: Player | null; limit?: number; by?: BoardOrder }): Promise<{ title: string; rows: ViewerLeaderboardRow[] } | null> {
  const top = await getCachedLeaderboardTop({ slug, limit, by });
  if (!top) return null;
  const keys = playerKeysOf(player);
  const own = keys.length ? await getMyLeaderboardRow({ articleId: top.articleId, player, by }) : null;
  return { title: top.title, rows: withOwnRow(top.rows, own, keys) };
}

/**
 * The top rows with the viewer's rows marked (`keys`: every key they may have played under) and their best row
 * `own` in its place by rank, also below the top. The top may be a moment older than `own` (another instance's
 * copy, not yet expired): `own` then replaces whatever that copy holds for the same player, so a player always
 * sees their newest result right after submitting.
 */
export function withOwnRow(top: LeaderboardRow[], own: LeaderboardRow | null, keys: string[]): ViewerLeaderboardRow[] {
  const rows = top.filter((r) => r.playerKey !== own?.playerKey).map((r) => ({ ...r, mine: keys.includes(r.playerKey) }));
  if (own) {
    const at = rows.findIndex((r) => r.rank >= own.rank);
    rows.splice(at < 0 ? rows.length : at, 0, { ...own, mine: true });
  }
  return rows;
}
