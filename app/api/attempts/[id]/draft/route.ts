import { getPlayer } from '@/lib/auth/player';
import { ApiError, apiRoute, readJson } from '@/lib/http/api';
import { saveDraft } from '@/lib/server/save-draft';
import { attemptIdSchema, draftSchema } from '@/lib/validation/submit';

const NOT_YOURS = 'This quiz attempt is not yours, or it no longer exists.';

/**
 * Saves the answers chosen so far in an open attempt (`answers`: shown answer per question id, possibly unfinished;
 * `confidence`: question id -> 'sure' | 'fairly' | 'guess'), replacing the last save. The quiz page sends it as the
 * player answers. 409 once the attempt is handed in or its assignment has closed (saving again will not help); 422
 * for an answer that does not fit the dealt questions; 503 means try again.
 */
export const PUT = apiRoute(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = attemptIdSchema.safeParse((await params).id);
  if (!id.success) throw new ApiError(404, NOT_YOURS);
  const draft = await readJson(req, draftSchema, 8_192);
  const player = await getPlayer();
  if (!player) throw new ApiError(401, 'We could not tell who you are. Start the quiz again from the article page.');
  const result = await saveDraft({ id: id.data, player, draft });
  if (!result) throw new ApiError(404, NOT_YOURS);
  if (!result.ok) throw new ApiError(result.final ? 409 : 422, result.error, result.field ? { field: result.field } : {});
  return Response.json({ saved: true }, { headers: { 'Cache-Control': 'no-store' } });
});
