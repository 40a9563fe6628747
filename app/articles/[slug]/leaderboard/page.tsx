import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { getPlayer } from '@/lib/auth/player';
import { getArticle } from '@/lib/db/queries/articles';
import { listLeaderboard } from '@/lib/db/queries/leaderboard';
import { formatDuration } from '@/lib/format';
import { safeParam } from '@/lib/validation/params';

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: 'Leaderboard' };

export default async function LeaderboardPage({ params }: Props) {
  await connection(); // rendered per request: the build must never touch the database
  const slug = safeParam((await params).slug);
  const player = await getPlayer();
  const [found, rows] = await Promise.all([getArticle({ slug, publicOnly: true }), listLeaderboard({ slug, player })]);
  if (!found || !rows) notFound();
  return (
    <>
      <p className="muted" style={{ margin: 0 }}><Link href={`/articles/${slug}`}>← {found.article.title}</Link></p>
      <h1>Leaderboard</h1>
      <p className="muted">Each player’s best attempt. Higher score first; on a tie, whoever finished earlier.</p>
      {rows.length === 0 ? (
        <p className="empty">Nobody has finished this quiz yet. <Link href={`/articles/${slug}/quiz`}>Be the first</Link>.</p>
      ) : (
        <table className="board">
          <caption className="muted" style={{ textAlign: 'left', paddingBottom: '.5rem' }}>Top players for “{found.article.title}”</caption>
          <thead>
            <tr><th scope="col" className="num">Rank</th><th scope="col">Nickname</th><th scope="col" className="num">Score</th><th scope="col" className="num">Time</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.attemptId} className={r.mine ? 'mine' : undefined} aria-current={r.mine ? 'true' : undefined}>
                <td className="num">{r.rank}</td>
                <td>{r.nickname}{r.mine ? <span className="badge">you</span> : null}</td>
                <td className="num">{r.score} / {r.maxScore}</td>
                <td className="num">{formatDuration(r.durationMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions"><Link className="button" href={`/articles/${slug}/quiz`}>Take the quiz</Link></div>
    </>
  );
}
