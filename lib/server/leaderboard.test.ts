import { describe, expect, it } from 'vitest';
import type { LeaderboardRow } from '../db/queries/leaderboard';
import { withOwnRow } from './leaderboard';

const row = (rank: number, playerKey: string, score: number): LeaderboardRow => ({
  rank, playerKey, score, attemptId: `a-${playerKey}`, nickname: playerKey, maxScore: 10, weightedScore: score, durationMs: 60_000, submittedAt: '2026-12-05T04:00:00.000Z',
});
const shown = (rows: ReturnType<typeof withOwnRow>) => rows.map((r) => [r.rank, r.playerKey, r.mine]);

describe('the board as one viewer sees it', () => {
  const top = [row(1, 'g:a', 9), row(2, 'g:b', 7), row(3, 'g:c', 5)];

  it('marks the viewer in the top, and adds their row with its true rank when it falls below', () => {
    expect(shown(withOwnRow(top, row(2, 'g:b', 7), ['g:b']))).toEqual([[1, 'g:a', false], [2, 'g:b', true], [3, 'g:c', false]]);
    expect(shown(withOwnRow(top, row(120, 'g:z', 1), ['g:z']))).toEqual([[1, 'g:a', false], [2, 'g:b', false], [3, 'g:c', false], [120, 'g:z', true]]);
    expect(shown(withOwnRow(top, null, []))).toEqual([[1, 'g:a', false], [2, 'g:b', false], [3, 'g:c', false]]);
  });

  it('shows a result just submitted in its place when the cached top (another instance’s copy) predates it', () => {
    // The player's new 8/10 ranks 2nd; the copy of the top was taken before it existed.
    expect(shown(withOwnRow(top, row(2, 'g:new', 8), ['g:new']))).toEqual([[1, 'g:a', false], [2, 'g:new', true], [2, 'g:b', false], [3, 'g:c', false]]);
  });

  it('marks a signed-in player’s rows under the account and under the guest browser they played on before', () => {
    const both = [row(1, 'u:lee', 9), row(2, 'g:lee', 7)];
    expect(shown(withOwnRow(both, row(1, 'u:lee', 9), ['u:lee', 'g:lee']))).toEqual([[1, 'u:lee', true], [2, 'g:lee', true]]);
  });
});
