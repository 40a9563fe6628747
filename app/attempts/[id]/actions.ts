'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { isDbUnavailable } from '@/lib/db/errors';
import { logError } from '@/lib/log';
import type { Confidence } from '@/lib/quiz/confidence';
import { formSchema, player, validatedAction } from '@/lib/server/action';
import { submitAttempt } from '@/lib/server/submit-attempt';
import type { ShownAnswer } from '@/lib/quiz/sheet';
import { attemptIdSchema, submitSchema } from '@/lib/validation/submit';
import { answersFromForm, confidenceFromForm } from '@/lib/validation/submit-form';

/** On a refused submit, `answers` (question id → the answer as shown) lets the form show the choices again. */
export type SubmitState = { error?: string; field?: string; missing?: string[]; answers?: Record<string, ShownAnswer>; confidence?: Record<string, Confidence> };

/** The attempt id comes bound from the page, the rest from the form. */
const submitForm = (attemptId: string) =>
  formSchema(
    (form) => ({ attemptId, idempotencyKey: form.get('idempotencyKey'), answers: answersFromForm(form), confidence: confidenceFromForm(form) }),
    submitSchema.extend({ attemptId: attemptIdSchema }),
  );

const unknownPlayer: SubmitState = { error: 'We could not tell who you are. Start the quiz again from the article page.' };

/** Grades the attempt on the server; a repeated submit lands on the first result. */
export async function submitAnswersAction(attemptId: string, prev: SubmitState, form: FormData): Promise<SubmitState> {
  const submit = validatedAction(
    player(unknownPlayer),
    submitForm(attemptId),
    (): SubmitState => ({ error: 'Some answers could not be read. Reload the page and try again.' }),
    async (input, caller): Promise<SubmitState> => {
      const kept = { answers: input.answers, confidence: input.confidence };
      let result;
      try {
        result = await submitAttempt({ id: input.attemptId, player: caller, shown: input.answers, confidence: input.confidence, idempotencyKey: input.idempotencyKey });
      } catch (err) {
        if (!isDbUnavailable(err)) throw err;
        await logError(err, { kind: 'database-unavailable', action: 'submit' });
        // The form keeps the choices and its idempotency key, so submitting again is safe.
        return { error: 'We could not reach the database just now. Your answers are still here: submit again in a moment.', ...kept };
      }
      if (!result) return { error: 'This quiz attempt is not yours, or it no longer exists.' };
      if (!result.ok) return { error: result.error, field: result.field, missing: result.missing, ...kept };
      if (!result.alreadySubmitted) {
        // Leaderboard pages render per request; refresh the client router's copies of them.
        revalidatePath('/articles/[slug]/leaderboard', 'page');
      }
      redirect(`/attempts/${input.attemptId}`);
    },
  );
  return submit(prev, form);
}
