import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { LeaderboardTable } from '@/components/leaderboard-table';
import { getArticle } from '@/lib/db/queries/articles';
import { listLeaderboard } from '@/lib/db/queries/leaderboard';
import { toPublicRow } from '@/lib/leaderboard-row';
import { MIN_RANKED_MS_PER_QUESTION } from '@/lib/leaderboard-policy';
import { safeParam } from '@/lib/validation/params';

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: 'Leaderboard' };

/** The same for every viewer (proxy.ts caches it for 2 s); the viewer's own row is fetched by LeaderboardTable. */
export default async function LeaderboardPage({ params }: Props) {
  await connection(); // rendered per request: the build must never touch the database
  const slug = safeParam((await params).slug);
  const [found, rows] = await Promise.all([getArticle({ slug, publicOnly: true }), listLeaderboard({ slug, player: null })]);
  if (!found || !rows) notFound();
  return (
    <>
      <p className="muted" style={{ margin: 0 }}><Link href={`/articles/${slug}`}>← {found.article.title}</Link></p>
      <h1>Leaderboard</h1>
      <p className="muted">
        Each player’s first play of this article, if it took at least {MIN_RANKED_MS_PER_QUESTION / 1000} seconds a question (time to read
        them); replays are practice and are not ranked. Higher score first; on a tie, whoever finished earlier.
      </p>
      {rows.length === 0 ? (
        <p className="empty">Nobody has finished this quiz yet. <Link href={`/articles/${slug}/quiz`}>Be the first</Link>.</p>
      ) : (
        <LeaderboardTable slug={slug} title={found.article.title} rows={rows.map(toPublicRow)} />
      )}
      <div className="actions"><Link className="button" href={`/articles/${slug}/quiz`}>Take the quiz</Link></div>
    </>
  );
}
