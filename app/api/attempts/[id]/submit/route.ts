import { getPlayer } from '@/lib/auth/player';
import { ApiError, apiRoute, readJson } from '@/lib/http/api';
import { submitAttempt } from '@/lib/server/submit-attempt';
import { attemptIdSchema, submitSchema } from '@/lib/validation/submit';

/**
 * Submits an attempt's answers (shown option per question id), and optionally how sure the player was of each
 * (`confidence`: question id -> 'sure' | 'fairly' | 'guess'), for grading on the server. Safe to repeat: with
 * the same or any other key, a second submit stores nothing and answers with the first result
 * (`alreadySubmitted: true`). A 503 (the database was down, or the submit took longer than `SUBMIT_TIMEOUT_MS`) means
 * nothing was stored, or the retry will find it stored; send the same request again.
 */
export const POST = apiRoute(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = attemptIdSchema.safeParse((await params).id);
  if (!id.success) throw new ApiError(404, 'This quiz attempt is not yours, or it no longer exists.');
  const body = await readJson(req, submitSchema, 8_192);
  const player = await getPlayer();
  if (!player) throw new ApiError(401, 'We could not tell who you are. Start the quiz again from the article page.');
  const result = await submitAttempt({ id: id.data, player, shown: body.answers, confidence: body.confidence, idempotencyKey: body.idempotencyKey });
  if (!result) throw new ApiError(404, 'This quiz attempt is not yours, or it no longer exists.');
  if (!result.ok) throw new ApiError(422, result.error, { ...(result.field ? { field: result.field } : {}), ...(result.missing ? { missing: result.missing } : {}) });
  return Response.json(
    { score: result.score, maxScore: result.maxScore, alreadySubmitted: result.alreadySubmitted, resultUrl: `/attempts/${id.data}` },
    { headers: { 'Cache-Control': 'no-store' } },
  );
});
