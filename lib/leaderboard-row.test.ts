import { describe, expect, it } from 'vitest';
import { withMyRow, type PublicLeaderboardRow } from './leaderboard-row';

const row = (rank: number, player: string, score: number): PublicLeaderboardRow => ({
  rank, player, nickname: `P ${player}`, score, maxScore: 10, durationMs: 1000, submittedAt: `2026-11-30T12:00:0${rank}.000Z`,
});

describe('the viewer’s own row on a cached board', () => {
  const top = [row(1, 'a', 10), row(2, 'b', 9), row(3, 'me', 5), row(4, 'c', 4)];

  it('marks it in place when the cached top has it as it is', () => {
    const shown = withMyRow(top, row(3, 'me', 5));
    expect(shown.map((r) => [r.player, r.rank, !!r.mine])).toEqual([['a', 1, false], ['b', 2, false], ['me', 3, true], ['c', 4, false]]);
  });

  it('shows only the fresh row when the viewer improved since the copy was cached (never the old one too)', () => {
    const shown = withMyRow(top, row(2, 'me', 9));
    expect(shown.filter((r) => r.player === 'me')).toEqual([{ ...row(2, 'me', 9), mine: true }]);
    expect(shown.map((r) => r.player)).toEqual(['a', 'me', 'b', 'c']);
  });

  it('adds it at the end when it is below the top, and leaves the board alone for a viewer with no row', () => {
    expect(withMyRow(top.slice(0, 2), row(120, 'me', 1)).map((r) => r.player)).toEqual(['a', 'b', 'me']);
    expect(withMyRow(top, null)).toBe(top);
  });
});
