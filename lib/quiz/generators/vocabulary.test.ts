import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';
import { norm } from '../util';
import { echoesSentence } from './vocabulary';
import { kindOf } from './vocabulary-sense';
import { glossary } from '../../glossary/lookup';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

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

  it('never offers the same wrong meaning in two questions, so no option can be struck out by the pattern', () => {
    const all = vocab.flatMap(wrong);
    expect(all.length).toBeGreaterThan(4);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('vocabulary questions a student answers by the meaning, not by matching words', () => {
  it('never asks the meaning of a possessive ("the defendant’s interest"): meanings of nouns cannot fill its place', () => {
    const vocab = buildQuestionBank(`---
title: Mill owner fined
date: 2025-11-20
---

The judge said the public interest in the case outweighed the defendant's wish for privacy at the hearing.

The prosecutor told the court the mill owner had ignored three safety warnings before the fire.

The mill owner was fined after a two-day trial in the county court.
`).questions.filter((q) => q.skill === 'vocabulary');
    expect(vocab.length).toBeGreaterThan(0);
    for (const q of vocab) expect(q.prompt).not.toMatch(/What does “\p{L}+['’]s?” mean/u);
  });

  it('skips a key that repeats the sentence’s own words when no wrong meaning does', () => {
    const sentence = 'The team ran a survey of river birds, so it cannot prove that the new dam caused the decline.';
    const key = 'A study that counts what it sees without changing anything, so it cannot prove cause.';
    expect(echoesSentence('survey', key, ['A judge’s order to stop something.', 'Money paid to a winner.'], sentence)).toBe(true);
    expect(echoesSentence('survey', 'A set of questions asked of many people.', ['A judge’s order to stop something.'], sentence)).toBe(false);
  });
});

describe('vocabulary asked where the sentence shows the sense', () => {
  it('asks a term at a later sentence that shows its sense when the first one does not', () => {
    const vocab = buildQuestionBank(`---
title: Island asks its people
date: 2025-04-02
---

Pupils at the island school held a mock referendum on school dinners last week.

The island government will hold a referendum in June, and every adult on the roll may vote in it.

Turnout at the last island election was 71 percent, the highest in a decade.
`).questions.filter((q) => q.skill === 'vocabulary');
    const q = vocab.find((x) => /What does “referendum” mean/.test(x.prompt));
    expect(q?.evidence).toEqual([1]);
  });
});

describe('wrong meanings from the key’s own field', () => {
  const byDefinition = new Map(glossary.map((g) => [norm(g.definition), g]));
  const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
  const texts = [TRIAL, readFileSync(fileURLToPath(new URL('../../content/rust-baldwin-dismissal.txt', import.meta.url)), 'utf8')];
  if (existsSync(corpus)) texts.push(...readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => readFileSync(join(corpus, f), 'utf8')));

  it('offers only meanings of its own field, never another’s ("acquittal" for "jurors", "ceasefire" for "turnout"; tenth and eleventh blind sets)', () => {
    let asked = 0;
    for (const text of texts) {
      for (const q of buildQuestionBank(text).questions.filter((x) => x.skill === 'vocabulary')) {
        const key = byDefinition.get(norm(q.options[q.answer]));
        if (!key) continue;
        asked++;
        for (const o of q.options) expect(byDefinition.get(norm(o))?.category, `${q.prompt} / ${o}`).toBe(key.category);
      }
    }
    expect(asked).toBeGreaterThan(5);
  });

  it('reads "one of the ordinary citizens chosen …" as a person, never beside things', () => {
    expect(kindOf('One of the ordinary citizens chosen to hear the evidence at a trial and help decide the verdict.')).toBe('who');
  });
});
