'use client';

import { useActionState } from 'react';
import { joinAction, rejoinAction, type JoinState } from '@/app/join/actions';
import { Field } from './ui/field';
import { SubmitButton } from './ui/submit-button';

/** Join a class with the class code (filled in from a join link) and a nickname. */
export function JoinForm({ code = '' }: { code?: string }) {
  const [state, action] = useActionState<JoinState, FormData>(joinAction, {});
  return (
    <form action={action} noValidate>
      <Field label="Class code" name="code" type="text" autoComplete="off" autoCapitalize="characters" maxLength={20} required
        defaultValue={state.values?.code ?? code} error={state.fields?.code} />
      <Field label="Nickname" name="nickname" type="text" autoComplete="nickname" maxLength={40} required
        hint="Your teacher and classmates see it. Up to 24 characters." defaultValue={state.values?.nickname} error={state.fields?.nickname} />
      <SubmitButton pending="Joining…">Join class</SubmitButton>
    </form>
  );
}

/** Come back on another device with a personal code. */
export function RejoinForm() {
  const [state, action] = useActionState<JoinState, FormData>(rejoinAction, {});
  return (
    <form action={action} noValidate>
      <Field label="Personal code" name="personalCode" type="text" autoComplete="off" autoCapitalize="characters" maxLength={20} required
        defaultValue={state.values?.personalCode} error={state.fields?.personalCode} />
      <SubmitButton pending="Checking…">Continue</SubmitButton>
    </form>
  );
}
