'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import type { SubmitState } from '@/app/attempts/[id]/actions';
import type { PublicQuestion } from '@/lib/quiz/types';
import { SubmitButton } from './ui/submit-button';

type Props = {
  questions: PublicQuestion[];
  idempotencyKey: string;
  articleHref: string;
  action: (prev: SubmitState, form: FormData) => Promise<SubmitState>;
};

/**
 * All questions in one keyboard-friendly form (radio groups: Tab between questions, arrows between options),
 * with a live "n of N answered" count. It only ever holds the public question shape: no answer key.
 */
export function QuizForm({ questions, idempotencyKey, articleHref, action }: Props) {
  const [state, formAction] = useActionState(action, {});
  // Controlled radios: React resets uncontrolled fields after a form action, and a refused submit must not
  // wipe the answers the player already chose.
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const errorRef = useRef<HTMLParagraphElement>(null);
  const count = Object.keys(chosen).length;

  useEffect(() => {
    if (state.error) errorRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} noValidate>
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
              {q.options.map((option, j) => (
                <label key={j} className="option">
                  <input type="radio" name={`q_${q.id}`} value={j} checked={chosen[q.id] === j}
                    onChange={() => setChosen((c) => ({ ...c, [q.id]: j }))} />
                  <span>{option}</span>
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      <SubmitButton pending="Checking your answers…">Submit answers</SubmitButton>
    </form>
  );
}
