import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { CalibrationChart } from '@/components/calibration-chart';
import { SkillCalibration } from '@/components/skill-calibration';
import { getPlayer } from '@/lib/auth/player';
import { percent, trendWords } from '@/lib/quiz/mastery';
import { SKILL_NAMES } from '@/lib/quiz/skill-names';
import { getPlayerSkills, RECENT_ATTEMPTS } from '@/lib/server/player-skills';

export const metadata: Metadata = { title: 'Your skills' };

const WHOSE = {
  class: 'your class assignments',
  account: 'the quizzes you played signed in',
  guest: 'the quizzes played in this browser',
} as const;

/** A player's skills across articles: a class member's, a signed-in player's, or this browser's as a guest. */
export default async function SkillsPage() {
  await connection();
  const player = await getPlayer();
  const page = player ? await getPlayerSkills({ player }) : null;
  if (!page || page.skills.length === 0) {
    return (
      <>
        <h1>Your skills</h1>
        <p className="empty">Nothing to show yet. <Link href="/">Play a quiz</Link> and your skills appear here once its answers are shown.</p>
      </>
    );
  }
  return (
    <>
      <h1>Your skills</h1>
      <p className="muted">From {WHOSE[page.as]}: your last {RECENT_ATTEMPTS} quizzes at most.</p>
      {page.weakest ? <p><strong>Practise next: {SKILL_NAMES[page.weakest]}</strong> (your lowest share right).</p> : null}
      <div className="table-scroll" role="region" aria-label="Your skills table" tabIndex={0}>
        <table className="board" style={{ maxWidth: '60rem' }}>
          <caption className="visually-hidden">Right answers per skill</caption>
          <thead>
            <tr><th scope="col">Skill</th><th scope="col" className="num">Right</th><th scope="col">Trend (newest quiz against the ones before)</th><th scope="col">How sure you were</th></tr>
          </thead>
          <tbody>
            {page.skills.map((s) => (
              <tr key={s.skill}>
                <th scope="row">{SKILL_NAMES[s.skill]}</th>
                <td className="num">{s.overall.right} of {s.overall.answered} ({percent(s.overall.share)})</td>
                <td>{trendWords(s.trend)}</td>
                <td><SkillCalibration levels={s.calibration} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CalibrationChart levels={page.calibration} heading="How sure were you, across your quizzes?" />
      <h2>Questions you missed</h2>
      {page.misses.length === 0 ? (
        <p className="empty">None: every answer counted here was right.</p>
      ) : (
        <ul>
          {page.misses.map((m) => (
            <li key={`${m.attemptId}-${m.questionId}`} style={{ marginBottom: '.5rem' }}>
              <span className="badge" style={{ marginLeft: 0, marginRight: '.4rem' }}>{SKILL_NAMES[m.skill]}</span>
              {/* The result page shows the evidence, when its answers may be shown. */}
              <Link href={`/attempts/${m.attemptId}#r-${m.questionId}`}>{m.prompt}</Link>{' '}
              <span className="muted">({m.articleTitle})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
