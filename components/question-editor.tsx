'use client';

import { useActionState } from 'react';
import { updateQuestionAction, type ArticleFormState } from '@/app/teacher/articles/actions';
import { Field } from './ui/field';
import { SubmitButton } from './ui/submit-button';

const LETTERS = ['A', 'B', 'C', 'D'];

/** Values a question form starts from (strings, as the form holds them). */
export type QuestionFormValues = { prompt: string; options: string[]; answer: number; explanation: string; sentence: string };

/**
 * The boxes every question form has: prompt, four option boxes each with a "right answer" radio, explanation
 * and the number of the sentence the answer rests on. `idPrefix` keeps ids unique when many forms share a page.
 */
export function QuestionFields({ idPrefix, initial, fields, sentenceCount, sentenceHint }: {
  idPrefix: string;
  initial: QuestionFormValues;
  fields: Record<string, string>;
  sentenceCount: number;
  sentenceHint: string;
}) {
  const optionsError = fields.options ?? fields.answer;
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-prompt`}>Question</label>
        <textarea id={`${idPrefix}-prompt`} name="prompt" rows={2} maxLength={300} defaultValue={initial.prompt} aria-invalid={fields.prompt ? true : undefined}
          aria-describedby={fields.prompt ? `${idPrefix}-prompt-error` : undefined} style={{ width: '100%', boxSizing: 'border-box' }} />
        {fields.prompt ? <p id={`${idPrefix}-prompt-error`} className="field-error">{fields.prompt}</p> : null}
      </div>
      <fieldset className="field" aria-describedby={optionsError ? `${idPrefix}-options-error` : `${idPrefix}-options-hint`}>
        <legend>Answer options</legend>
        <p id={`${idPrefix}-options-hint`} className="muted" style={{ margin: '0 0 .3rem' }}>Write 3 or 4 different options and mark the right one. Leave the fourth box empty for only 3.</p>
        {LETTERS.map((letter, i) => (
          <div key={letter} style={{ display: 'flex', gap: '.5rem', alignItems: 'center', flexWrap: 'wrap', marginBottom: '.4rem' }}>
            <label htmlFor={`${idPrefix}-option${i}`} style={{ margin: 0, minWidth: '5.5rem' }}>Option {letter}</label>
            <input id={`${idPrefix}-option${i}`} name={`option${i}`} type="text" maxLength={200} defaultValue={initial.options[i] ?? ''}
              aria-invalid={fields.options ? true : undefined} style={{ flex: '1 1 12rem', minWidth: 0 }} />
            <label className="option" style={{ margin: 0 }}>
              <input type="radio" name="answer" value={i} defaultChecked={initial.answer === i} />
              <span>Right answer<span className="visually-hidden"> is option {letter}</span></span>
            </label>
          </div>
        ))}
        {optionsError ? <p id={`${idPrefix}-options-error`} className="field-error">{optionsError}</p> : null}
      </fieldset>
      <div className="field">
        <label htmlFor={`${idPrefix}-explanation`}>Explanation (students see it after answering)</label>
        <textarea id={`${idPrefix}-explanation`} name="explanation" rows={3} maxLength={1000} defaultValue={initial.explanation}
          aria-invalid={fields.explanation ? true : undefined} aria-describedby={fields.explanation ? `${idPrefix}-explanation-error` : undefined}
          style={{ width: '100%', boxSizing: 'border-box' }} />
        {fields.explanation ? <p id={`${idPrefix}-explanation-error`} className="field-error">{fields.explanation}</p> : null}
      </div>
      <Field id={`${idPrefix}-sentence`} label="Sentence number the answer rests on" name="sentence" type="number" inputMode="numeric" min={1} max={sentenceCount}
        defaultValue={initial.sentence} hint={sentenceHint} error={fields.sentence} />
    </>
  );
}

/** Inline editor for one question of a draft, folded away in a details element until the teacher opens it. */
export function QuestionEditor({ slug, question, sentenceCount, published = false }: {
  slug: string;
  question: { id: string; prompt: string; options: string[]; answer: number; explanation: string; evidence: number[] };
  sentenceCount: number;
  /** A published question is a fix: saving it marks again the answers students already sent. */
  published?: boolean;
}) {
  const [state, action] = useActionState<ArticleFormState, FormData>(updateQuestionAction, {});
  const v = state.values;
  const initial: QuestionFormValues = v
    ? { prompt: v.prompt, options: [v.option0, v.option1, v.option2, v.option3], answer: Number(v.answer === '' ? -1 : v.answer), explanation: v.explanation, sentence: v.sentence }
    : { prompt: question.prompt, options: question.options, answer: question.answer, explanation: question.explanation, sentence: question.evidence.length ? String(question.evidence[0] + 1) : '' };
  const current = question.evidence.map((i) => i + 1);
  const hint = current.length > 1
    ? `Now it rests on sentences ${current.join(', ')}. Keep ${current[0]} to keep them all, or type another number to use that one sentence.`
    : 'From the numbered sentences above. Leave it empty to keep what it rests on now.';
  return (
    <details style={{ marginTop: '.5rem' }} open={Boolean(state.error || state.fields)}>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{published ? 'Fix' : 'Edit'}<span className="visually-hidden"> this question</span></summary>
      <form action={action} noValidate style={{ marginTop: '.75rem' }}>
        {published ? <p className="muted">Students may have answered this question already. When you save, their answers are marked again against your fix.</p> : null}
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="questionId" value={question.id} />
        {state.error ? <p className="form-error" role="alert">{state.error}</p> : null}
        <QuestionFields idPrefix={`edit-${question.id}`} initial={initial} fields={state.fields ?? {}} sentenceCount={sentenceCount} sentenceHint={hint} />
        <SubmitButton pending="Saving…">{published ? 'Save the fix' : 'Save changes'}</SubmitButton>
        {state.ok ? <span role="status" style={{ marginLeft: '.75rem' }}>{state.ok}</span> : null}
      </form>
    </details>
  );
}
