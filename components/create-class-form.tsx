'use client';

import { useActionState } from 'react';
import { createClassAction, type FormState } from '@/app/teacher/actions';
import { Field } from './ui/field';
import { SubmitButton } from './ui/submit-button';

/** New class: just a name; the join code is made for it. */
export function CreateClassForm() {
  const [state, action] = useActionState<FormState, FormData>(createClassAction, {});
  return (
    <form action={action} noValidate>
      <Field label="Class name" name="name" type="text" maxLength={80} required hint="For example: 8B Media Literacy" error={state.fields?.name} />
      <SubmitButton pending="Creating…">Create class</SubmitButton>
    </form>
  );
}
