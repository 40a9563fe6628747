import { LocalTime } from './local-time';

/**
 * Tells a student that their result changed after they sent it: their teacher fixed or removed a question of the
 * quiz, and the answers were marked again. Nothing when the result is as first marked.
 */
export function RegradeNotice({ regradedAt, asTeacher = false }: { regradedAt: Date | null; asTeacher?: boolean }) {
  if (!regradedAt) return null;
  if (asTeacher) {
    return <p className="card" role="note"><strong>Marked again</strong> on <LocalTime iso={regradedAt.toISOString()} /> after you fixed or removed a question.</p>;
  }
  return (
    <p className="card" role="note" style={{ borderLeft: '4px solid currentColor' }}>
      <strong>Updated by your teacher</strong> on <LocalTime iso={regradedAt.toISOString()} />: a question was corrected or removed after you
      sent your answers, so your score was worked out again.
    </p>
  );
}
