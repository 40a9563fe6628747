import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { notFound } from 'next/navigation';
import { BoardTabs } from '@/components/board-tabs';
import { LeaderboardTable } from '@/components/leaderboard-table';
import { getPlayer } from '@/lib/auth/player';
import { MIN_RANKED_MS_PER_QUESTION } from '@/lib/leaderboard-policy';
import { getBoardView, toPublicRow } from '@/lib/server/leaderboard';
import { boardOrderParam, safeParam } from '@/lib/validation/params';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ by?: string | string[] }> };

export const metadata: Metadata = { title: 'Leaderboard' };

/**
 * The top of the board (with the article's title) comes from the data cache; the viewer's own row is read for this
 * request. Two tabs (plain
 * links, `?by=confidence`): the plain score, and confidence-weighted marks.
 */
export default async function LeaderboardPage({ params, searchParams }: Props) {
  await connection(); // rendered per request: the build must never touch the database
  const slug = safeParam((await params).slug);
  const by = boardOrderParam((await searchParams).by);
  const found = await getBoardView({ slug, player: await getPlayer(), by });
  if (!found) notFound();
  const { rows } = found;
  return (
    <>
      <p className="muted" style={{ margin: 0 }}><Link href={`/articles/${slug}`}>← {found.title}</Link></p>
      <h1>Leaderboard</h1>
      <p className="muted">
        Each player’s first play of this article, if it took at least {MIN_RANKED_MS_PER_QUESTION / 1000} seconds a question (time to read
        them); replays are practice and are not ranked. Higher score first; on a tie, whoever finished earlier.
      </p>
      <BoardTabs slug={slug} by={by} />
      {by === 'confidence' ? (
        <p>
          Ranked by <strong>confidence marks</strong>: a right answer earns 1, 2 or 3 when you were guessing, fairly sure or sure; a
          wrong one costs 0, 2 or 6. Saying how sure you are honestly pays best.
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="empty">Nobody has finished this quiz yet. <Link href={`/articles/${slug}/quiz`}>Be the first</Link>.</p>
      ) : (
        <LeaderboardTable title={found.title} rows={rows.map(toPublicRow)} by={by} />
      )}
      <div className="actions"><Link className="button" href={`/articles/${slug}/quiz`}>Take the quiz</Link></div>
    </>
  );
}
