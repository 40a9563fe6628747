import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';
import { mask } from './who-said';

const article = `---
title: Pier closes
date: 2023-03-08
---

Harbour master Olga Brenner said on Tuesday that the old ferry pier would close for good. "Nobody should walk on it after dark, and nobody will."

Councillor Piet Lambrecht, who speaks for the harbour residents, was angry about the vote. "The families were never asked what they wanted for their own harbour," Lambrecht said.

Engineer Hannah Peters, the head of the inspection team, gave the council her report. Peters said the steel posts were rotten through.

The Harbour Gazette called the closing "the end of an era" in its Wednesday edition.
`;

describe('who-said questions', () => {
  const { questions } = buildQuestionBank(article);
  const whoSaid = questions.filter((q) => q.skill === 'who-said');

  it('cites the sentence that names the speaker when the quotation’s own sentence does not', () => {
    const q = whoSaid.find((x) => x.prompt.includes('Nobody should walk'))!;
    expect(q.options[q.answer]).toBe('Olga Brenner');
    expect(q.evidence).toEqual([0, 1]);
    expect(q.explanation).toContain('sentence 1');
  });

  it('offers only people the article introduces, never a newspaper, and no speaker for a scare quote', () => {
    for (const q of whoSaid) expect(q.options).not.toContain('Harbour Gazette');
    expect(whoSaid.some((q) => q.prompt.includes('end of an era'))).toBe(false);
  });
});

describe('who-said stems that read on their own', () => {
  const text = `---
title: Market moves
date: 2024-10-02
---

Ruth Ocampo, a cheese seller at the market for twenty years, said the council had "gone silent for weeks."

Market manager Dev Arora said: "We will tell every trader about the move before the end of the month."

Councillor Mina Farah said: "The new hall will be warmer and drier for everyone."

"I only want a fair rent," baker Tom Ellery said.
`;
  const { questions } = buildQuestionBank(text);
  const whoSaid = questions.filter((q) => q.skill === 'who-said');

  it('shows a few words cut from inside a sentence in their sentence, with the speaker blanked', () => {
    const q = whoSaid.find((x) => x.prompt.includes('gone silent for weeks'))!;
    expect(q.prompt).toMatch(/^Who fills the blank\? “___/);
    expect(q.options[q.answer]).toBe('Ruth Ocampo');
  });

  it('never prints a full stop inside the closing mark before the question mark', () => {
    for (const q of whoSaid) expect(q.prompt).not.toMatch(/\.”\?$/);
  });
});

describe('who-said: a blank to fill', () => {
  it('never asks "Who fills the blank?" about a sentence that names the speaker only by a pronoun', () => {
    const { questions } = buildQuestionBank(`---
title: Ferry ruling
date: 2024-10-02
---

Judge Alma Ortiz ruled on Monday that the ferry company must pay the harbour board $2 million.

She refused, however, the board's request for more, writing that the company had been "careless but not dishonest."

Board chair Rui Santos said: "We will read the ruling with care before we decide anything."

Ferry company lawyer Beth Kane said: "The company will appeal, and we expect to win."
`);
    for (const q of questions.filter((x) => x.prompt.startsWith('Who fills the blank?'))) expect(q.prompt).toContain('___');
  });
});

describe('who-said on a quotation that closes in the next sentence', () => {
  const text = `---
title: Sprint finish decided on protest
date: 2026-04-12
---

Lotte Brandsma won the sprint in Ghent on Sunday after a protest by Rik Vermaelen was rejected by the race officials.

Vermaelen was furious after the finish.

"She cut across my wheel. Anyone can see it on the replay," Vermaelen said. "I had to brake or we would both have crashed."

Brandsma said she had held her line all the way to the finish and had done nothing wrong in the final metres.

Team manager Joost Akkerman said the team would study the footage before deciding whether to appeal.
`;
  const whoSaid = buildQuestionBank(text).questions.filter((q) => q.skill === 'who-said');

  it('cites the sentence where the quotation closes and names its speaker, never "it names no speaker"', () => {
    const q = whoSaid.find((x) => x.prompt.includes('She cut across my wheel'));
    expect(q && q.options[q.answer]).toBe('Rik Vermaelen');
    expect(q!.explanation).toMatch(/runs on into sentence \d+, where it closes/);
    expect(q!.explanation).not.toMatch(/names no speaker/);
  });

  it('offers people the article names in full more than once as wrong speakers, not only those with a role', () => {
    const q = whoSaid.find((x) => x.prompt.includes('She cut across my wheel'))!;
    expect(q.options).toContain('Lotte Brandsma');
  });
});

describe('who-said options are people, not a company or a place the name finder took for one', () => {
  const text = `---
title: Haulier's boss convicted
date: 2025-11-14
---

A jury on Thursday convicted Pavel Dunst, the founder of Morrow Feld Logistics, of falsifying safety records.

A former Morrow Feld driver, Lukas Brenner, testified that logbooks were rewritten every Friday. "We were told to fix the hours or lose the job," Brenner said.

Defence lawyer Carla Ostrowski said her client would appeal. "The jury did not hear the whole story," Ostrowski said.

Neighbours of the depot in Birch Hollow had complained about speeding lorries for years.

Lorries still run at night through the Birch Hollow and Stone Cross estates, residents say.

Morrow Feld Logistics has since sold its fleet, and a former Morrow Feld manager now runs the depot.
`;
  const whoSaid = buildQuestionBank(text).questions.filter((q) => q.skill === 'who-said');

  it('never offers "Morrow Feld" (part of a company name) or "Birch Hollow" (a place) as a speaker', () => {
    expect(whoSaid.length).toBeGreaterThan(1);
    for (const q of whoSaid) expect(q.options.filter((o) => /Morrow Feld|Birch Hollow/.test(o)), q.prompt).toEqual([]);
  });
});

describe('who-said: options of the same kind as the speaker', () => {
  // Invented: a group ("regulators") speaks as well as named people.
  const text = `---
title: Dairy deal questioned
date: 2021-06-15
---

Union organiser Dana Okoro said the merger would cost jobs. "We have heard the words 'cost savings' before, and they always mean fewer people on the line," Okoro said.

Chief executive Marcus Hale rejected that. "No dairy will close in the first two years," Hale said.

Finance director Priya Shah said the company had set aside money for training. "Every worker who wants a place in the new plant will get one," Shah said.

Regulators said they would examine the deal. "We will look at prices for farmers and for shoppers," regulators said in a statement.
`;
  it('offers no lower-case group among named people', () => {
    const { questions } = buildQuestionBank(text);
    const named = questions.filter((q) => q.skill === 'who-said' && /^\p{Lu}/u.test(q.options[q.answer]) && /\s/.test(q.options[q.answer]));
    expect(named.length).toBeGreaterThan(0);
    for (const q of named) expect(q.options.filter((o) => /^\p{Ll}/u.test(o)), q.prompt).toEqual([]);
  });
});

describe('who-said: a blank inside a longer name', () => {
  it('is not made when the blank takes a possessive ("The ___\'s group"): the speaker is the group', () => {
    const group = { id: 'g', name: 'Save Hollins Green', kind: 'person' as const, roles: [], aliases: [], mentions: [], roleSentence: null };
    expect(mask('The Save Hollins Green\'s group, organised by parents, said the estimate was "inflated".', group)).toBeNull();
    expect(mask('Save Hollins Green said the estimate was "inflated".', group)).toBe('___ said the estimate was "inflated".');
  });
});
