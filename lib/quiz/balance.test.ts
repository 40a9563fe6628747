import { describe, expect, it } from 'vitest';
import { capPerSkill, dropGiveaways, inOrder, keyOnItsRung, spreadKeys } from './balance';
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

  it('leaves options set out in order where they are, so the key is never made the one option out of order', () => {
    const figures = (n: number): Question => ({ ...question(n, 'numbers'), options: ['20', '30', '45', '70'], answer: n % 4 });
    const dates = (n: number): Question => ({
      ...question(n, 'timeline'),
      options: ['Monday, 3 March 2025', 'Tuesday, 11 March 2025', 'Friday, 2 May 2025', 'Saturday, 14 June 2025'],
      answer: (n + 1) % 4,
    });
    const bank = [0, 1, 2, 3, 4, 5].flatMap((n) => [figures(n), dates(n)]);
    const out = spreadKeys(bank);
    bank.forEach((q, i) => expect([out[i].options, out[i].answer]).toEqual([q.options, q.answer]));
  });

  it('puts a key whose distractors are a ladder on its own rung, not wherever the spread would put it', () => {
    const q = { ...question(9, 'numbers'), options: ['45', '20', '30', '70'], answer: 0 };
    expect(keyOnItsRung(q)).toMatchObject({ options: ['20', '30', '45', '70'], answer: 2 });
    const when = { ...question(9, 'timeline'), options: ['Tuesday, 19 August 2025', 'Tuesday, 12 August 2025', 'Tuesday, 26 August 2025', 'Tuesday, 2 September 2025'], answer: 0 };
    expect(keyOnItsRung(when)).toMatchObject({ answer: 1 });
    expect(keyOnItsRung({ ...question(9, 'numbers'), options: ['45', '20', '70', '30'], answer: 0 })).toBeNull();
    for (const out of spreadKeys([0, 1, 2, 3].map((n) => ({ ...q, id: `r${n}` })))) expect(out.options).toEqual(['20', '30', '45', '70']);
  });
});

describe('inOrder', () => {
  it('tells a rising or falling run of figures or dates from options in no order', () => {
    expect(inOrder(['1,200 homes', '1,800 homes', '2,400 homes'])).toBe(true);
    expect(inOrder(['70%', '45%', '30%', '20%'])).toBe(true);
    expect(inOrder(['Friday, 12 July 2024', '3 August 2024', '1 January 2025'])).toBe(true);
    expect(inOrder(['30', '50', '20', '70'])).toBe(false);
    expect(inOrder(['the judge', 'the jury', 'the clerk'])).toBe(false);
    expect(inOrder(['20', '10', '30'])).toBe(false);
  });
});

describe('dropGiveaways', () => {
  const q = (skill: Question['skill'], prompt: string, answer: string): Question => ({
    ...question(prompt.length, skill),
    prompt,
    options: [answer, 'other one', 'other two'],
    answer: 0,
  });

  it('leaves out the date another prompt prints, keeping the question of the rarer skill', () => {
    const said = [
      q('who-said', 'Who says “The probe was launched in 1999 and came back in 2006”?', 'Ana Ruiz'),
      q('who-said', 'Who says “We found dust from other stars”?', 'Ana Ruiz'),
    ];
    const when = q('timeline', 'When was the probe launched?', '1999');
    expect(dropGiveaways([...said, when], ['Ana Ruiz'])).toEqual([said[1], when]);
  });

  it('keeps names and words that other prompts print', () => {
    const bank = [
      q('who-is', 'According to the article, who is Ana Ruiz?', 'Engineer'),
      q('who-said', 'Who says “Ana Ruiz is the best engineer we have”?', 'Piet Claes'),
      q('who-said', 'Who says “Piet Claes found the dust”?', 'Ana Ruiz'),
    ];
    expect(dropGiveaways(bank, ['Ana Ruiz', 'Piet Claes'])).toEqual(bank);
  });
});

describe('dropGiveaways: a title printed before a name', () => {
  const whoIs: Question = { ...question(1, 'who-is'), prompt: 'According to the article, who is Rosa Lind?', options: ['Sheriff', 'Mayor', 'Coach'] };
  const stem: Question = { ...question(2, 'vocabulary'), prompt: 'The article says: “Sheriff Rosa Lind closed the road.” What does “closed” mean here?' };
  const other: Question = { ...question(3, 'vocabulary'), prompt: 'The article says: “Rosa Lind, who runs the county office, closed the road.” What does “county” mean here?' };

  it('drops “who is X? Sheriff” when another stem prints “Sheriff X”, and keeps the stem', () => {
    expect(dropGiveaways([whoIs, stem], ['Rosa Lind']).map((q) => q.id)).toEqual(['q2']);
  });

  it('keeps it when no stem prints the title beside the name', () => {
    expect(dropGiveaways([whoIs, other], ['Rosa Lind']).map((q) => q.id)).toEqual(['q1', 'q3']);
  });
});

describe('dropGiveaways: a name printed with the quotation or the role another question asks about', () => {
  const make = (id: string, skill: Question['skill'], prompt: string, options: string[], evidence = [1]): Question => ({
    ...question(1, skill), id, prompt, options, answer: 0, evidence,
  });
  const said = make('said', 'who-said', 'Who is quoted in the article saying “The east stand has never been this loud”?', ['Ola Brandt', 'Ivo Marr', 'Kit Ames']);
  const printer = make('num', 'numbers', 'The article says: “Brandt said the last ___ minutes showed the east stand has never been this loud.” What number fills the blank?', ['ten', 'five', 'six'], [4]);

  it('drops the who-said question whose quotation another stem prints beside the speaker’s surname', () => {
    expect(dropGiveaways([said, printer], ['Ola Brandt']).map((q) => q.id)).toEqual(['num']);
  });

  it('sees the quotation through its commas: “Honestly, I never saw it,” Marr said', () => {
    const words = make('w', 'who-said', 'Who is quoted in the article saying “Honestly, I never saw it go in at all”?', ['Ivo Marr', 'Kit Ames', 'Ola Brandt']);
    const source = make('s', 'source', 'Where does this information come from? “"Honestly, I never saw it go in at all," Marr ___ afterward.”', ['An interview', 'A post', 'A record'], [5]);
    expect(dropGiveaways([words, source], ['Ivo Marr']).map((q) => q.id)).toEqual(['s']);
  });

  it('keeps it when the stem prints the words without a name', () => {
    const anonymous = { ...printer, prompt: 'The article says: “The east stand has never been this loud, with ___ fans.” What number fills the blank?' };
    expect(dropGiveaways([said, anonymous], ['Ola Brandt']).map((q) => q.id)).toEqual(['said', 'num']);
  });

  it('drops a who-is question when a stem prints the name with its role, or a who-said question asks about the same person and sentence', () => {
    const whoIs = make('is', 'who-is', 'Which person does the article describe as “president of the Dock Workers Guild”?', ['Kit Ames', 'Ivo Marr', 'Ola Brandt'], [7]);
    const vocab = make('voc', 'vocabulary', 'The article says: “We were not asked,” said Kit Ames, president of the Dock Workers Guild. What does “asked” mean?', ['x', 'y', 'z'], [7]);
    expect(dropGiveaways([whoIs, vocab], ['Kit Ames']).map((q) => q.id)).toEqual(['voc']);
    const blank = make('blank', 'who-said', 'Who fills the blank? “We were not asked at all by anyone,” said ___, president of the Dock Workers Guild.', ['Kit Ames', 'Ivo Marr', 'Ola Brandt'], [7]);
    expect(dropGiveaways([blank, whoIs], ['Kit Ames']).map((q) => q.id)).toEqual(['blank']);
  });
});

describe('capPerSkill on an article rich in quotations and figures', () => {
  it('keeps up to 8 who-said and 6 numbers questions on distinct sentences and answers', () => {
    const distinct = (n: number, skill: Question['skill']): Question => ({ ...question(n, skill), id: `${skill}${n}`, options: [`right ${n}`, 'a', 'b', 'c'] });
    const bank = [...Array.from({ length: 12 }, (_, n) => distinct(n, 'who-said')), ...Array.from({ length: 9 }, (_, n) => distinct(20 + n, 'numbers'))];
    const kept = capPerSkill(bank);
    // The deal takes one question per skill per round, so a longer list of quotations crowds out no other skill;
    // the bank keeps most quotes of a story that quotes many people, and the key figures of one full of numbers.
    expect(kept.filter((q) => q.skill === 'who-said')).toHaveLength(8);
    expect(kept.filter((q) => q.skill === 'numbers')).toHaveLength(6);
  });
});
