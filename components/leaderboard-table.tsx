import { formatDuration } from '@/lib/format';
import type { PublicLeaderboardRow } from '@/lib/server/leaderboard';

/** The top of the board with the viewer's own row marked (and placed by its rank when it falls below the top). */
export function LeaderboardTable({ title, rows }: { title: string; rows: PublicLeaderboardRow[] }) {
  return (
    <table className="board">
      <caption className="muted" style={{ textAlign: 'left', paddingBottom: '.5rem' }}>Top players for “{title}”. On equal scores, whoever handed in first ranks higher.</caption>
      <thead>
        <tr><th scope="col" className="num">Rank</th><th scope="col">Nickname</th><th scope="col" className="num">Score</th><th scope="col" className="num">Time</th></tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} className={r.mine ? 'mine' : undefined} aria-current={r.mine ? 'true' : undefined}>
            <td className="num">{r.rank}</td>
            <td>{r.nickname}{r.mine ? <span className="badge">you</span> : null}</td>
            <td className="num">{r.score} / {r.maxScore}</td>
            <td className="num">{formatDuration(r.durationMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
