import { getPlayer } from '@/lib/auth/player';
import { ApiError, apiRoute, readJson } from '@/lib/http/api';
import { submitSchema } from '@/lib/validation/submit';

/**
 * The least a state-changing API call of this build can do: the submit's own request (a POST with its JSON body and
 * the caller's cookie) read and checked as the submit reads it (same origin, size, schema, who is calling), and no
 * database. `npm run bench` shows the submit against it beside the GET health check. Built only for the benchmark
 * (see next.config.js), never shipped as a route.
 */
export const POST = apiRoute(async (req: Request) => {
  const body = await readJson(req, submitSchema, 8_192);
  const player = await getPlayer();
  if (!player) throw new ApiError(401, 'No player.');
  return Response.json({ answers: Object.keys(body.answers).length }, { headers: { 'Cache-Control': 'no-store' } });
});
