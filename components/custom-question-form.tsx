'use client';

import { useActionState } from 'react';
import { addQuestionAction, type ArticleFormState } from '@/app/teacher/articles/actions';
import { SKILL_NAMES } from '@/lib/quiz/skill-names';
import { SKILLS } from '@/lib/quiz/types';
import { QuestionFields } from './question-editor';
import { SubmitButton } from './ui/submit-button';

/** "Add your own question": the same boxes as an edit, plus the skill it practises; it goes to the end of the quiz. */
export function CustomQuestionForm({ slug, sentenceCount }: { slug: string; sentenceCount: number }) {
  const [state, action] = useActionState<ArticleFormState, FormData>(addQuestionAction, {});
  const v = state.values;
  const f = state.fields ?? {};
  // React resets a form after its action; a select then falls back to the option it was first drawn with. A new key
  // for each refused try draws the form again from what was sent, so no box (the skill included) changes by itself.
  return (
    <form key={v ? JSON.stringify(v) : 'fresh'} action={action} noValidate className="card" style={{ maxWidth: '44rem' }}>
      <input type="hidden" name="slug" value={slug} />
      {state.error ? <p className="form-error" role="alert">{state.error}</p> : null}
      <div className="field">
        <label htmlFor="custom-skill">Skill it practises</label>
        <select id="custom-skill" name="skill" defaultValue={v?.skill || 'record-or-claim'} aria-invalid={f.skill ? true : undefined}>
          {SKILLS.map((s) => <option key={s} value={s}>{SKILL_NAMES[s]}</option>)}
        </select>
        {f.skill ? <p className="field-error">{f.skill}</p> : null}
      </div>
      <QuestionFields
        idPrefix="custom"
        initial={v
          ? { prompt: v.prompt, options: [v.option0, v.option1, v.option2, v.option3], answer: v.answer === '' ? -1 : Number(v.answer), explanation: v.explanation, sentence: v.sentence }
          : { prompt: '', options: [], answer: -1, explanation: '', sentence: '' }}
        fields={f}
        sentenceCount={sentenceCount}
        sentenceHint={`A number from 1 to ${sentenceCount}, from the numbered sentences above.`}
      />
      <SubmitButton pending="Adding…">Add question</SubmitButton>
      {state.ok ? <span role="status" style={{ marginLeft: '.75rem' }}>{state.ok}</span> : null}
    </form>
  );
}
