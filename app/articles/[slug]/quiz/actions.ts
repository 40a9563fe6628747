'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requirePlayer } from '@/lib/auth/player';
import { clientAddress } from '@/lib/auth/client-address';
import { anyone, formSchema, validatedAction } from '@/lib/server/action';
import { getReaderArticle } from '@/lib/server/cached-reads';
import { startOpenAttempt } from '@/lib/server/start-attempt';
import { nicknameSchema } from '@/lib/validation/nickname';

export type StartState = { error?: string; nickname?: string };

const startForm = formSchema(
  (form) => ({ slug: form.get('slug'), nickname: String(form.get('nickname') ?? '') }),
  z.object({ slug: z.string().min(1).max(200), nickname: nicknameSchema }),
);

/** The nickname as typed, so a refused form keeps it. */
const typed = (form: FormData) => String(form.get('nickname') ?? '');

/** Starts an attempt on the server for this player (a guest gets a signed cookie first) and opens it. */
export const startQuizAction = validatedAction(
  anyone,
  startForm,
  (fields, form): StartState => ({ error: fields.nickname ?? fields.slug ?? 'Check your nickname.', nickname: typed(form) }),
  async (input, _caller, form): Promise<StartState> => {
    const found = await getReaderArticle({ slug: input.slug, publicOnly: true });
    if (!found) return { error: 'This article is no longer available.', nickname: typed(form) };
    const player = await requirePlayer();
    const started = await startOpenAttempt({ quizId: found.quizId, player, nickname: input.nickname, address: await clientAddress() });
    if (!started.ok) return { error: started.error, nickname: typed(form) };
    redirect(`/attempts/${started.id}`);
  },
);
