import { getPlayer } from '@/lib/auth/player';
import { ApiError, apiRoute } from '@/lib/http/api';
import { getLeaderboard, toPublicRow } from '@/lib/server/leaderboard';
import { safeSlug } from '@/lib/validation/params';

/**
 * The public leaderboard as JSON: the top 50 with the caller's own row marked (`mine`) and placed by its rank, also
 * below the top; `me` is that row alone, or null when the caller has not played this article.
 */
export const GET = apiRoute(async (_req: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = safeSlug((await params).slug);
  const rows = slug ? await getLeaderboard({ slug, player: await getPlayer() }) : null;
  if (!rows) throw new ApiError(404, 'No such article.');
  const mine = rows.find((r) => r.mine);
  return Response.json({ rows: rows.map(toPublicRow), me: mine ? toPublicRow(mine) : null }, { headers: { 'Cache-Control': 'private, no-store' } });
});
