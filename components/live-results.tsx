'use client';

import { useEffect, useState } from 'react';
import type { AssignmentResults } from '@/lib/server/assignment-results';
import { formatDuration } from '@/lib/format';
import { SKILL_NAMES } from '@/lib/quiz/skill-names';
import { KIND_NAMES } from '@/lib/quiz/kind-names';

const STATUS: Record<string, string> = { 'not-started': 'Not started', started: 'Working', submitted: 'Submitted' };
const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);
/** The kinds that earn part of their marks (an order's adjacent pairs, a two-part's part A); the others are all or nothing. */
const PARTIAL_KINDS = new Set<string>(['order', 'two-part']);

/** The results of an assignment, refreshed every few seconds while students work, without a page reload. */
export function LiveResults({ assignmentId, initial }: { assignmentId: string; initial: AssignmentResults }) {
  const [data, setData] = useState(initial);
  const [updated, setUpdated] = useState<string>('');
  const [stale, setStale] = useState(false);
  const [signedOut, setSignedOut] = useState(false);

  useEffect(() => {
    let stop = false;
    const tick = async () => {
      try {
        const res = await fetch(`/api/teacher/assignments/${assignmentId}/results`, { cache: 'no-store' });
        if (res.status === 401) {
          // The session ended: retrying will not help, so stop and say what to do.
          setSignedOut(true);
          clearInterval(timer);
          return;
        }
        if (!res.ok) throw new Error(String(res.status));
        const next = (await res.json()) as AssignmentResults;
        if (!stop) {
          setData(next);
          setStale(false);
          setUpdated(new Date().toLocaleTimeString());
        }
      } catch {
        if (!stop) setStale(true);
      }
    };
    const timer = setInterval(tick, 3000);
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, [assignmentId]);

  return (
    <div>
      {/* Only the counts are announced to screen readers; the clock would be read out every 3 seconds. */}
      <p className="muted">
        <span role="status" aria-live="polite">
          {data.counts.submitted} submitted · {data.counts.started} working · {data.counts.notStarted} not started
          {data.averageScore !== null ? ` · class average ${pct(data.averageScore)}` : ''}
        </span>
        {signedOut ? null : stale ? ' · connection lost, retrying…' : updated ? ` · updated ${updated}` : ' · updates every 3 seconds'}
      </p>
      {signedOut ? <p className="form-error" role="alert">You have been signed out, so the results stopped updating. <a href={`/signin?next=/teacher/assignments/${assignmentId}`}>Sign in again</a>.</p> : null}
      <h2>Students</h2>
      {data.students.length === 0 ? <p className="empty">No students have joined yet.</p> : (
        // Focusable, so a keyboard user can scroll it when it is wider than a phone.
        <div className="table-scroll" role="region" aria-label="Students" tabIndex={0}>
        <table className="board">
          <thead><tr><th scope="col">Student</th><th scope="col">Status</th><th scope="col" className="num">Score</th>{data.confidenceMarks ? <th scope="col" className="num">Confidence marks</th> : null}<th scope="col" className="num">Time</th><th scope="col">Attempt</th></tr></thead>
          <tbody>
            {data.students.map((s) => (
              <tr key={s.studentId}>
                <td>{s.nickname}</td>
                <td>{STATUS[s.status]}</td>
                <td className="num">{s.score === null ? '–' : `${s.score} / ${s.maxScore}`}</td>
                {data.confidenceMarks ? <td className="num">{s.weightedScore === null || s.maxScore === null ? '–' : `${s.weightedScore} / ${3 * s.maxScore}`}</td> : null}
                <td className="num">{formatDuration(s.durationMs)}</td>
                <td>{s.status === 'submitted' && s.attemptId ? <a href={`/attempts/${s.attemptId}`}>View<span className="visually-hidden"> {s.nickname}’s attempt</span></a> : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      <h2>By skill</h2>
      {data.skills.length === 0 ? <p className="empty">Skill averages appear after the first submission.</p> : (
        <table className="board">
          <thead><tr><th scope="col">Skill</th><th scope="col" className="num">Right</th><th scope="col" className="num">Answers</th></tr></thead>
          <tbody>{data.skills.map((k) => <tr key={k.skill}><td>{SKILL_NAMES[k.skill] ?? k.skill}</td><td className="num">{pct(k.correctShare)}</td><td className="num">{k.answered}</td></tr>)}</tbody>
        </table>
      )}
      <h2>By kind of question</h2>
      {data.kinds.length === 0 ? <p className="empty">Results by kind appear after the first submission.</p> : (
        <div className="table-scroll" role="region" aria-label="By kind of question" tabIndex={0}>
        <table className="board">
          <thead><tr><th scope="col">Kind</th><th scope="col" className="num">Fully right</th><th scope="col" className="num">Partial credit</th><th scope="col">Most chosen wrong answer</th></tr></thead>
          <tbody>
            {data.kinds.map((k) => (
              <tr key={k.kind}>
                <td>{KIND_NAMES[k.kind]}</td><td className="num">{pct(k.correctShare)} <span className="muted">of {k.answered}</span></td>
                <td className="num">{PARTIAL_KINDS.has(k.kind) ? pct(k.partialCredit) : '–'}</td><td>{k.commonWrong ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      <h2>By question (hardest first)</h2>
      {data.questions.length === 0 ? <p className="empty">Question results appear after the first submission.</p> : (
        <div className="table-scroll" role="region" aria-label="By question" tabIndex={0}>
        <table className="board">
          <thead><tr><th scope="col">Question</th><th scope="col" className="num">Right</th><th scope="col" className="num">Partial credit</th><th scope="col">Most chosen wrong answer</th></tr></thead>
          <tbody>
            {data.questions.map((q) => (
              <tr key={q.id}>
                <td>{q.prompt} <span className="badge">{KIND_NAMES[q.kind]}</span></td>
                <td className="num">{pct(q.correctShare)} <span className="muted">of {q.answered}</span></td>
                <td className="num">{PARTIAL_KINDS.has(q.kind) ? pct(q.partialCredit) : '–'}</td><td>{q.commonWrong ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </div>
  );
}
