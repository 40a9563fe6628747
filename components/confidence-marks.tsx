import type { AttemptRow } from '@/lib/db/schema';
import { WEIGHTS } from '@/lib/quiz/confidence';

/** The confidence-weighted marks of a submitted attempt, below the plain score (which stays the headline). */
export function ConfidenceMarks({ attempt }: { attempt: Pick<AttemptRow, 'weightedScore' | 'maxScore'> }) {
  if (attempt.weightedScore === null) return null;
  return (
    <p>
      Confidence marks: <strong>{attempt.weightedScore} out of {WEIGHTS.sure.right * attempt.maxScore}</strong>{' '}
      <span className="muted">(right answers earn 1, 2 or 3 when guessing, fairly sure or sure; wrong ones 0, −2 or −6; an answer with no confidence said counts as a guess)</span>
    </p>
  );
}
