import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../analysis/index';
import { generateQuestions } from '../generate';
import { QUESTION_KINDS, type Question } from '../types';
import { FERRY_ARTICLE } from '@/tests/fixtures/ferry-article';
import { checkKind } from './index';

const { article, analysis } = analyzeText(FERRY_ARTICLE);
const bank = generateQuestions(article, analysis, { kinds: QUESTION_KINDS });
const one = (kind: Question['kind']) => bank.find((q) => q.kind === kind)!;

describe('checkKind', () => {
  it('passes every item the generator keeps, of every kind', () => {
    for (const kind of ['evidence', 'two-part', 'order', 'multi'] as const) expect(bank.some((q) => q.kind === kind), kind).toBe(true);
    for (const q of bank.filter((x) => x.kind && x.kind !== 'choice')) expect(checkKind(q, analysis), q.prompt).toEqual([]);
  });

  it('refuses keys that do not fit: a sentence out of the article, two sentences not announced, a duplicate pick', () => {
    const ev = one('evidence');
    expect(checkKind({ ...ev, key: { kind: 'sentences', sentences: [99], within: 9 } }, analysis)).toContain('bad sentences key');
    expect(checkKind({ ...ev, key: { kind: 'sentences', sentences: [1, 2], within: 9 } }, analysis)).toContain('two sentences, not said');
    expect(checkKind({ ...ev, options: ['a', 'b', 'c'] }, analysis)).toContain('an evidence item has no options');
    const multi = one('multi');
    expect(checkKind({ ...multi, key: { kind: 'several', answers: [0, 0], options: multi.options.length } }, analysis)).toContain('bad number of answers');
    expect(checkKind({ ...multi, prompt: 'Which of these did he say?' }, analysis)).toContain('the prompt must say how many to pick');
  });

  it('refuses an order that is not a permutation and a two-part key that disagrees with part A', () => {
    const order = one('order');
    expect(checkKind({ ...order, key: { kind: 'order', order: [0, 0, 1] } }, analysis)).toContain('bad order key');
    const two = one('two-part');
    const key = two.key as Extract<Question['key'], { kind: 'two-part' }>;
    expect(checkKind({ ...two, key: { ...key, answer: (key.answer + 1) % two.options.length } }, analysis)).toContain('bad two-part key');
    expect(checkKind({ ...two, partB: undefined }, analysis)).toContain('no part B');
  });
});
