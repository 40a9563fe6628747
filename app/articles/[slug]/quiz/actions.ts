'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requirePlayer } from '@/lib/auth/player';
import { clientAddress } from '@/lib/auth/client-address';
import { getReaderArticle } from '@/lib/server/cached-reads';
import { startOpenAttempt } from '@/lib/server/start-attempt';
import { nicknameSchema } from '@/lib/validation/nickname';

export type StartState = { error?: string; nickname?: string };

const startSchema = z.object({ slug: z.string().min(1).max(200), nickname: nicknameSchema });

/** Starts an attempt on the server for this player (a guest gets a signed cookie first) and opens it. */
export async function startQuizAction(_prev: StartState, form: FormData): Promise<StartState> {
  const nickname = String(form.get('nickname') ?? '');
  const parsed = startSchema.safeParse({ slug: form.get('slug'), nickname });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Check your nickname.', nickname };
  const found = await getReaderArticle({ slug: parsed.data.slug, publicOnly: true });
  if (!found) return { error: 'This article is no longer available.', nickname };
  const player = await requirePlayer();
  const started = await startOpenAttempt({ quizId: found.quizId, player, nickname: parsed.data.nickname, address: await clientAddress() });
  if (!started.ok) return { error: started.error, nickname };
  redirect(`/attempts/${started.id}`);
}
