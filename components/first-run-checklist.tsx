import Link from 'next/link';
import type { ReactNode } from 'react';
import { hideChecklistAction } from '@/app/teacher/actions';
import { CheckIcon } from '@/components/icons';
import type { TeacherProgress } from '@/lib/db/queries/teacher-progress';
import { firstRunSteps, type FirstRunStep } from '@/lib/first-run';

const STEPS: Record<FirstRunStep, { label: string; how: ReactNode }> = {
  class: { label: 'Create a class', how: <>With the <a href="#new-class">new class form</a> below</> },
  article: { label: 'Pick an article from the library, or paste your own', how: <><Link href="/#library">Browse the library</Link> or <Link href="/teacher/articles/new">paste an article</Link></> },
  assign: { label: 'Assign its quiz to your class', how: 'From your class’s page' },
  share: { label: 'Share the join code with your students', how: 'Ticked when the first student joins' },
};

/** Teach's first-run checklist: four steps ticked from the teacher's own data, hidden for good with one button. */
export function FirstRunChecklist({ progress }: { progress: TeacherProgress }) {
  const steps = firstRunSteps(progress);
  const done = steps.filter((s) => s.done).length;
  return (
    <section className="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Getting started</h2>
      <p className="muted">{done === steps.length ? 'All four done: your class is up and running.' : `${done} of ${steps.length} done.`}</p>
      <ol>
        {steps.map(({ step, done: isDone }) => (
          <li key={step} className={isDone ? 'done' : undefined}>
            <span className="tick" aria-hidden="true">{isDone ? <CheckIcon /> : null}</span>
            <span>
              <strong>{STEPS[step].label}</strong>
              <span className="visually-hidden">{isDone ? ' (done)' : ' (not done yet)'}</span>
              {isDone ? null : <span className="muted step-how"> {STEPS[step].how}</span>}
            </span>
          </li>
        ))}
      </ol>
      <form action={hideChecklistAction}>
        <button type="submit" className="secondary">Hide this checklist</button>
      </form>
    </section>
  );
}
