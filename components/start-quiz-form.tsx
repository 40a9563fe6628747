'use client';

import { useActionState, useEffect, useRef } from 'react';
import { startQuizAction, type StartState } from '@/app/articles/[slug]/quiz/actions';
import { Field } from './ui/field';
import { SubmitButton } from './ui/submit-button';

/** Where this tab keeps the last nickname it played under ("Play again" starts with it; a new tab starts empty). */
const LAST_NICKNAME = 'fq-last-nickname';

/** Nickname form that starts an attempt; the error stays next to the field. */
export function StartQuizForm({ slug, defaultNickname }: { slug: string; defaultNickname: string }) {
  const [state, action] = useActionState<StartState, FormData>(startQuizAction, {});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // The page is the same for everyone (it is cached), so the tab's own last nickname is filled in here. Per tab,
    // not per browser: on a shared classroom computer the next student must not start under someone else's name.
    const input = form.current?.elements.namedItem('nickname');
    if (!(input instanceof HTMLInputElement) || input.value) return;
    try {
      input.value = sessionStorage.getItem(LAST_NICKNAME) ?? '';
    } catch {
      /* storage blocked: the field stays empty */
    }
  }, []);
  const start = (data: FormData) => {
    try {
      sessionStorage.setItem(LAST_NICKNAME, String(data.get('nickname') ?? '').trim());
    } catch {
      /* storage blocked: nothing to remember */
    }
    action(data);
  };
  return (
    <form ref={form} action={start} noValidate>
      <input type="hidden" name="slug" value={slug} />
      <Field label="Nickname" name="nickname" type="text" maxLength={40} autoComplete="nickname" required
        hint="Shown on the leaderboard. Up to 24 characters. Please don’t use your full name."
        defaultValue={state.nickname ?? defaultNickname} error={state.error} />
      <SubmitButton pending="Starting…">Start the quiz</SubmitButton>
    </form>
  );
}
