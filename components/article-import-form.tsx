'use client';

import { useActionState, useState } from 'react';
import { createArticleAction, type ArticleFormState } from '@/app/teacher/articles/actions';
import { Field } from './ui/field';
import { SubmitButton } from './ui/submit-button';

import { MAX_BODY_CHARS } from '@/lib/validation/article-import';

/**
 * The "New article" form. A refused submit gives back what was typed (the form resets to those values), so a long
 * paste is never lost; the text is sent as typed and only ever shown as text.
 */
export function ArticleImportForm() {
  const [state, action] = useActionState<ArticleFormState, FormData>(createArticleAction, {});
  const f = state.fields ?? {};
  const v = state.values ?? {};
  // No maxLength on the box: a browser would cut a long paste without a word. The count says when it is too long,
  // and the server refuses it whole.
  const [length, setLength] = useState<number | null>(null);
  const shown = length ?? v.body?.length ?? 0;
  const over = shown > MAX_BODY_CHARS;
  return (
    <form action={action} noValidate style={{ maxWidth: '44rem' }}>
      {state.error ? <p className="form-error" role="alert">{state.error}</p> : null}
      {Object.keys(f).length > 0 ? <p className="form-error" role="alert">Some boxes need fixing. The messages are next to them.</p> : null}
      <Field label="Title" name="title" type="text" maxLength={200} required defaultValue={v.title} error={f.title} style={{ width: '100%' }} />
      <Field label="Date (optional)" name="date" type="date" defaultValue={v.date} error={f.date} hint="The day the article was published. Words like “on Tuesday” in the text are counted from it." />
      <Field label="Source name (optional)" name="source" type="text" maxLength={120} defaultValue={v.source} error={f.source} hint="For example: Harbour Valley Courier" style={{ width: '100%' }} />
      <Field label="Source web address (optional)" name="url" type="url" inputMode="url" maxLength={500} defaultValue={v.url} error={f.url} placeholder="https://" style={{ width: '100%' }} />
      <div className="field">
        <label htmlFor="field-body">Article text</label>
        <p id="field-body-hint" className="muted" style={{ margin: '0 0 .3rem' }}>
          Paste the whole article as plain text, with an empty line between paragraphs. It is kept exactly as pasted, mistakes included.
        </p>
        <textarea
          id="field-body"
          name="body"
          rows={16}
          required
          defaultValue={v.body}
          onChange={(e) => setLength(e.target.value.length)}
          aria-invalid={f.body || over ? true : undefined}
          aria-describedby={f.body ? 'field-body-hint field-body-count field-body-error' : 'field-body-hint field-body-count'}
          style={{ width: '100%', boxSizing: 'border-box' }}
        />
        <p id="field-body-count" className={over ? 'field-error' : 'muted'} aria-live="polite" style={{ margin: '.3rem 0 0' }}>
          {over
            ? `Too long: ${shown.toLocaleString('en')} characters, and the limit is ${MAX_BODY_CHARS.toLocaleString('en')}. Nothing has been cut: remove a part, or paste a shorter piece.`
            : `${shown.toLocaleString('en')} of ${MAX_BODY_CHARS.toLocaleString('en')} characters`}
        </p>
        {f.body ? <p id="field-body-error" className="field-error">{f.body}</p> : null}
      </div>
      <SubmitButton pending="Reading the article…">Preview questions</SubmitButton>
    </form>
  );
}
