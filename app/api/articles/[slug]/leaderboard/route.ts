import { listLeaderboard } from '@/lib/db/queries/leaderboard';
import { ApiError, apiRoute } from '@/lib/http/api';
import { toPublicRow } from '@/lib/leaderboard-row';
import { safeSlug } from '@/lib/validation/params';

/**
 * The public leaderboard as JSON: the top 50, the same for everyone (proxy.ts serves it from a 2-second cache).
 * The caller's own row and rank are at `./me`.
 */
export const GET = apiRoute(async (_req: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = safeSlug((await params).slug);
  const rows = slug ? await listLeaderboard({ slug, player: null }) : null;
  if (!rows) throw new ApiError(404, 'No such article.');
  return Response.json({ rows: rows.map(toPublicRow) }, { headers: { 'Cache-Control': 'no-cache' } });
});
