import { getPlayer } from '@/lib/auth/player';
import { listLeaderboard } from '@/lib/db/queries/leaderboard';
import { ApiError, apiRoute } from '@/lib/http/api';
import { safeSlug } from '@/lib/validation/params';

/** The public leaderboard as JSON: the top 50 and, when the caller has played and is below them, their own row. */
export const GET = apiRoute(async (_req: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = safeSlug((await params).slug);
  const rows = slug ? await listLeaderboard({ slug, player: await getPlayer() }) : null;
  if (!rows) throw new ApiError(404, 'No such article.');
  return Response.json(
    { rows: rows.map((r) => ({ rank: r.rank, nickname: r.nickname, score: r.score, maxScore: r.maxScore, durationMs: r.durationMs, submittedAt: r.submittedAt.toISOString(), mine: r.mine })) },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
});
