import { getPlayer } from '@/lib/auth/player';
import { myLeaderboardRow } from '@/lib/db/queries/leaderboard';
import { ApiError, apiRoute } from '@/lib/http/api';
import { toPublicRow } from '@/lib/leaderboard-row';
import { safeSlug } from '@/lib/validation/params';

/** The caller's best row on the public leaderboard with its rank, or `{ row: null }` when they have not played. */
export const GET = apiRoute(async (_req: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = safeSlug((await params).slug);
  if (!slug) throw new ApiError(404, 'No such article.');
  const row = await myLeaderboardRow({ slug, player: await getPlayer() });
  return Response.json({ row: row ? toPublicRow(row) : null }, { headers: { 'Cache-Control': 'private, no-store' } });
});
