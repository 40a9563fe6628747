'use client';

import { useActionState, useCallback, useEffect, useRef, useState } from 'react';
import type { SubmitState } from '@/app/attempts/[id]/actions';
import type { PublicQuestion } from '@/lib/quiz/types';
import { QuestionFields } from './questions/question-fields';
import type { PublicSentence } from './questions/sentence-picker';
import { ConfidenceChoice } from './confidence-choice';
import { SubmitButton } from './ui/submit-button';

type Props = {
  questions: PublicQuestion[];
  idempotencyKey: string;
  articleHref: string;
  /** The article's sentences, for questions answered by selecting them (evidence, part B of two-part items). */
  sentences?: PublicSentence[];
  action: (prev: SubmitState, form: FormData) => Promise<SubmitState>;
};

/**
 * All questions in one keyboard-friendly form (radio groups: Tab between questions, arrows between options),
 * with a live "n of N answered" count. It only ever holds the public question shape: no answer key.
 * The radios are uncontrolled so that choices made before the page finished loading survive hydration; after a
 * refused submit the form is rebuilt with the choices the server sent back.
 */
export function QuizForm({ questions, idempotencyKey, articleHref, sentences = [], action }: Props) {
  const [state, formAction] = useActionState(action, {});
  const formRef = useRef<HTMLFormElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const [count, setCount] = useState(0);

  const recount = useCallback(() => {
    if (!formRef.current) return;
    // Every answer field is `<kind prefix>_<question id>` (see lib/validation/submit-form.ts).
    const ids = [...new FormData(formRef.current).keys()].filter((k) => /^[qmos]_/.test(k)).map((k) => k.slice(2));
    setCount(new Set(ids).size);
  }, []);

  useEffect(() => {
    formRef.current?.setAttribute('data-hydrated', ''); // lets tests (and styles) know the form is live
    recount();
    if (state.error) errorRef.current?.focus();
  }, [state, recount]);

  return (
    <form key={state.answers ? JSON.stringify(state) : 'fresh'} ref={formRef} action={formAction} onChange={recount} noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div className="quiz-progress">
        <p style={{ margin: 0 }} aria-live="polite">
          <strong>{count} of {questions.length}</strong> answered · <a href={articleHref} target="_blank" rel="noopener">Reopen the article (new tab)</a>
        </p>
        <progress value={count} max={questions.length} aria-label="Questions answered" />
      </div>
      {state.error ? (
        <p className="form-error" role="alert" tabIndex={-1} ref={errorRef}>
          {state.error}
          {state.field ? <> <a href={`#question-${state.field}`}>Go to that question</a>.</> : null}
        </p>
      ) : null}
      <ol style={{ listStyle: 'none', padding: 0 }}>
        {questions.map((q, i) => (
          <li key={q.id}>
            <fieldset id={`question-${q.id}`} className={`question${state.field === q.id ? ' has-error' : ''}`} aria-describedby={`prompt-${q.id}`}>
              <legend>Question {i + 1} of {questions.length}</legend>
              <p id={`prompt-${q.id}`} className="prompt">{q.prompt}</p>
              <QuestionFields q={q} sentences={sentences} answer={state.answers?.[q.id]} />
              <ConfidenceChoice questionId={q.id} defaultValue={state.confidence?.[q.id]} />
            </fieldset>
          </li>
        ))}
      </ol>
      <SubmitButton pending="Checking your answers…">Submit answers</SubmitButton>
    </form>
  );
}
