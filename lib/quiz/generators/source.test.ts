import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';

describe('source distractors of the story’s own kind', () => {
  const text = `---
title: Walking and sleep
date: 2025-04-02
---

Adults who walked 30 minutes a day slept longer, according to a study published on Monday in the Journal of Rest Medicine.

The charity that funded the work said in a statement that the results "make a strong case for daily walks."

A randomised trial involving 400 volunteers is due to begin next year, lead author Hana Roos said.
`;
  it('offers no ruling by a judge or court filing in a science story that mentions a randomised trial', () => {
    const qs = buildQuestionBank(text).questions.filter((q) => q.skill === 'source');
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.options.filter((o) => /judge|court/.test(o))).toEqual([]);
  });
});
