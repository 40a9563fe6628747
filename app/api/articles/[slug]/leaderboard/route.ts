import { getPlayer } from '@/lib/auth/player';
import { ApiError, apiRoute } from '@/lib/http/api';
import { getLeaderboard, toPublicRow } from '@/lib/server/leaderboard';
import { boardOrderParam, safeSlug } from '@/lib/validation/params';

/**
 * The public leaderboard as JSON: the top 50 with the caller's own row marked (`mine`) and placed by its rank, also
 * below the top; `me` is that row alone, or null when the caller has not played this article. `?by=confidence`
 * ranks by confidence-weighted marks.
 */
export const GET = apiRoute(async (req: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = safeSlug((await params).slug);
  const rows = slug ? await getLeaderboard({ slug, player: await getPlayer(), by: boardOrderParam(new URL(req.url).searchParams.get('by')) }) : null;
  if (!rows) throw new ApiError(404, 'No such article.');
  const mine = rows.find((r) => r.mine);
  return Response.json({ rows: rows.map(toPublicRow), me: mine ? toPublicRow(mine) : null }, { headers: { 'Cache-Control': 'private, no-store' } });
});
