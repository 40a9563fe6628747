import { CONFIDENCE_NAMES, type CalibrationLevel } from '@/lib/quiz/confidence';

/** One skill's calibration in a table cell: right of answered at each level used, or a note that none was said. */
export function SkillCalibration({ levels }: { levels: CalibrationLevel[] }) {
  const used = levels.filter((l) => l.answered > 0);
  if (used.length === 0) return <span className="muted">not said</span>;
  return <>{used.map((l) => `${CONFIDENCE_NAMES[l.confidence]}: ${l.right} of ${l.answered} right`).join(' · ')}</>;
}
