'use client';

import { useActionState } from 'react';
import { ConfirmButton } from './ui/confirm-button';
import { SubmitButton } from './ui/submit-button';

/** What a small action form shows after it ran: a refusal, or what was done. */
export type ActionState = { error?: string; ok?: string };

/**
 * A one-button form for an action on a whole object (remove a question, delete or copy an article) that says what
 * happened next to the button. With `confirm` the button asks in place before it acts.
 */
export function ConfirmActionForm({ action, hidden, label, confirm, pending }: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  label: string;
  confirm?: string;
  pending?: string;
}) {
  const [state, run] = useActionState<ActionState, FormData>(action, {});
  return (
    <form action={run} style={{ marginTop: '.5rem' }}>
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {confirm ? <ConfirmButton label={label} confirm={confirm} /> : <SubmitButton pending={pending ?? 'Working…'}>{label}</SubmitButton>}
      {state.error ? <p className="form-error" role="alert">{state.error}</p> : null}
      {state.ok ? <p role="status">{state.ok}</p> : null}
    </form>
  );
}
