import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';
import { norm } from '../util';

const TRIAL = `---
title: Bakery owner cleared of arson
date: 2025-11-20
---

A jury in Calder County on Wednesday acquitted bakery owner Tomas Reyna of arson after a two-week trial in the county court.

The jurors deliberated for six hours before the judge read out the verdict in the courtroom.

The prosecutor had told the court that Reyna set the fire to claim insurance money on the failing shop.

The defense argued that faulty wiring in the old building caused the blaze, and a witness from the fire service agreed with that account.

Reyna, the defendant, wept as the judge thanked the jury and closed the proceedings.

The insurer may still file a civil lawsuit to recover the money it paid out, the judge noted after the hearing.
`;

describe('vocabulary questions that stand apart from each other', () => {
  const vocab = buildQuestionBank(TRIAL).questions.filter((q) => q.skill === 'vocabulary');
  const key = (q: (typeof vocab)[number]) => norm(q.options[q.answer]);
  const wrong = (q: (typeof vocab)[number]) => q.options.filter((_, i) => i !== q.answer).map(norm);

  it('asks about only one of two terms that mean much the same ("jury" and "jurors")', () => {
    expect(vocab.length).toBeGreaterThan(2);
    expect(vocab.filter((q) => /What does “(?:jury|jurors)” mean/.test(q.prompt)).length).toBeLessThanOrEqual(1);
  });

  it('never offers one question’s key as a wrong meaning in another', () => {
    const keys = new Set(vocab.map(key));
    for (const q of vocab) expect(wrong(q).filter((w) => keys.has(w)), q.prompt).toEqual([]);
  });

  it('shares at most one wrong meaning between any two questions', () => {
    for (const a of vocab) {
      for (const b of vocab) {
        if (a === b) continue;
        expect(wrong(a).filter((w) => wrong(b).includes(w)).length, `${a.prompt} / ${b.prompt}`).toBeLessThanOrEqual(1);
      }
    }
  });
});
