import Link from 'next/link';
import type { Sentence } from '@/lib/analysis/types';
import type { AttemptView } from '@/lib/server/attempt-view';
import { formatDuration } from '@/lib/format';
import { SKILL_NAMES } from '@/lib/quiz/skill-names';
import { CONFIDENCE_NAMES } from '@/lib/quiz/confidence';
import { CalibrationChart } from './calibration-chart';
import { ConfidenceMarks } from './confidence-marks';
import { EvidenceList } from './evidence-list';
import { AnswerDetail } from './questions/answer-detail';
import { maxPointsOf } from '@/lib/quiz/grade';
import { FocusHeading } from './focus-heading';
import { SkillSummary } from './skill-summary';
import styles from './result.module.css';

/** A word for the score: praise that is earned, and where to look next when it is low. */
function cheer(percent: number): string {
  if (percent === 100) return 'Every answer right: a careful reader!';
  if (percent >= 80) return 'Sharp reading: check the one or two you missed below.';
  if (percent >= 50) return 'Good work. The questions below show where the article holds the answers you missed.';
  return 'Worth another read: each question below points to the sentence that answers it.';
}

/** The graded attempt: score and time, then each question with both answers, the lesson and its evidence. */
export function AttemptResult({ view, sentences, articleHref, context, boardNote = null }: {
  view: AttemptView;
  sentences: Sentence[];
  articleHref: string;
  /** Public play links to the leaderboard; a class attempt back to the class; a teacher sees a student's. */
  context: 'public' | 'class' | 'teacher';
  /** Why this open play is not on the leaderboard, if it is not. */
  boardNote?: string | null;
}) {
  const { attempt } = view;
  const reveals = Object.values(view.reveal);
  const percent = attempt.maxScore ? Math.round((100 * (attempt.score ?? 0)) / attempt.maxScore) : 0;
  return (
    <>
      <p className="muted" style={{ margin: 0 }}><Link href={articleHref}>← {view.articleTitle}</Link></p>
      <FocusHeading>{context === 'teacher' ? `${attempt.nickname}’s result` : 'Your result'}</FocusHeading>
      <div className={styles.hero}>
        <p className="score">{attempt.score} out of {attempt.maxScore}</p>
        <p className={styles.percent}>{percent}%</p>
        {context === 'teacher' ? null : <p className={styles.cheer}>{cheer(percent)}</p>}
      </div>
      <p>Time taken: <strong>{formatDuration(attempt.durationMs)}</strong> · Played as <strong>{attempt.nickname}</strong></p>
      {/* Open play shows both marks; a class attempt only when its assignment uses confidence marks. */}
      {!view.assignment || view.assignment.confidenceMarks ? <ConfidenceMarks attempt={attempt} /> : null}
      {context === 'public' ? (
        <div className="actions">
          <Link className="button" href={`${articleHref}/leaderboard`}>See the leaderboard</Link>
          <Link className="button secondary" href={`${articleHref}/quiz`}>Play again</Link>
        </div>
      ) : context === 'class' ? (
        <div className="actions"><Link className="button" href="/class">Back to your class</Link></div>
      ) : null}
      {boardNote ? <p role="note">{boardNote}</p> : null}
      {reveals.includes('held-back') ? (
        <p role="note">A class is doing this quiz now and its teacher will show the answers when it closes, so some answers are held back here until then.</p>
      ) : reveals.includes('verdict') ? (
        <p role="note">This is a replay: you see which answers were right, not the right options (your first play of this article shows those). Read the article again and have another go.</p>
      ) : null}
      <SkillSummary view={view} />
      {view.calibration ? <CalibrationChart levels={view.calibration} /> : null}
      <h2>Question by question</h2>
      <ol style={{ listStyle: 'none', padding: 0 }}>
        {view.dealt.map(({ question: q }, i) => {
          const given = view.answers[q.id];
          const chosen = view.chosen[q.id];
          const right = given ? given.correct : chosen === q.answer;
          // Answers stored before responses were kept are single choice: their `chosen` says it all.
          const response = given?.response ?? (chosen === undefined ? null : { kind: 'one' as const, option: chosen });
          const maxPoints = q.key ? maxPointsOf(q.key) : 1;
          const partly = !right && given?.points != null && given.points > 0;
          // Held back: not even right or wrong (a verdict per question gives the key away by elimination).
          const reveal = view.reveal[q.id] ?? 'held-back';
          const verdict = reveal === 'held-back' ? 'held' : right ? 'right' : 'wrong';
          return (
            <li key={q.id}>
              <section className={`card result ${verdict}`} aria-labelledby={`r-${q.id}`} style={{ marginBottom: '1rem' }}>
                <h3 id={`r-${q.id}`} style={{ margin: '0 0 .25rem', fontSize: '1.05rem' }}>
                  Question {i + 1} <span className="badge">{SKILL_NAMES[q.skill]}</span>
                </h3>
                <p style={{ margin: '.25rem 0' }}>{q.prompt}</p>
                {reveal === 'held-back' ? (
                  <p className="verdict">Answer held back until the class assignment closes</p>
                ) : (
                  <p className={`verdict ${verdict}`}>
                    {right ? '✓ Right' : '✗ Not quite'}
                    {partly ? ' (partly right)' : ''}
                    {maxPoints > 1 && given?.points != null ? ` · ${given.points} of ${maxPoints} points` : ''}
                  </p>
                )}
                <AnswerDetail q={q} response={response} reveal={reveal} sentences={sentences} articleHref={articleHref} />
                {view.confidence[q.id] ? <p style={{ margin: '.25rem 0' }}>You said: <strong>{CONFIDENCE_NAMES[view.confidence[q.id]]}</strong></p> : null}
                {reveal === 'answer' ? <p>{q.explanation}</p> : null}
                {/* Not on a replay: the evidence quotes the sentence that holds the right option. */}
                {reveal === 'answer' ? <EvidenceList evidence={q.evidence} sentences={sentences} articleHref={articleHref} /> : null}
              </section>
            </li>
          );
        })}
      </ol>
    </>
  );
}
