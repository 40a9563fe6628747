'use client';

import { useEffect, useState } from 'react';
import { formatDuration } from '@/lib/format';
import { withMyRow, type PublicLeaderboardRow } from '@/lib/leaderboard-row';

/**
 * The top of the board (the same for everyone, so the page around it can be cached) with the viewer's own row
 * fetched fresh and marked, in rank order (replacing its older copy when the cached top still shows one).
 */
export function LeaderboardTable({ slug, title, rows }: { slug: string; title: string; rows: PublicLeaderboardRow[] }) {
  const [mine, setMine] = useState<PublicLeaderboardRow | null>(null);
  useEffect(() => {
    let live = true;
    fetch(`/api/articles/${encodeURIComponent(slug)}/leaderboard/me`, { cache: 'no-store' })
      .then((res) => (res.ok ? res.json() : { row: null }))
      .then((body: { row: PublicLeaderboardRow | null }) => live && setMine(body.row))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [slug]);

  const shown = withMyRow(rows, mine);
  return (
    <table className="board">
      <caption className="muted" style={{ textAlign: 'left', paddingBottom: '.5rem' }}>Top players for “{title}”. On equal scores, whoever handed in first ranks higher.</caption>
      <thead>
        <tr><th scope="col" className="num">Rank</th><th scope="col">Nickname</th><th scope="col" className="num">Score</th><th scope="col" className="num">Time</th></tr>
      </thead>
      <tbody>
        {shown.map((r) => (
          <tr key={r.player} className={r.mine ? 'mine' : undefined} aria-current={r.mine ? 'true' : undefined}>
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
