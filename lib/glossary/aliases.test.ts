import { describe, expect, it } from 'vitest';
import { getTerm, findTerms } from './lookup';
import type { Sentence } from '../analysis/types';

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, text, paragraph: index, start: 0, end: text.length, words: 0 }));

describe('glossary aliases mean what their term means', () => {
  it('keeps a regulator (an agency) apart from a regulation (a rule)', () => {
    expect(getTerm('regulator')?.term).toBe('regulator');
    expect(getTerm('regulator')?.definition).toMatch(/agency/);
    expect(getTerm('regulation')?.definition).toMatch(/rule/);
    expect(getTerm('regulation')?.aliases).not.toContain('regulator');
  });

  it('splits people, courts and effects from the terms they were wrongly filed under', () => {
    expect(getTerm('juror')?.term).toBe('juror');
    expect(getTerm('court of appeal')?.term).toBe('appeals court');
    expect(getTerm('appealed')?.term).toBe('appeal');
    expect(getTerm('placebo effect')?.term).toBe('placebo effect');
    expect(getTerm('confounder')?.term).toBe('confounding variable');
    expect(getTerm('random sample')?.term).toBe('random sample');
    expect(getTerm('jury trial')?.term).toBe('trial');
    for (const gone of ['witness stand', 'felon', 'fact-checker', 'conspiracy theorist', 'editorial board', 'electors']) {
      expect(getTerm(gone), gone).toBeNull();
    }
  });

  it('finds the court, not the request, in "the Court of Appeal"', () => {
    const hits = findTerms(sentences('The charity regulator passed the case on, and she will ask the Court of Appeal to look at it.'));
    expect(hits.map((h) => h.term)).toEqual(['regulator', 'appeals court']);
  });
});
