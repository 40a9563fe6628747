import { describe, expect, it } from 'vitest';
import { band, percent, sumTallies, tally, trend, trendWords, weakestSkill } from './mastery';

describe('skill mastery maths', () => {
  it('a skill never asked has no share (not 0%), and prints a dash', () => {
    expect(tally(0, 0)).toEqual({ answered: 0, right: 0, share: null });
    expect(percent(null)).toBe('–');
    expect(band(null)).toBe('none');
  });

  it('one answer is a share of 0 or 1', () => {
    expect(tally(1, 1).share).toBe(1);
    expect(tally(0, 1).share).toBe(0);
    expect(percent(tally(2, 3).share)).toBe('67%');
  });

  it('the class average weighs every answer, not the mean of students’ shares, and skips students who never met the skill', () => {
    // 1 of 1 and 1 of 3: the mean of shares would be 67%, the answers say 2 of 4.
    expect(sumTallies([tally(1, 1), tally(1, 3), undefined, null])).toEqual({ answered: 4, right: 2, share: 0.5 });
    expect(sumTallies([])).toEqual({ answered: 0, right: 0, share: null });
  });

  it('bands: under half low, under three quarters middling, else high', () => {
    expect([band(0), band(0.49), band(0.5), band(0.74), band(0.75), band(1)]).toEqual(['low', 'low', 'mid', 'mid', 'high', 'high']);
  });

  it('the weakest skill is the lowest share among skills answered; ties go to more wrong answers; nothing answered is null', () => {
    expect(weakestSkill({})).toBeNull();
    expect(weakestSkill({ 'who-said': tally(0, 0) })).toBeNull();
    // All right: nothing to practise next.
    expect(weakestSkill({ 'who-said': tally(2, 2), timeline: tally(3, 3) })).toBeNull();
    expect(weakestSkill({ 'who-said': tally(1, 2), timeline: tally(2, 2), numbers: tally(0, 0) })).toBe('who-said');
    expect(weakestSkill({ vocabulary: tally(1, 2), source: tally(2, 4) })).toBe('source');
    // Equal share and equal wrong answers: the order of the skill list decides, so the answer is stable.
    expect(weakestSkill({ source: tally(0, 1), vocabulary: tally(0, 1) })).toBe('vocabulary');
  });

  it('the trend compares the newest share with the ones before, in points, and needs both', () => {
    expect(trend(tally(3, 4), tally(1, 2))).toBe(25);
    expect(trend(tally(0, 2), tally(2, 2))).toBe(-100);
    expect(trend(tally(1, 1), tally(0, 0))).toBeNull();
    expect(trend(tally(0, 0), tally(1, 1))).toBeNull();
    expect([trendWords(25), trendWords(-100), trendWords(0), trendWords(null)]).toEqual(['up 25 points', 'down 100 points', 'steady', 'not enough yet']);
  });
});
