import { describe, expect, it } from 'vitest';
import { spreadKeys } from './balance';
import type { Question } from './types';

const question = (n: number, skill: Question['skill'] = 'who-said'): Question => ({
  id: `q${n}`,
  skill,
  prompt: `Question ${n}?`,
  options: ['right', 'wrong one', 'wrong two', 'wrong three'],
  answer: 0,
  evidence: [n],
  explanation: 'Because.',
  difficulty: 1,
});

describe('spreadKeys', () => {
  it('puts the keys of one skill on every position, not in turn, keeping each key and its options', () => {
    const out = spreadKeys([0, 1, 2, 3, 4, 5, 6, 7].map((n) => question(n)));
    expect([...out.map((q) => q.answer)].sort()).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(out.map((q) => q.answer)).not.toEqual([0, 1, 2, 3, 0, 1, 2, 3]);
    for (const q of out) {
      expect(q.options[q.answer]).toBe('right');
      expect([...q.options].sort()).toEqual(['right', 'wrong one', 'wrong three', 'wrong two']);
    }
  });

  it('counts each skill on its own, and gives the same bank the same positions', () => {
    const bank = [question(0), question(1, 'timeline'), question(2), question(3), question(4), question(5)];
    const out = spreadKeys(bank);
    expect([...out.filter((q) => q.skill === 'who-said').map((q) => q.answer)].sort()).toEqual([0, 1, 2, 3, 0].sort());
    expect(spreadKeys(bank)).toEqual(out);
  });
});
