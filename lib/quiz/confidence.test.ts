import { describe, expect, it } from 'vitest';
import { calibration, calibrationSentence, confidenceRule, weightedPoints, weightedScore } from './confidence';
import { gradeSheet, type AnswerKey } from './grade';

const one = (answer: number): AnswerKey => ({ kind: 'one', answer, options: 4 });

describe('confidence-weighted marks (Moodle certainty-based marking)', () => {
  it('right earns 1 / 2 / 3 and wrong 0 / -2 / -6 at guessing / fairly sure / sure', () => {
    const right = { credit: 1, maxPoints: 1 };
    const wrong = { credit: 0, maxPoints: 1 };
    expect([weightedPoints(right, 'guess'), weightedPoints(right, 'fairly'), weightedPoints(right, 'sure')]).toEqual([1, 2, 3]);
    expect([weightedPoints(wrong, 'guess'), weightedPoints(wrong, 'fairly'), weightedPoints(wrong, 'sure')]).toEqual([0, -2, -6]);
  });

  it('no confidence given marks like a guess: the plain points, never a penalty', () => {
    expect(weightedPoints({ credit: 1, maxPoints: 1 }, undefined)).toBe(1);
    expect(weightedPoints({ credit: 0, maxPoints: 1 }, undefined)).toBe(0);
  });

  it('a question worth 2 scales both ways; a partly right one earns its whole points with no penalty', () => {
    expect(weightedPoints({ credit: 1, maxPoints: 2 }, 'sure')).toBe(6);
    expect(weightedPoints({ credit: 0, maxPoints: 2 }, 'sure')).toBe(-12);
    expect(weightedPoints({ credit: 0.5, maxPoints: 2 }, 'sure')).toBe(3);
    // Less than one whole point right: nothing, but no penalty either.
    expect(weightedPoints({ credit: 0.4, maxPoints: 2 }, 'sure')).toBe(0);
  });

  it('plugs into the one grader as its points rule, and weightedScore adds a sheet up', () => {
    const qs = [{ id: 'a', key: one(0) }, { id: 'b', key: one(1) }, { id: 'c', key: one(2) }];
    const responses = { a: { kind: 'one', option: 0 }, b: { kind: 'one', option: 0 }, c: { kind: 'one', option: 2 } } as const;
    const conf = { a: 'sure', b: 'sure' } as const; // c has none: a guess
    const sheet = gradeSheet(qs, responses, confidenceRule(conf));
    expect(sheet.answers.map((a) => a.points)).toEqual([3, -6, 1]);
    expect(sheet.score).toBe(-2);
    const plain = gradeSheet(qs, responses);
    expect(plain.score).toBe(2);
    expect(weightedScore(plain.answers, conf)).toEqual({ score: -2, maxScore: 9 });
  });

  it('an empty sheet weighs nothing', () => {
    expect(weightedScore([], {})).toEqual({ score: 0, maxScore: 0 });
  });
});

describe('calibration', () => {
  it('counts right per level against its promise, leaving out answers without a confidence', () => {
    const levels = calibration([
      { confidence: 'sure', correct: true }, { confidence: 'sure', correct: false }, { confidence: 'sure', correct: true },
      { confidence: 'guess', correct: false }, { confidence: null, correct: true },
    ]);
    expect(levels).toEqual([
      { confidence: 'sure', answered: 3, right: 2, share: 2 / 3, promise: 0.8 },
      { confidence: 'fairly', answered: 0, right: 0, share: null, promise: 2 / 3 },
      { confidence: 'guess', answered: 1, right: 0, share: 0, promise: 0 },
    ]);
    expect(calibrationSentence(levels)).toBe('When you were sure you were right 2 of 3 times: check the article before you are sure.');
  });

  it('no confidence given: every level empty, and the sentence says how to get a picture', () => {
    const levels = calibration([{ confidence: undefined, correct: true }]);
    expect(levels.every((l) => l.answered === 0 && l.share === null)).toBe(true);
    expect(calibrationSentence(levels)).toMatch(/did not say how sure/);
    expect(calibrationSentence(calibration([]))).toMatch(/did not say how sure/);
  });

  it('one answer: one wrong "sure" is over-sure; one right "sure" is well judged', () => {
    expect(calibrationSentence(calibration([{ confidence: 'sure', correct: false }]))).toBe('When you were sure you were right 0 of 1 time: check the article before you are sure.');
    expect(calibrationSentence(calibration([{ confidence: 'sure', correct: true }]))).toBe('When you were sure you were right 1 of 1 time: your confidence matches what you know.');
  });

  it('speaks to fairly-sure misses, then to guesses that were mostly right', () => {
    expect(calibrationSentence(calibration([{ confidence: 'fairly', correct: false }, { confidence: 'fairly', correct: true }]))).toMatch(/^When you were fairly sure you were right 1 of 2 times/);
    expect(calibrationSentence(calibration([{ confidence: 'guess', correct: true }, { confidence: 'guess', correct: true }]))).toMatch(/^Your guesses were right 2 of 2 times/);
    expect(calibrationSentence(calibration([{ confidence: 'guess', correct: false }]))).toMatch(/matches how often you were right/);
  });
});
