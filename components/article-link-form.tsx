'use client';

import { useActionState } from 'react';
import { importLinkAction, type ArticleFormState } from '@/app/teacher/articles/actions';
import { Field } from './ui/field';
import { SubmitButton } from './ui/submit-button';

/** "Import from a link": the server fetches the page and takes the article out of it, then shows the preview. */
export function ArticleLinkForm() {
  const [state, action] = useActionState<ArticleFormState, FormData>(importLinkAction, {});
  return (
    <form action={action} noValidate style={{ maxWidth: '44rem' }}>
      <Field id="link-url" label="Web address of the article" name="url" type="url" inputMode="url" maxLength={500} placeholder="https://"
        defaultValue={state.values?.url} error={state.fields?.url} hint="A news story on a public website. Pages behind a sign-in cannot be fetched." style={{ width: '100%' }} />
      <SubmitButton pending="Fetching the article…">Fetch the article</SubmitButton>
    </form>
  );
}
