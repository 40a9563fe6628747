'use client';

import { useEffect, useState } from 'react';
import { formatDuration } from '@/lib/format';
import type { PublicLeaderboardRow } from '@/lib/leaderboard-row';

type Row = PublicLeaderboardRow & { mine?: boolean };

/**
 * The top of the board (the same for everyone, so the page around it can be cached) with the viewer's own row
 * fetched fresh and marked: in place when it is among the rows shown, else added in rank order.
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

  let shown: Row[] = rows;
  if (mine) {
    const same = (r: PublicLeaderboardRow) => r.nickname === mine.nickname && r.score === mine.score && r.submittedAt === mine.submittedAt;
    shown = rows.some(same)
      ? rows.map((r) => (same(r) ? { ...r, mine: true } : r))
      : // The cached top may be a moment older than the viewer's own row: place it by rank.
        [...rows.filter((r) => r.rank < mine.rank), { ...mine, mine: true }, ...rows.filter((r) => r.rank >= mine.rank)];
  }
  return (
    <table className="board">
      <caption className="muted" style={{ textAlign: 'left', paddingBottom: '.5rem' }}>Top players for “{title}”</caption>
      <thead>
        <tr><th scope="col" className="num">Rank</th><th scope="col">Nickname</th><th scope="col" className="num">Score</th><th scope="col" className="num">Time</th></tr>
      </thead>
      <tbody>
        {shown.map((r) => (
          <tr key={`${r.rank}-${r.mine ? 'me' : 'row'}`} className={r.mine ? 'mine' : undefined} aria-current={r.mine ? 'true' : undefined}>
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
