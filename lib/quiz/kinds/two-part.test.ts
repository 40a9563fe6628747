import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';
import { QUESTION_KINDS } from '../types';
import { FERRY_ARTICLE } from '@/tests/fixtures/ferry-article';
import { readFileSync } from 'node:fs';
import { articleText } from '@/tests/support/article-text';
import { fileURLToPath } from 'node:url';

const SEED = fileURLToPath(new URL('../../content/rust-baldwin-dismissal.txt', import.meta.url));

describe('two-part items', () => {
  const { questions } = buildQuestionBank(FERRY_ARTICLE, { kinds: QUESTION_KINDS });
  const twoPart = questions.filter((q) => q.kind === 'two-part');
  // The choice bank made on its own: in the bank of every kind, a two-part item replaces the choice question that is
  // its part A (lib/quiz/one-quiz.ts).
  const choice = buildQuestionBank(FERRY_ARTICLE).questions;

  it('take part A from a choice question of the bank and key part B to the sentences it rests on', () => {
    expect(twoPart.length).toBeGreaterThanOrEqual(2);
    // The bank is one quiz: the choice question that became part A is not asked again.
    expect(questions.filter((q) => twoPart.some((t) => t !== q && t.prompt === q.prompt))).toEqual([]);
    // The others carry a part A made for them (a figure, a turn: see part-a.test.ts).
    const fromBank = twoPart.filter((q) => !/^In this interview, who says/.test(q.prompt));
    expect(fromBank.length).toBeGreaterThanOrEqual(2);
    for (const q of fromBank) {
      const base = choice.find((c) => c.prompt === q.prompt)!;
      expect(base, q.prompt).toBeDefined();
      expect(q.options).toEqual(base.options);
      expect(q.answer).toBe(base.answer);
      expect(q.key).toEqual({ kind: 'two-part', answer: base.answer, options: base.options.length, sentences: base.evidence, within: 10 });
      expect(q.partB?.prompt).toBe(base.evidence.length === 2 ? 'Which two sentences support your answer?' : 'Which sentence supports your answer?');
      expect(q.explanation).toContain('Part B: the answer rests on sentence');
    }
    // The events of the order item ("Ruth Okafor inspected the ferry" among them) are not dated by a two-part item
    // too: dated one by one, they would give the order away (one-quiz.ts orderRepeats).
    const order = questions.find((q) => q.kind === 'order')!;
    expect(order.evidence).toContain(6);
    expect(twoPart.filter((q) => /^When did this happen/.test(q.prompt) && q.evidence.some((i) => order.evidence.includes(i)))).toEqual([]);
  });

  it('never use a part A that prints its own sentence (a gap to fill): part B would be given away', () => {
    expect(choice.some((q) => q.prompt.startsWith('Which figure fills the gap'))).toBe(true);
    expect(twoPart.some((q) => /fills the gap|___/.test(q.prompt))).toBe(false);
  });

  it('leave out a date counted from another sentence ("A day later"): part B would need that sentence too', () => {
    const seed = buildQuestionBank(readFileSync(SEED, 'utf8'), { kinds: QUESTION_KINDS }).questions;
    expect(seed.some((q) => (q.kind ?? 'choice') === 'choice' && q.prompt.includes('has now responded to the decision') && q.prompt.startsWith('When'))).toBe(true);
    expect(seed.some((q) => q.kind === 'two-part' && q.prompt.includes('has now responded to the decision'))).toBe(false);
    expect(seed.filter((q) => q.kind === 'two-part').length).toBeGreaterThanOrEqual(2);
  });
});

describe('"find the proof" by reading back to the speaker', () => {
  // Invented: quotations whose own sentence says only "she said" / "he said", the speaker named in the sentence before.
  const text = articleText('Library hours cut', '2025-02-12', [
    'The county council voted on Tuesday to close its four branch libraries on Mondays from April.',
    'Council leader Hugh Barlow said the change would save about £140,000 a year.',
    '"Nobody wants to shut a library door, but the budget leaves us no room at all," he said.',
    'Margaret Oduya, a retired nurse who has used the Millfield branch for 30 years, said she came to speak for people without the internet at home.',
    '"For a lot of us it is the only warm, quiet place left where nobody asks you to buy anything," she said.',
    'Librarian Tom Reyes said staff would not lose their jobs.',
    'He said the hours would be reviewed "after a year of the new timetable" and that the branches would host more events.',
  ]);
  const { analysis, questions } = buildQuestionBank(text, { kinds: QUESTION_KINDS });
  const readBack = questions.filter((q) => q.kind === 'evidence' && q.evidence.length === 2 && /who said/.test(q.prompt));

  it('keys the sentence with the words and the one naming the speaker, when the bank is short of evidence items', () => {
    const barlow = readBack.find((q) => q.prompt.includes('Nobody wants to shut'));
    expect(barlow, questions.map((q) => `${q.kind} ${q.prompt}`).join('\n')).toBeDefined();
    expect(barlow!.prompt).toBe('Select two sentences. Which sentences show who said “Nobody wants to shut a library door, but the budget leaves us no room at all”?');
    expect(barlow!.key).toEqual({ kind: 'sentences', sentences: [1, 2], within: analysis.sentences.length });
    expect(barlow!.explanation).toContain('names Hugh Barlow, who says them');
    // The same fact is not asked again as a two-part item, and two two-part items stay.
    expect(questions.filter((q) => q.kind === 'two-part' && q.prompt.includes('Nobody wants to shut'))).toEqual([]);
    expect(questions.filter((q) => q.kind === 'two-part').length).toBeGreaterThanOrEqual(2);
  });

  it('never asks it of reported words or a fragment of a quotation ("after a year of the new timetable")', () => {
    for (const q of readBack) {
      const words = /“(.+)”/.exec(q.prompt)![1];
      expect(words).toMatch(/^\p{Lu}/u);
    }
    expect(readBack.filter((q) => /after a year|staff would not/.test(q.prompt))).toEqual([]);
  });
});
