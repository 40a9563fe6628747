import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';
import { cutName } from './source';

describe('source distractors of the story’s own kind', () => {
  const text = `---
title: Walking and sleep
date: 2025-04-02
---

Adults who walked 30 minutes a day slept longer, according to a study published on Monday in the Journal of Rest Medicine.

The charity that funded the work said in a statement that the results "make a strong case for daily walks."

A randomised trial involving 400 volunteers is due to begin next year, lead author Hana Roos said.

One adult in three sleeps less than six hours a night, according to government records released last year.
`;
  it('offers no ruling by a judge or court filing in a science story that mentions a randomised trial', () => {
    const qs = buildQuestionBank(text).questions.filter((q) => q.skill === 'source');
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.options.filter((o) => /judge|court/.test(o))).toEqual([]);
  });
});

describe('source blanks that leave the sentence readable', () => {
  const text = `---
title: Ferry timetable cut
date: 2025-04-02
---

Harbour manager Tove Lind told the BBC that the winter timetable would lose two crossings a day.

The ferry company tweeted that the changes were needed to repair the older of its two boats.

Lind told reporters at a briefing on the quay that no jobs would be lost this year.

The figures come from a 2024 survey of island households carried out by the council.
`;
  it('never blanks a verb ("told the BBC", "tweeted") or offers "an interview" for words told to reporters', () => {
    const qs = buildQuestionBank(text).questions.filter((q) => q.skill === 'source');
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      expect(q.prompt).not.toMatch(/(?:Lind|company) ___/);
      expect(q.prompt).not.toMatch(/briefing/);
    }
  });
});

describe('source blanks over what someone belongs to', () => {
  const text = `---
title: Later school starts
date: 2026-01-27
---

Teenagers slept longer when school started later, according to a study of 40 schools published on Monday.

Hillcrest Academy, one of the schools in the study, moved its first lesson from 8:00 to 8:50 two years ago.

The academy said in a statement that attendance in the first lesson had risen every term since the change.

Pupils missed fewer first lessons in every term, according to council records released in March.
`;
  it('never blanks "the study" in "one of the schools in the study"', () => {
    const qs = buildQuestionBank(text).questions.filter((q) => q.skill === 'source');
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => /one of the schools in ___/.test(q.prompt))).toEqual([]);
  });
});

describe('source items a guesser cannot learn', () => {
  const text = `---
title: Wolf numbers rise
date: 2024-03-14
---

The state counted at least 260 wolves in 42 packs last winter, according to an annual survey released on Tuesday.

The Cascadia Wolf Alliance said in a statement that the animals were "finally returning" to their old range.

Rancher Ole Halvorsen wrote on Facebook that the count missed most of the wolves in his county.

A judge ordered the state to run the count every year after ranchers won a lawsuit in 2019.
`;
  const qs = buildQuestionBank(text).questions.filter((q) => q.skill === 'source');

  it('keys a statement once per article, as "A public statement" (the article need not say "press"; ninth blind set)', () => {
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.flatMap((q) => q.options)).not.toContain('A press statement');
    const twice = buildQuestionBank(text.replace('Rancher Ole Halvorsen wrote on Facebook', 'Rancher Ole Halvorsen said in a statement')).questions;
    expect(twice.filter((q) => q.skill === 'source' && q.options[q.answer] === 'A public statement').length).toBe(1);
  });

  it('offers no ruling or court filing when the sentence still names a speaker who is no court', () => {
    const post = qs.find((q) => q.prompt.includes('Halvorsen wrote on ___'));
    expect(post).toBeDefined();
    expect(post!.options.filter((o) => /judge|court/.test(o))).toEqual([]);
  });
});

describe('source explanations that credit the whole name', () => {
  it('never names a body by the start of its name ("the U.S." of "the U.S. Attorney’s Office")', () => {
    const sentence = '"The money was misused," according to a statement issued by the U.S. Attorney\'s Office for Maine.';
    expect(cutName('the U.S', sentence)).toBe(true);
    expect(cutName('the U.S.', sentence)).toBe(true);
    expect(cutName('Dana Reyes', 'Dana Reyes said in a statement that the fund was closed.')).toBe(false);
  });
});

describe('source: a sentence that ends a quotation begun in an earlier one', () => {
  const text = `---
title: River weed spreads
date: 2025-06-10
---

The weed now covers a third of the river, according to a survey published by the county on Monday.

“It grows back faster than we can cut it. Every summer it reaches further downstream,” warden Ola Berg said in an interview on Tuesday.
`;
  it('is not shown alone as a stem (a closing mark with no opening one), and the explanation does not vouch for an interview', () => {
    const qs = buildQuestionBank(text).questions.filter((q) => q.skill === 'source');
    for (const q of qs) expect(q.prompt, q.prompt).not.toMatch(/^Where does this information come from\? “[^“]*”[^“]*” \(/);
    for (const q of qs) expect(q.explanation).not.toMatch(/other sources can confirm/);
  });
});

describe('source: words in the blanked sentence that point at a ruling', () => {
  it('asks no "where does this come from" when the sentence still says "judges" or "the court ordered"', () => {
    const text = `---
title: Builder loses appeal
date: 2023-08-18
---

The three judges said in a written ruling that the builder must pay for the repairs.

A spokesperson for the owners said in a statement that they were relieved after four years of waiting.

The builder has not said whether it will take the case to the High Court.
`;
    const qs = buildQuestionBank(text).questions.filter((q) => q.skill === 'source');
    expect(qs.filter((q) => /judges/.test(q.prompt))).toEqual([]);
  });
});
