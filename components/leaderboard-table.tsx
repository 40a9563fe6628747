import { formatDuration } from '@/lib/format';
import type { BoardOrder } from '@/lib/db/queries/leaderboard';
import type { PublicLeaderboardRow } from '@/lib/server/leaderboard';

/**
 * The top of the board with the viewer's own row marked (and placed by its rank when it falls below the top). On
 * the confidence board the weighted marks (out of 3 × the score's maximum) are the ranked column.
 */
export function LeaderboardTable({ title, rows, by = 'score' }: { title: string; rows: PublicLeaderboardRow[]; by?: BoardOrder }) {
  const weighted = by === 'confidence';
  return (
    <table className="board">
      <caption className="muted" style={{ textAlign: 'left', paddingBottom: '.5rem' }}>
        Top players for “{title}”{weighted ? ' by confidence marks' : ''}. On equal {weighted ? 'marks' : 'scores'}, whoever handed in first ranks higher.
      </caption>
      <thead>
        <tr>
          <th scope="col" className="num">Rank</th><th scope="col">Nickname</th>
          {weighted ? <th scope="col" className="num">Confidence marks</th> : null}
          <th scope="col" className="num">Score</th><th scope="col" className="num">Time</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} className={r.mine ? 'mine' : undefined} aria-current={r.mine ? 'true' : undefined}>
            <td className="num">{r.rank}</td>
            <td>{r.nickname}{r.mine ? <span className="badge">you</span> : null}</td>
            {/* One text node per cell (not three): 50 rows of them are serialised twice per view. */}
            {weighted ? <td className="num">{`${r.weightedScore ?? '–'} / ${3 * r.maxScore}`}</td> : null}
            <td className="num">{`${r.score} / ${r.maxScore}`}</td>
            <td className="num">{formatDuration(r.durationMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
