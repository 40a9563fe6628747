import { describe, it, expect } from 'vitest';
import { generateQuestions } from './generate';
import { checkQuestion } from './check';
import { readFileSync } from 'node:fs';
import { analyzeText } from '../analysis/index';
import { seedAnalysis, SEED_PATH } from './seed-analysis.fixture';
import { containsWords, norm } from './util';
import type { Question } from './types';

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

  it('asks for the misspelled word with "deicsion" as the answer, without showing it', () => {
    const q = questions.find((x) => x.skill === 'spot-error' && answerOf(x) === 'deicsion');
    expect(q).toBeDefined();
    expect(q!.prompt).not.toContain('deicsion');
    expect(q!.evidence).toEqual([12]);
    expect(q!.explanation).toContain('“decision”');
  });

  it('answers the longest-sentence question with the first sentence', () => {
    const q = questions.find((x) => x.skill === 'statistics' && /longest/.test(x.prompt));
    expect(answerOf(q!)).toBe('“Since cinematographer Halyna Hutchins died…”');
    expect(q!.explanation).toContain('47 words');
  });

  it('counts 18 sentences, with numeric distractors clearly apart', () => {
    const q = questions.find((x) => x.skill === 'statistics' && /How many sentences/.test(x.prompt))!;
    expect(answerOf(q)).toBe('18');
    for (const o of q.options.filter((_, i) => i !== q.answer)) expect(Math.abs(Number(o) - 18)).toBeGreaterThanOrEqual(3);
  });

  it('asks what the article gets wrong about “with prejudice”', () => {
    const q = questions.find((x) => x.skill === 'spot-error' && x.prompt.includes('with prejudice'));
    expect(q).toBeDefined();
    expect(answerOf(q!)).toMatch(/in any court/);
    expect(q!.evidence).toEqual([11]);
  });

  it('resolves “On Friday” to 12 July 2024 and puts the shooting first on the timeline', () => {
    const when = questions.find((x) => x.skill === 'timeline' && /^When/.test(x.prompt) && x.evidence.join() === '1')!;
    expect(answerOf(when)).toBe('12 July 2024');
    const first = questions.find((x) => x.skill === 'timeline' && /happened first/.test(x.prompt))!;
    expect(answerOf(first)).toMatch(/Hutchins died/);
  });

  it('treats Morrissey’s “absolutely no evidence” as her claim and the sentencing as the record', () => {
    const claim = questions.find((x) => x.skill === 'record-or-claim' && x.prompt.includes('absolutely no evidence'))!;
    expect(answerOf(claim)).toBe('A claim by Kari Morrissey');
    const record = questions.find((x) => x.skill === 'record-or-claim' && x.prompt.includes('sentenced to prison'))!;
    expect(answerOf(record)).toMatch(/^A fact on the record/);
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
