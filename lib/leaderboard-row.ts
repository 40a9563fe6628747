import type { LeaderboardRow } from './db/queries/leaderboard';

/** A leaderboard row as it crosses to the browser: no attempt id, dates as strings, the player as an opaque key. */
export type PublicLeaderboardRow = { rank: number; player: string; nickname: string; score: number; maxScore: number; durationMs: number; submittedAt: string };

export function toPublicRow(r: LeaderboardRow): PublicLeaderboardRow {
  return { rank: r.rank, player: r.player, nickname: r.nickname, score: r.score, maxScore: r.maxScore, durationMs: r.durationMs, submittedAt: r.submittedAt.toISOString() };
}

/**
 * The board as the viewer sees it: the (possibly cached, a moment old) top rows with the viewer's own fresh row
 * marked and placed by rank. Their older row in the top, if the cached copy still has one, gives way to it.
 */
export function withMyRow(rows: PublicLeaderboardRow[], mine: PublicLeaderboardRow | null): (PublicLeaderboardRow & { mine?: boolean })[] {
  if (!mine) return rows;
  const others = rows.filter((r) => r.player !== mine.player);
  return [...others.filter((r) => r.rank < mine.rank), { ...mine, mine: true }, ...others.filter((r) => r.rank >= mine.rank)];
}
