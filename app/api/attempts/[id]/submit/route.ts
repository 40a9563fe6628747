import { getPlayer } from '@/lib/auth/player';
import { withDbTimeout } from '@/lib/db/errors';
import { submitAttempt } from '@/lib/db/queries/attempts';
import { ApiError, apiRoute, readJson } from '@/lib/http/api';
import { boardsChanged } from '@/lib/server/cache-tags';
import { attemptIdSchema, submitSchema } from '@/lib/validation/submit';

/**
 * Submits an attempt's answers (shown option per question id) for grading on the server. Safe to repeat: with
 * the same or any other key, a second submit stores nothing and answers with the first result
 * (`alreadySubmitted: true`). A 503 means nothing was stored; send the same request again.
 */
export const POST = apiRoute(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = attemptIdSchema.safeParse((await params).id);
  if (!id.success) throw new ApiError(404, 'This quiz attempt is not yours, or it no longer exists.');
  const body = await readJson(req, submitSchema, 8_192);
  const player = await getPlayer();
  if (!player) throw new ApiError(401, 'We could not tell who you are. Start the quiz again from the article page.');
  const result = await withDbTimeout(submitAttempt({ id: id.data, player, shown: body.answers, idempotencyKey: body.idempotencyKey }));
  if (!result) throw new ApiError(404, 'This quiz attempt is not yours, or it no longer exists.');
  if (!result.ok) throw new ApiError(422, result.error, result.field ? { field: result.field } : {});
  if (!result.alreadySubmitted) boardsChanged();
  return Response.json(
    { score: result.score, maxScore: result.maxScore, alreadySubmitted: result.alreadySubmitted, resultUrl: `/attempts/${id.data}` },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
