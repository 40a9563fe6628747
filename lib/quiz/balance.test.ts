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
  it('puts the keys of one skill on every position in turn, keeping each key and its options', () => {
    const out = spreadKeys([0, 1, 2, 3, 4].map((n) => question(n)));
    expect(out.map((q) => q.answer)).toEqual([0, 1, 2, 3, 0]);
    for (const q of out) {
      expect(q.options[q.answer]).toBe('right');
      expect([...q.options].sort()).toEqual(['right', 'wrong one', 'wrong three', 'wrong two']);
    }
  });

  it('counts each skill on its own', () => {
    const out = spreadKeys([question(0), question(1, 'timeline'), question(2)]);
    expect(out.map((q) => [q.skill, q.answer])).toEqual([['who-said', 0], ['timeline', 0], ['who-said', 1]]);
  });
});
