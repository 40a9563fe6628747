'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { createAssignmentAction, updateAssignmentAction, type FormState } from '@/app/teacher/actions';
import { SKILL_NAMES } from '@/lib/quiz/skill-names';
import { KIND_NAMES } from '@/lib/quiz/kind-names';
import { QUESTION_KINDS, SKILLS, type Skill } from '@/lib/quiz/types';
import { Field } from './ui/field';
import { SubmitButton } from './ui/submit-button';

function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value read in this browser's time zone, as an ISO instant ('' when incomplete). */
function toIso(local: string): string {
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

/** What the teacher chose, kept so a refused form comes back as they filled it (React resets a form after its action). */
type Sent = { questionCount: string; skills: string[]; kinds: string[]; attemptsAllowed: string; revealAnswers: string; showLeaderboard: boolean; confidenceMarks: boolean; note: string };

function sentOf(form: FormData): Sent {
  const text = (name: string) => String(form.get(name) ?? '');
  return {
    questionCount: text('questionCount'),
    skills: form.getAll('skills').map(String),
    kinds: form.getAll('kinds').map(String),
    attemptsAllowed: text('attemptsAllowed'),
    revealAnswers: text('revealAnswers'),
    showLeaderboard: form.get('showLeaderboard') !== null,
    confidenceMarks: form.get('confidenceMarks') !== null,
    note: text('note'),
  };
}

/** An assignment being edited: its id, its article (which stays) and its settings. */
export type EditedAssignment = {
  id: string; articleTitle: string; questionCount: number; skills: string[]; kinds: string[]; opensAt: string; closesAt: string;
  attemptsAllowed: number; revealAnswers: string; showLeaderboard: boolean; confidenceMarks: boolean; note: string | null;
};

/**
 * The assignment settings: article, questions, skills and kinds, window, attempts, when answers show, leaderboard,
 * confidence marks. With `editing` it changes that assignment (its article stays) instead of making a new one;
 * `skills` pre-ticks only those skills (practice assigned from the skills grid).
 */
export function AssignmentForm({ classId, articles, editing, skills }: {
  classId?: string; articles?: { slug: string; title: string }[]; editing?: EditedAssignment; skills?: readonly Skill[];
}) {
  const [state, action] = useActionState<FormState & { sent?: Sent }, FormData>(
    async (prev, form) => ({ ...(await (editing ? updateAssignmentAction : createAssignmentAction)(prev, form)), sent: sentOf(form) }),
    {},
  );
  const formRef = useRef<HTMLFormElement>(null);
  // A refusal brings the first field it names (or the message) into view and focus, on a phone too.
  useEffect(() => {
    if (!state.error && !state.fields) return;
    const target = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .form-error, .field-error');
    target?.scrollIntoView({ block: 'center' });
    if (target?.matches('input, select, textarea')) target.focus();
  }, [state]);
  const e = editing;
  const v: Sent | undefined = state.sent ?? (e && {
    questionCount: String(e.questionCount), skills: e.skills, kinds: e.kinds, attemptsAllowed: String(e.attemptsAllowed), revealAnswers: e.revealAnswers,
    showLeaderboard: e.showLeaderboard, confidenceMarks: e.confidenceMarks, note: e.note ?? '',
  });
  // Controlled, unlike the other fields: React resets a form after its action, and a select's defaultValue is read
  // only when it first renders, so a refused form used to come back with the first article chosen.
  const [article, setArticle] = useState(() => articles?.[0]?.slug ?? '');
  const articleRef = useRef<HTMLSelectElement>(null);
  // The reset runs in the commit after a refusal; put the chosen article back once it has.
  useEffect(() => {
    if (articleRef.current) articleRef.current.value = article;
  }, [state, article]);
  // Defaults: open now, close in a week (computed once, in the teacher's own time zone).
  const [opens, setOpens] = useState(() => localInput(e ? new Date(e.opensAt) : new Date()));
  const [closes, setCloses] = useState(() => localInput(e ? new Date(e.closesAt) : new Date(Date.now() + 7 * 86_400_000)));
  const f = state.fields ?? {};
  return (
    <form ref={formRef} action={action} noValidate>
      {e ? <input type="hidden" name="assignmentId" value={e.id} /> : <input type="hidden" name="classId" value={classId} />}
      {/* The server gets exact instants, worked out here in the teacher's own time zone. */}
      <input type="hidden" name="opensAt" value={toIso(opens)} />
      <input type="hidden" name="closesAt" value={toIso(closes)} />
      {state.error ? <p className="form-error" role="alert">{state.error}</p> : null}
      {e ? (
        <p>Article: <strong>{e.articleTitle}</strong> <span className="muted">(to set another article, make a new assignment)</span></p>
      ) : (
        <div className="field">
          <label htmlFor="articleSlug">Article</label>
          <select ref={articleRef} id="articleSlug" name="articleSlug" required value={article} onChange={(ev) => setArticle(ev.target.value)} aria-invalid={f.articleSlug ? true : undefined}>
            {(articles ?? []).map((a) => <option key={a.slug} value={a.slug}>{a.title}</option>)}
          </select>
          {f.articleSlug ? <p className="field-error">{f.articleSlug}</p> : null}
        </div>
      )}
      <Field label="Number of questions" name="questionCount" type="number" min={3} max={20} defaultValue={v?.questionCount ?? 10} error={f.questionCount}
        hint={e ? 'A new number or new skills apply to attempts started from now on.' : undefined} />
      <fieldset className="field" aria-describedby={f.skills ? 'skills-error' : undefined}>
        <legend>Skills to practise</legend>
        {SKILLS.map((s) => (
          <label key={s} className="option"><input type="checkbox" name="skills" value={s} defaultChecked={v ? v.skills.includes(s) : skills ? skills.includes(s) : true} /> {SKILL_NAMES[s]}</label>
        ))}
        {f.skills ? <p id="skills-error" className="field-error">{f.skills}</p> : null}
      </fieldset>
      <fieldset className="field" aria-describedby={f.kinds ? 'kinds-error' : undefined}>
        <legend>Kinds of question</legend>
        {QUESTION_KINDS.map((k) => (
          <label key={k} className="option"><input type="checkbox" name="kinds" value={k} defaultChecked={v ? v.kinds.includes(k) : true} /> {KIND_NAMES[k]}</label>
        ))}
        {f.kinds ? <p id="kinds-error" className="field-error">{f.kinds}</p> : null}
      </fieldset>
      <Field label="Opens" name="opensLocal" type="datetime-local" value={opens} onChange={(ev) => setOpens(ev.target.value)} error={f.opensAt} />
      <Field label="Closes" name="closesLocal" type="datetime-local" value={closes} onChange={(ev) => setCloses(ev.target.value)} error={f.closesAt} />
      <Field label="Attempts allowed" name="attemptsAllowed" type="number" min={1} max={10} defaultValue={v?.attemptsAllowed ?? 1} error={f.attemptsAllowed} />
      <fieldset className="field">
        <legend>When students see the right answers</legend>
        <label className="option"><input type="radio" name="revealAnswers" value="after-submit" defaultChecked={(v?.revealAnswers ?? 'after-submit') === 'after-submit'} /> Right after they submit</label>
        <label className="option"><input type="radio" name="revealAnswers" value="after-close" defaultChecked={v?.revealAnswers === 'after-close'} /> Only after the assignment closes</label>
      </fieldset>
      <label className="option"><input type="checkbox" name="showLeaderboard" defaultChecked={v ? v.showLeaderboard : true} /> Show the class leaderboard to students</label>
      <label className="option">
        <input type="checkbox" name="confidenceMarks" defaultChecked={v ? v.confidenceMarks : false} aria-describedby="confidence-marks-help" /> Use confidence marks
      </label>
      <p id="confidence-marks-help" className="muted" style={{ marginTop: 0 }}>Students say how sure they are; right answers earn 1, 2 or 3 and wrong ones cost 0, 2 or 6 (the plain score is still shown first).</p>
      <div className="field">
        <label htmlFor="note">Note to students (optional)</label>
        <textarea id="note" name="note" maxLength={500} rows={3} defaultValue={v?.note} style={{ width: '100%', maxWidth: '32rem', font: 'inherit' }} />
        {f.note ? <p className="field-error">{f.note}</p> : null}
      </div>
      {e ? <SubmitButton pending="Saving…">Save changes</SubmitButton> : <SubmitButton pending="Assigning…">Assign</SubmitButton>}
    </form>
  );
}
