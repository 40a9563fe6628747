'use client';

import { useActionState, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { SubmitState } from '@/app/attempts/[id]/actions';
import type { AttemptDraft } from '@/lib/db/schema';
import type { PublicQuestion } from '@/lib/quiz/types';
import { answersFromForm, confidenceFromForm } from '@/lib/validation/submit-form';
import { AnswerChanged } from './questions/answer-changed';
import { QuestionFields } from './questions/question-fields';
import type { PublicSentence } from './questions/sentence-picker';
import { ConfidenceChoice } from './confidence-choice';
import { SaveStatusNote } from './save-status';
import { SubmitButton } from './ui/submit-button';
import { useDraftSave } from './use-draft-save';

type Props = {
  attemptId: string;
  questions: PublicQuestion[];
  idempotencyKey: string;
  articleHref: string;
  /** The article's sentences, for questions answered by selecting them (evidence, part B of two-part items). */
  sentences?: PublicSentence[];
  /** The answers saved on an earlier visit (this device or another), put back in place. */
  draft?: AttemptDraft | null;
  /** Opens the article over the quiz on a narrow screen (a wide one shows it beside the questions). */
  articleButton?: ReactNode;
  action: (prev: SubmitState, form: FormData) => Promise<SubmitState>;
};

/**
 * All questions in one keyboard-friendly form (radio groups: Tab between questions, arrows between options),
 * with a live "n of N answered" count. It only ever holds the public question shape: no answer key.
 * The radios are uncontrolled so that choices made before the page finished loading survive hydration; after a
 * refused submit the form is rebuilt with the choices the server sent back. Every change is saved to the attempt
 * (useDraftSave), and the answers saved on an earlier visit are where the player left them.
 */
export function QuizForm({ attemptId, questions, idempotencyKey, articleHref, sentences = [], draft, articleButton, action }: Props) {
  const [state, formAction] = useActionState(action, {});
  const formRef = useRef<HTMLFormElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const [count, setCount] = useState(0);
  const answers = state.answers ?? draft?.answers;
  const confidence = state.confidence ?? draft?.confidence;

  /** The sheet as it stands, as the draft route takes it (form text turned into the numbers it stands for). */
  const read = useCallback(() => {
    if (!formRef.current) return '';
    const form = new FormData(formRef.current);
    return JSON.stringify({ answers: numbers(answersFromForm(form)), confidence: confidenceFromForm(form) });
  }, []);
  const saver = useDraftSave(attemptId, read, !!draft && Object.keys(draft.answers).length + Object.keys(draft.confidence).length > 0);

  const recount = useCallback(() => {
    if (!formRef.current) return;
    // Every answer field is `<kind prefix>_<question id>` (see lib/validation/submit-form.ts). A question counts as
    // answered once it is finished: as many sentences or options as it asks for, and both parts of a two-part item.
    const fields = new Map<string, number>();
    for (const k of new FormData(formRef.current).keys()) if (/^[qmos]_/.test(k)) fields.set(k, (fields.get(k) ?? 0) + 1);
    const has = (name: string) => fields.get(name) ?? 0;
    setCount(questions.filter((q) => {
      switch (q.kind) {
        case 'evidence': return has(`s_${q.id}`) === (q.pick ?? 1);
        case 'two-part': return has(`q_${q.id}`) > 0 && has(`s_${q.id}`) === (q.partB?.pick ?? 1);
        case 'multi': return has(`m_${q.id}`) === (q.pick ?? 1);
        case 'order': return has(`o_${q.id}`) > 0;
        default: return has(`q_${q.id}`) > 0;
      }
    }).length);
  }, [questions]);
  const { changed, pause } = saver;
  const onAnswer = useCallback(() => {
    recount();
    changed();
  }, [recount, changed]);

  useEffect(() => {
    formRef.current?.setAttribute('data-hydrated', ''); // lets tests (and styles) know the form is live
    recount();
    if (state.error) {
      errorRef.current?.focus();
      changed(); // the refused sheet is saved like any other change
    }
  }, [state, recount, changed]);

  const number = new Map(questions.map((q, i) => [q.id, i + 1]));
  const missing = state.missing ?? [];
  return (
    <AnswerChanged.Provider value={onAnswer}>
      <form key={state.answers ? JSON.stringify(state) : 'fresh'} ref={formRef} action={formAction} onChange={onAnswer} onSubmit={pause} noValidate>
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <div className="quiz-progress">
          <p style={{ margin: 0 }} aria-live="polite">
            <strong>{count} of {questions.length}</strong> answered
          </p>
          <progress value={count} max={questions.length} aria-label="Questions answered" />
          <div>
            <SaveStatusNote status={saver.status} />
            {articleButton ?? null}
            <noscript><a href={articleHref} target="_blank" rel="noopener">Reopen the article (new tab)</a></noscript>
          </div>
        </div>
        {state.error ? (
          <p className="form-error" role="alert" tabIndex={-1} ref={errorRef}>
            {state.error}
            {missing.length > 1 ? (
              <> Go to {missing.map((id, i) => (
                <span key={id}>{i ? ', ' : ''}<a href={`#question-${id}`}>question {number.get(id)}</a></span>
              ))}.</>
            ) : state.field ? <> <a href={`#question-${state.field}`}>Go to that question</a>.</> : null}
          </p>
        ) : null}
        <ol style={{ listStyle: 'none', padding: 0 }}>
          {questions.map((q, i) => (
            <li key={q.id}>
              <fieldset id={`question-${q.id}`} className={`question${state.field === q.id || missing.includes(q.id) ? ' has-error' : ''}`} aria-describedby={`prompt-${q.id}`}>
                <legend>Question {i + 1} of {questions.length}</legend>
                <p id={`prompt-${q.id}`} className="prompt">{q.prompt}</p>
                <QuestionFields q={q} sentences={sentences} answer={answers?.[q.id]} />
                <ConfidenceChoice questionId={q.id} defaultValue={confidence?.[q.id]} />
              </fieldset>
            </li>
          ))}
        </ol>
        <SubmitButton pending="Checking your answers…">Submit answers</SubmitButton>
      </form>
    </AnswerChanged.Provider>
  );
}

/** Form text that is a whole number as that number, in answers of any shape (the draft route wants numbers). */
function numbers(value: unknown): unknown {
  if (typeof value === 'string') return /^\d{1,4}$/.test(value) ? Number(value) : value;
  if (Array.isArray(value)) return value.map(numbers);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, numbers(v)]));
  return value;
}
