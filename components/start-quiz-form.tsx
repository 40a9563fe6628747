'use client';

import { useActionState } from 'react';
import { startQuizAction, type StartState } from '@/app/articles/[slug]/quiz/actions';
import { Field } from './ui/field';
import { SubmitButton } from './ui/submit-button';

/** Nickname form that starts an attempt; the error stays next to the field. */
export function StartQuizForm({ slug, defaultNickname }: { slug: string; defaultNickname: string }) {
  const [state, action] = useActionState<StartState, FormData>(startQuizAction, {});
  return (
    <form action={action} noValidate>
      <input type="hidden" name="slug" value={slug} />
      <Field label="Nickname" name="nickname" type="text" maxLength={40} autoComplete="nickname" required
        hint="Shown on the leaderboard. Up to 24 characters. Please don’t use your full name."
        defaultValue={state.nickname ?? defaultNickname} error={state.error} />
      <SubmitButton pending="Starting…">Start the quiz</SubmitButton>
    </form>
  );
}
