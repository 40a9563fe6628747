import { describe, it, expect } from 'vitest';
import { generateQuestions } from './generate';
import { checkQuestion } from './check';
import { readFileSync } from 'node:fs';
import { analyzeText } from '../analysis/index';
import { seedAnalysis, SEED_PATH } from '@/tests/fixtures/seed-analysis';
import { containsWords, norm } from './util';
import { QUESTION_KINDS, type Question } from './types';
import { buildQuestionBank } from './index';
import { SKILL_CAPS } from './balance';
import { faithful } from './generators/record-or-claim';
import { giveaway } from './generators/who-is';
import { related } from './people';
import { articleText } from '@/tests/support/article-text';

const answerOf = (q: Question) => q.options[q.answer];
const real = analyzeText(readFileSync(SEED_PATH, 'utf8'));

// The same expectations hold for the hand-checked analysis and for the real pipeline.
describe.each([
  { source: 'hand-checked analysis', ...seedAnalysis() },
  { source: 'real analysis pipeline', ...real },
])('generateQuestions on the seed ($source)', ({ article, analysis }) => {
  const questions = generateQuestions(article, analysis);

  it('yields at least 15 sound questions across at least 7 skills', () => {
    expect(questions.length).toBeGreaterThanOrEqual(15);
    expect(new Set(questions.map((q) => q.skill)).size).toBeGreaterThanOrEqual(7);
    for (const q of questions) expect(checkQuestion(q, analysis)).toEqual([]);
  });

  it('credits “alone turned a safe weapon…” to the judge, with the armorer as a trap distractor', () => {
    const q = questions.find((x) => x.skill === 'who-said' && x.prompt.includes('alone turned a safe weapon'));
    expect(q).toBeDefined();
    expect(answerOf(q!)).toBe('Mary Marlowe Sommer');
    expect(q!.options).toContain('Hannah Gutierrez-Reed');
    expect(q!.prompt).not.toMatch(/Sommer/);
    expect(q!.evidence).toEqual([15]);
  });

  it('never asks who said “with prejudice” (a term in quotation marks, no speaker)', () => {
    const bad = questions.filter((x) => x.skill === 'who-said' && /“with prejudice”/.test(x.prompt));
    expect(bad).toEqual([]);
    expect(questions.filter((x) => x.skill === 'who-said' && x.evidence.includes(11))).toEqual([]);
  });

  it('asks which word the article misspells ("deicsion"), every option spelled right', () => {
    const q = questions.find((x) => x.skill === 'spot-error' && answerOf(x) === 'decision');
    expect(q).toBeDefined();
    expect([q!.prompt, ...q!.options].join(' ')).not.toContain('deicsion');
    expect(q!.explanation).toContain('“deicsion”');
    expect(q!.evidence).toEqual([12]);
    expect(q!.explanation).toContain('“decision”');
  });

  it('asks no text-statistics question: two blind reviews found none a teacher would use (counting, not fact-checking)', () => {
    expect(questions.filter((x) => x.skill === 'statistics')).toEqual([]);
  });

  it('asks what the article gets wrong about “with prejudice”', () => {
    const q = questions.find((x) => x.skill === 'spot-error' && x.prompt.includes('with prejudice'));
    expect(q).toBeDefined();
    expect(answerOf(q!)).toMatch(/in any court/);
    expect(q!.evidence).toEqual([11]);
  });

  it('resolves “On Friday” to 12 July 2024 and puts the shooting first on the timeline', () => {
    const when = questions.find((x) => x.skill === 'timeline' && /^When/.test(x.prompt) && x.evidence.join() === '1')!;
    // The stem gives the article's date with its weekday (Saturday 13 July), so a reader counts back a day.
    expect(answerOf(when)).toBe('12 July 2024');
    expect(when.prompt).toContain('(The article is dated Saturday, 13 July 2024.)');
    // Plain dates a few days apart, none after the article's date: no weekday name to match, no option ruled out unread.
    for (const o of when.options) expect(o).toMatch(/^\d+ July 2024$/u);
    for (const o of when.options) expect(Date.parse(o)).toBeLessThanOrEqual(Date.parse('13 July 2024'));
    const first = questions.find((x) => x.skill === 'timeline' && /happened first/.test(x.prompt))!;
    expect(answerOf(first)).toMatch(/Hutchins died/);
  });

  it('treats Morrissey’s “absolutely no evidence” as her claim and the sentencing as the record', () => {
    const claim = questions.find((x) => x.skill === 'record-or-claim' && x.prompt.includes('absolutely no evidence'))!;
    expect(answerOf(claim)).toBe('A claim by Kari Morrissey');
    const record = questions.find((x) => x.skill === 'record-or-claim' && x.prompt.includes('sentenced to prison'))!;
    expect(answerOf(record)).toBe('On the record: a court decision');
  });

  it('finds the Instagram post as the source of Baldwin’s words', () => {
    const q = questions.find((x) => x.skill === 'source' && x.evidence.includes(4))!;
    expect(answerOf(q)).toBe('A social media post');
  });

  it('gives no answer away in its prompt and never asks the same thing twice', () => {
    for (const q of questions) expect(containsWords(q.prompt, answerOf(q))).toBe(false);
    expect(new Set(questions.map((q) => norm(q.prompt))).size).toBe(questions.length);
    const asks = questions.map((q) => `${q.skill}|${q.evidence.join(',')}|${norm(answerOf(q))}`);
    expect(new Set(asks).size).toBe(questions.length);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('is deterministic: the same analysis gives the same questions and ids', () => {
    expect(generateQuestions(article, structuredClone(analysis))).toEqual(questions);
  });
});

// Regression tests for the classes of defect found by reading every generated question like a strict teacher.
describe('soundness rules (regressions)', () => {
  const hand = seedAnalysis();
  const handBank = generateQuestions(hand.article, hand.analysis);
  const realBank = generateQuestions(real.article, real.analysis);

  it('never asks the dictionary meaning of a term in the sentence that misuses it (that is spot-error)', () => {
    for (const [bank, analysis] of [[handBank, hand.analysis], [realBank, real.analysis]] as const) {
      for (const q of bank.filter((x) => x.skill === 'vocabulary')) {
        const misused = analysis.terms.filter((t) => t.misstatement?.sentence === q.evidence[0]);
        for (const t of misused) expect(q.prompt, t.term).not.toContain(`What does “${t.term}”`);
      }
    }
    expect(realBank.some((q) => q.skill === 'vocabulary' && /“misfire”/.test(q.prompt))).toBe(false);
    expect(handBank.some((q) => q.skill === 'vocabulary' && /“motion to dismiss”/.test(q.prompt))).toBe(false);
    // The misuse is still taught, as a spot-error question.
    expect(realBank.some((q) => q.skill === 'spot-error' && /“misfire”/.test(q.prompt))).toBe(true);
  });

  it('explains vocabulary as “fits the sentence”, never claiming a meaning “keeps the sentence true”', () => {
    const vocab = handBank.filter((q) => q.skill === 'vocabulary');
    expect(vocab.length).toBeGreaterThan(0);
    for (const q of vocab) {
      expect(q.explanation).toContain('fits the sentence');
      // Another word's meaning may read as well in its place: "only … fits" was false (ninth blind set).
      expect(q.explanation).not.toMatch(/keeps the sentence true|confirms it|only “[^”]*” fits/);
    }
  });

  it('asks vocabulary only about the term as printed, not a related word of another part of speech', () => {
    const { article, analysis } = seedAnalysis();
    // Sentence 10 says "lawyers alleged" (a verb: claimed); "allegedly" means "said to have happened".
    analysis.terms.push({ term: 'allegedly', definition: 'Said to have happened, but not yet proved.', sentences: [9], misstatement: null });
    const bank = generateQuestions(article, analysis);
    expect(bank.filter((q) => q.skill === 'vocabulary' && /“alleged”|“allegedly”/.test(q.prompt))).toEqual([]);
  });

  it('keeps a judge’s words out of record-or-claim: they are judicial findings, not claims', () => {
    const sommer = /Sommer/;
    for (const bank of [handBank, realBank]) {
      const rc = bank.filter((q) => q.skill === 'record-or-claim');
      expect(rc.filter((q) => sommer.test(answerOf(q)))).toEqual([]);
      // Sentences 8, 11 and 16 hold only what the judge said or shared.
      expect(rc.filter((q) => [7, 10, 15].includes(q.evidence[0]))).toEqual([]);
      // No court act is offered as "a claim by" the judge.
      for (const q of rc.filter((x) => answerOf(x).startsWith('A fact'))) expect(q.options.join('|')).not.toMatch(sommer);
    }
  });

  it('asks record-or-claim only about clear verbs and quotes only what the article says', () => {
    const rc = realBank.filter((q) => q.skill === 'record-or-claim');
    // "filed" a lawsuit is not an official act; "the case, which was then approved" is not "the case was approved".
    expect(rc.filter((q) => /civil lawsuits filed|the case was then approved/.test(q.prompt))).toEqual([]);
    expect(rc.find((q) => q.prompt.includes('absolutely no evidence'))).toBeDefined();
    expect(faithful('the case was then approved in court', 'filed a motion to dismiss the case, which was then approved in court.')).toBe(false);
    expect(faithful('Gutierrez-Reed was sentenced to prison', 'Hannah Gutierrez-Reed was, however, sentenced to prison for 18 months.')).toBe(true);
  });

  it('caps each skill, so vocabulary no longer dominates the bank', () => {
    for (const bank of [handBank, realBank]) {
      const count = (s: string) => bank.filter((q) => q.skill === s).length;
      for (const [skill, cap] of Object.entries(SKILL_CAPS)) expect(count(skill), skill).toBeLessThanOrEqual(cap);
    }
    const vocab = realBank.filter((q) => q.skill === 'vocabulary');
    expect(vocab).toHaveLength(SKILL_CAPS.vocabulary);
    // Hard terms are kept, each on a sentence of its own.
    expect(vocab.some((q) => q.prompt.includes('“involuntary manslaughter”'))).toBe(true);
    expect(new Set(vocab.map((q) => q.evidence[0])).size).toBe(SKILL_CAPS.vocabulary);
  });

  it('asks no reading-grade question: no student can compute a readability formula from the page', () => {
    for (const bank of [handBank, realBank]) {
      expect(bank.filter((x) => x.skill === 'statistics' && /grade|Flesch/i.test(x.prompt + x.options.join(' ')))).toEqual([]);
    }
  });

  it('offers the day either side as traps for a relative date, and never orders events of equal date', () => {
    const later = handBank.find((q) => q.skill === 'timeline' && /^When/.test(q.prompt) && q.evidence.join() === '2')!;
    expect(answerOf(later)).toBe('13 July 2024');
    // The day before is the natural trap, but another question asks it (12 July): offered here it would be ruled
    // out by whoever answered that one, so a day the bank does not ask stands in (one-quiz.ts offersKey).
    const asked = handBank.filter((q) => q !== later && q.skill === 'timeline').map(answerOf);
    expect(later.options.filter((o) => o !== answerOf(later) && asked.includes(o))).toEqual([]);
    expect(later.options.some((o) => o !== answerOf(later) && Math.abs(Date.parse(o) - Date.parse('13 July 2024')) <= 7 * 864e5)).toBe(true);
    // The event has happened by the article's date (13 July): no option after it.
    for (const o of later.options) expect(Date.parse(o)).toBeLessThanOrEqual(Date.parse('13 July 2024'));
    for (const bank of [handBank, realBank]) {
      for (const q of bank.filter((x) => x.skill === 'timeline' && /happened (first|last)/.test(x.prompt))) {
        const values = q.options.map((o) => real.analysis.timeline.find((e) => norm(e.event) === norm(o))?.value ?? o);
        expect(new Set(values).size, q.prompt).toBe(values.length);
      }
    }
  });

  it('never asks “who is” for a name that carries its own title, nor offers such a name as a distractor', () => {
    expect(giveaway('Judge Sommer', 'New Mexico judge')).toBe(true);
    expect(giveaway('Mary Marlowe Sommer', 'New Mexico judge')).toBe(false);
    const { article, analysis } = seedAnalysis();
    const sommer = analysis.people.find((p) => p.name === 'Mary Marlowe Sommer')!;
    sommer.name = 'Judge Sommer';
    const bank = generateQuestions(article, analysis).filter((q) => q.skill === 'who-is');
    expect(bank.filter((q) => q.prompt.includes('Judge Sommer') || (q.options.includes('Judge Sommer') && /judge/i.test(q.prompt)))).toEqual([]);
    // Other people's questions still come, with "Judge Sommer" as a plain wrong name where her title does not matter.
    expect(bank.length).toBeGreaterThan(2);
  });

  it('asks who said a quote only of named speakers, and explains every in-sentence trap', () => {
    const { article, analysis } = seedAnalysis();
    analysis.quotes.push({ text: 'we will look at the ruling closely', speaker: 'a spokesperson for the court', sentence: 17, kind: 'direct' });
    const bank = generateQuestions(article, analysis).filter((q) => q.skill === 'who-said');
    expect(bank.filter((q) => /spokesperson/.test(answerOf(q)))).toEqual([]);
    for (const q of handBank.filter((x) => x.skill === 'who-said')) {
      const sentence = hand.analysis.sentences[q.evidence.at(-1)!].text;
      for (const d of q.options.filter((_, i) => i !== q.answer)) {
        const last = d.split(' ').at(-1)!;
        if (sentence.includes(last)) expect(q.explanation, d).toContain(`${d} is also named`);
      }
    }
  });

  it('treats one prosecutor and “prosecutors” as related, so neither is a distractor for the other', () => {
    const person = (name: string, roles: string[], kind: 'person' | 'group' = 'person') =>
      ({ id: name, name, kind, roles, aliases: [], mentions: [], roleSentence: null });
    expect(related(person('Daniel Osei', ['prosecutor']), person('prosecutors', [], 'group'))).toBe(true);
    expect(related(person('Sandra Kim', ["Hale's lawyer"]), person('prosecutors', [], 'group'))).toBe(false);
  });
});

describe('a misspelling of the article in a question', () => {
  it('is printed only by the spot-the-error question that asks about it', () => {
    // Invented, with one planted error ("recieved") in a sentence other questions could quote.
    const text = articleText('Cup final', '2023-05-28', [
      'Port Ellery beat Kingsbridge 3–2 after extra time in the final on Saturday, in front of 18,400 fans.',
      '"We never stopped believing," said captain Luis Ferreira, who lifted the trophy.',
      'Coach Ana Drummond said the club had recieved 2,300 letters of support before the final.',
      '"It was the best day of my life," said striker Jonah Adeyemi, who scored the winning goal.',
    ]);
    const { analysis, questions } = buildQuestionBank(text, { kinds: QUESTION_KINDS });
    expect(analysis.spelling.map((s) => s.word)).toContain('recieved');
    for (const q of questions.filter((x) => x.skill !== 'spot-error')) expect([q.prompt, ...q.options].join(' '), q.prompt).not.toMatch(/recieved/);
  });
});
