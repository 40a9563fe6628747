'use client';

import { useActionState } from 'react';
import { startAssignmentAction, type StartAssignmentState } from '@/app/class/actions';
import { SubmitButton } from './ui/submit-button';

/** Starts or resumes an assignment; a refusal (closed, no attempts left) shows beside the button. */
export function StartAssignmentButton({ assignmentId, label }: { assignmentId: string; label: string }) {
  const [state, action] = useActionState<StartAssignmentState, FormData>(startAssignmentAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <SubmitButton pending="Opening…">{label}</SubmitButton>
      {state.error ? <p className="field-error" role="alert">{state.error}</p> : null}
    </form>
  );
}
