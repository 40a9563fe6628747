'use client';

import { useActionState } from 'react';
import type { AccountFormState } from '@/app/(account)/actions';
import { Field } from './ui/field';
import { SubmitButton } from './ui/submit-button';

type Props = {
  mode: 'signin' | 'signup';
  action: (prev: AccountFormState, form: FormData) => Promise<AccountFormState>;
  redirectTo: string;
};

/** The sign-in and sign-up form: errors appear next to their field, typed values are kept. */
export function AccountForm({ mode, action, redirectTo }: Props) {
  const [state, formAction] = useActionState(action, {});
  const f = state.fields ?? {};
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="redirectTo" value={redirectTo} />
      {state.error ? <p className="form-error" role="alert">{state.error}</p> : null}
      {mode === 'signup' ? (
        <Field label="Display name" name="name" type="text" autoComplete="nickname" maxLength={24} required
          hint="Shown on leaderboards. Not your real name if you prefer." defaultValue={state.values?.name} error={f.name} />
      ) : null}
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={f.email} />
      <Field label="Password" name="password" type="password" required
        autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
        hint={mode === 'signup' ? 'At least 8 characters.' : undefined} error={f.password} />
      <SubmitButton pending={mode === 'signup' ? 'Creating account…' : 'Signing in…'}>
        {mode === 'signup' ? 'Create account' : 'Sign in'}
      </SubmitButton>
    </form>
  );
}
