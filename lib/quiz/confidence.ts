import type { GradedAnswer, PointsRule } from './grade';

/**
 * How sure a player was of an answer, and what confidence-weighted marks make of it. The model is Moodle's
 * certainty-based marking: a right answer earns 1, 2 or 3 marks at guessing, fairly sure or sure; a wrong one
 * 0, -2 or -6. Saying "sure" only pays when the player is right more than 4 times in 5, so the best strategy is
 * to report honestly how sure one is.
 */
export const CONFIDENCES = ['sure', 'fairly', 'guess'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** What each level is called on screen. */
export const CONFIDENCE_NAMES: Record<Confidence, string> = { sure: 'Sure', fairly: 'Fairly sure', guess: 'Guessing' };

/** Marks per point of the question, right and wrong, at each level. */
export const WEIGHTS: Record<Confidence, { right: number; wrong: number }> = {
  guess: { right: 1, wrong: 0 },
  fairly: { right: 2, wrong: -2 },
  sure: { right: 3, wrong: -6 },
};

/**
 * The share right each level promises: the break-even points of the marks above. "Sure" beats "fairly sure" only
 * above 80% right (3p - 6(1-p) > 2p - 2(1-p)), and "fairly sure" beats "guessing" only above 2 in 3.
 */
export const PROMISES: Record<Confidence, { share: number; words: string }> = {
  sure: { share: 0.8, words: 'at least 4 in 5' },
  fairly: { share: 2 / 3, words: 'about 2 in 3 or more' },
  guess: { share: 0, words: 'no promise' },
};

/**
 * Weighted marks for one graded answer. An answer with no confidence counts as a guess (its plain points, no
 * penalty), so a player who skips the choices is marked as before. A partly right answer earns its whole points
 * times the right-answer weight and no penalty: it was not wrong.
 */
export function weightedPoints(answer: Pick<GradedAnswer, 'credit' | 'maxPoints'>, confidence: Confidence | undefined): number {
  const w = WEIGHTS[confidence ?? 'guess'];
  if (answer.credit <= 0) return w.wrong * answer.maxPoints;
  return w.right * Math.floor(answer.credit * answer.maxPoints + 1e-9);
}

/** A points rule for `gradeSheet` that weights each answer by the player's confidence in it (by question id). */
export function confidenceRule(confidence: Partial<Record<string, Confidence>>): PointsRule {
  return (a) => weightedPoints(a, confidence[a.questionId]);
}

/** The weighted marks of a graded sheet: the total and the best possible (everything right and sure). */
export function weightedScore(answers: Omit<GradedAnswer, 'points'>[], confidence: Partial<Record<string, Confidence>>): { score: number; maxScore: number } {
  const rule = confidenceRule(confidence);
  return {
    score: answers.reduce((s, a) => s + rule(a), 0),
    maxScore: answers.reduce((s, a) => s + WEIGHTS.sure.right * a.maxPoints, 0),
  };
}

/** One level of a calibration picture: how many answers were given at it, how many were right, what it promises. */
export interface CalibrationLevel {
  confidence: Confidence;
  answered: number;
  right: number;
  /** right / answered, null when nothing was answered at this level. */
  share: number | null;
  promise: number;
}

/** Counts answers per confidence level (answers without a confidence are left out: they say nothing about it). */
export function calibration(answers: { confidence: Confidence | null | undefined; correct: boolean }[]): CalibrationLevel[] {
  const counts = (c: Confidence) => {
    const at = answers.filter((a) => a.confidence === c);
    return { answered: at.length, right: at.filter((a) => a.correct).length };
  };
  return levelsOf({ sure: counts('sure'), fairly: counts('fairly'), guess: counts('guess') });
}

/** Calibration levels from counts already made (by SQL, say): right of answered per level. */
export function levelsOf(counts: Record<Confidence, { right: number; answered: number }>): CalibrationLevel[] {
  return CONFIDENCES.map((confidence) => {
    const { right, answered } = counts[confidence];
    return { confidence, answered, right, share: answered ? right / answered : null, promise: PROMISES[confidence].share };
  });
}

/** Several calibrations added up, level by level (one picture over every skill). */
export function sumLevels(many: CalibrationLevel[][]): CalibrationLevel[] {
  const total = (c: Confidence) => ({
    right: many.reduce((s, ls) => s + (ls.find((l) => l.confidence === c)?.right ?? 0), 0),
    answered: many.reduce((s, ls) => s + (ls.find((l) => l.confidence === c)?.answered ?? 0), 0),
  });
  return levelsOf({ sure: total('sure'), fairly: total('fairly'), guess: total('guess') });
}

const ofTimes = (l: CalibrationLevel) => `${l.right} of ${l.answered} ${l.answered === 1 ? 'time' : 'times'}`;

/**
 * The one plain sentence under a calibration picture: it speaks to the level that most needs it (over-sure first,
 * then under-sure), else praises, else says how to get a picture at all.
 */
export function calibrationSentence(levels: CalibrationLevel[]): string {
  const by = Object.fromEntries(levels.map((l) => [l.confidence, l])) as Record<Confidence, CalibrationLevel>;
  const { sure, fairly, guess } = by;
  if (sure.answered + fairly.answered + guess.answered === 0) {
    return 'You did not say how sure you were, so there is no picture yet. Next time, pick Sure, Fairly sure or Guessing for each answer.';
  }
  if (sure.answered > 0 && sure.share! < sure.promise) {
    return `When you were sure you were right ${ofTimes(sure)}: check the article before you are sure.`;
  }
  if (fairly.answered > 0 && fairly.share! < fairly.promise) {
    return `When you were fairly sure you were right ${ofTimes(fairly)}: find the sentence that proves it before you commit.`;
  }
  if (guess.answered >= 2 && guess.share! >= PROMISES.fairly.share) {
    return `Your guesses were right ${ofTimes(guess)}: you know more than you think, so trust your reading a little more.`;
  }
  if (sure.answered > 0) return `When you were sure you were right ${ofTimes(sure)}: your confidence matches what you know.`;
  return 'Your confidence matches how often you were right. Keep checking the evidence.';
}
