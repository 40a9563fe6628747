import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { LeaderboardTable } from '@/components/leaderboard-table';
import { getPlayer } from '@/lib/auth/player';
import { MIN_RANKED_MS_PER_QUESTION } from '@/lib/leaderboard-policy';
import { getReaderArticle } from '@/lib/server/cached-reads';
import { getLeaderboard, toPublicRow } from '@/lib/server/leaderboard';
import { safeParam } from '@/lib/validation/params';

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: 'Leaderboard' };

/** The top of the board comes from the data cache; the viewer's own row is read for this request. */
export default async function LeaderboardPage({ params }: Props) {
  await connection(); // rendered per request: the build must never touch the database
  const slug = safeParam((await params).slug);
  const [found, rows] = await Promise.all([getReaderArticle({ slug, publicOnly: true }), getPlayer().then((player) => getLeaderboard({ slug, player }))]);
  if (!found || !rows) notFound();
  return (
    <>
      <p className="muted" style={{ margin: 0 }}><Link href={`/articles/${slug}`}>← {found.title}</Link></p>
      <h1>Leaderboard</h1>
      <p className="muted">
        Each player’s first play of this article, if it took at least {MIN_RANKED_MS_PER_QUESTION / 1000} seconds a question (time to read
        them); replays are practice and are not ranked. Higher score first; on a tie, whoever finished earlier.
      </p>
      {rows.length === 0 ? (
        <p className="empty">Nobody has finished this quiz yet. <Link href={`/articles/${slug}/quiz`}>Be the first</Link>.</p>
      ) : (
        <LeaderboardTable title={found.title} rows={rows.map(toPublicRow)} />
      )}
      <div className="actions"><Link className="button" href={`/articles/${slug}/quiz`}>Take the quiz</Link></div>
    </>
  );
}
