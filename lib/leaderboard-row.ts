import type { LeaderboardRow } from './db/queries/leaderboard';

/** A leaderboard row as it crosses to the browser: no attempt id, dates as strings. */
export type PublicLeaderboardRow = { rank: number; nickname: string; score: number; maxScore: number; durationMs: number; submittedAt: string };

export function toPublicRow(r: LeaderboardRow): PublicLeaderboardRow {
  return { rank: r.rank, nickname: r.nickname, score: r.score, maxScore: r.maxScore, durationMs: r.durationMs, submittedAt: r.submittedAt.toISOString() };
}
