'use client';

import { useActionState } from 'react';
import { changePasswordAction, type AccountFormState } from '@/app/(account)/actions';
import { Field } from './ui/field';
import { SubmitButton } from './ui/submit-button';

/** Change password: current one, then the new one twice. */
export function ChangePasswordForm() {
  const [state, action] = useActionState<AccountFormState, FormData>(changePasswordAction, {});
  const f = state.fields ?? {};
  return (
    <form action={action} noValidate key={state.ok ?? 'form'}>
      {state.error ? <p className="form-error" role="alert">{state.error}</p> : null}
      {state.ok ? <p role="status" className="card" style={{ maxWidth: '24rem' }}>{state.ok}</p> : null}
      <Field label="Current password" name="current" type="password" autoComplete="current-password" error={f.current} />
      <Field label="New password" name="next" type="password" autoComplete="new-password" hint="At least 8 characters." error={f.next} />
      <Field label="New password again" name="confirm" type="password" autoComplete="new-password" error={f.confirm} />
      <SubmitButton pending="Saving…">Change password</SubmitButton>
    </form>
  );
}
