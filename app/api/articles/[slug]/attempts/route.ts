import { z } from 'zod';
import { requirePlayer } from '@/lib/auth/player';
import { clientAddress } from '@/lib/auth/client-address';
import { getAttempt } from '@/lib/server/attempt-view';
import { getReaderArticle } from '@/lib/server/cached-reads';
import { startOpenAttempt } from '@/lib/server/start-attempt';
import { ApiError, apiRoute, jsonError, readJson } from '@/lib/http/api';
import { toPublicQuestion } from '@/lib/quiz/select';
import { nicknameSchema } from '@/lib/validation/nickname';
import { safeSlug } from '@/lib/validation/params';

const startSchema = z.object({ nickname: nicknameSchema });

/**
 * Starts (or resumes) this player's attempt at an article's quiz, as the quiz page's form does: a new guest gets
 * the signed guest cookie. Answers with the dealt questions in the player's option order, never the answer key.
 * Too many new attempts from this player or address: 429 with Retry-After (see `startLimits`).
 */
export const POST = apiRoute(async (req: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = safeSlug((await params).slug);
  const { nickname } = await readJson(req, startSchema, 2_048);
  const found = slug ? await getReaderArticle({ slug, publicOnly: true }) : null;
  if (!found) throw new ApiError(404, 'No such article.');
  const player = await requirePlayer();
  const started = await startOpenAttempt({ quizId: found.quizId, player, nickname, address: await clientAddress() });
  if (!started.ok && started.retryAfterSeconds) {
    return jsonError(429, started.error, { headers: { 'Retry-After': String(started.retryAfterSeconds) }, extra: { retryAfterSeconds: started.retryAfterSeconds } });
  }
  if (!started.ok) throw new ApiError(409, started.error);
  const { id, resumed } = started;
  const view = await getAttempt({ id, player });
  if (!view) throw new Error('attempt vanished right after it was started');
  return Response.json(
    { attemptId: id, nickname: view.attempt.nickname, questions: view.dealt.map((d) => toPublicQuestion(d.question, d.order)) },
    // 201 for a new attempt, 200 when the player's unfinished one is resumed.
    { status: resumed ? 200 : 201, headers: { 'Cache-Control': 'no-store', Location: `/attempts/${id}` } },
  );
});
