'use client';

import { useActionState } from 'react';
import { renameClassAction, type FormState } from '@/app/teacher/actions';
import { Field } from './ui/field';
import { SubmitButton } from './ui/submit-button';

/** Renames a class in place. */
export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  const [state, action] = useActionState<FormState, FormData>(renameClassAction, {});
  return (
    <form action={action} noValidate>
      <input type="hidden" name="classId" value={classId} />
      {state.error ? <p className="form-error" role="alert">{state.error}</p> : null}
      <Field label="Class name" name="name" type="text" maxLength={80} defaultValue={name} error={state.fields?.name} />
      <SubmitButton pending="Saving…">Rename</SubmitButton>
      {state.ok ? <span role="status" style={{ marginLeft: '.75rem' }}>{state.ok}</span> : null}
    </form>
  );
}
