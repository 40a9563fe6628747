import { z } from 'zod';
import { requirePlayer } from '@/lib/auth/player';
import { getArticle } from '@/lib/db/queries/articles';
import { createAttempt, getAttempt, resumeOpenAttempt } from '@/lib/db/queries/attempts';
import { ApiError, apiRoute, readJson } from '@/lib/http/api';
import { toPublicQuestion } from '@/lib/quiz/select';
import { nicknameSchema } from '@/lib/validation/nickname';
import { safeSlug } from '@/lib/validation/params';

const startSchema = z.object({ nickname: nicknameSchema });

/**
 * Starts (or resumes) this player's attempt at an article's quiz, as the quiz page's form does: a new guest gets
 * the signed guest cookie. Answers with the dealt questions in the player's option order, never the answer key.
 */
export const POST = apiRoute(async (req: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const slug = safeSlug((await params).slug);
  const { nickname } = await readJson(req, startSchema, 2_048);
  const found = slug ? await getArticle({ slug, publicOnly: true }) : null;
  if (!found) throw new ApiError(404, 'No such article.');
  const player = await requirePlayer();
  const resumed = await resumeOpenAttempt({ quizId: found.quizId, player, nickname });
  const attempt = resumed ?? (await createAttempt({ quizId: found.quizId, player, nickname }));
  if (!attempt) throw new ApiError(409, 'This article has no questions yet.');
  const view = await getAttempt({ id: attempt.id, player });
  if (!view) throw new Error('attempt vanished right after it was started');
  return Response.json(
    { attemptId: attempt.id, nickname: view.attempt.nickname, questions: view.dealt.map((d) => toPublicQuestion(d.question, d.order)) },
    // 201 for a new attempt, 200 when the player's unfinished one is resumed.
    { status: resumed ? 200 : 201, headers: { 'Cache-Control': 'no-store', Location: `/attempts/${attempt.id}` } },
  );
});
