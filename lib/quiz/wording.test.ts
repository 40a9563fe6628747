import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from './index';
import { QUESTION_KINDS, type Question } from './types';
import { farSpeaker, garbledStem, gendersTheBlank, mixedOptions } from './wording';

const bench = (name: string) => readFileSync(fileURLToPath(new URL(`../../bench/articles/${name}`, import.meta.url)), 'utf8');
const q = (options: string[], prompt = 'Who fills the blank?'): Question => ({ id: 'x', skill: 'who-said', prompt, options, answer: 0, evidence: [0], explanation: 'Sentence 1.', difficulty: 1 });

describe('options of one kind', () => {
  it('refuses a lower-case group among names, keeps names, figures, definitions and spellings', () => {
    expect(mixedOptions(q(['regulators', 'Carolyn Mehta', 'Daniel Whitford']))).toBe(true);
    expect(mixedOptions(q(['Carolyn Mehta', 'Daniel Whitford', 'Erik Sandvold']))).toBe(false);
    expect(mixedOptions(q(['£1.5 million', '£4.2 million', '£6.1 million']))).toBe(false);
    expect(mixedOptions(q(['meeting', 'seperate', 'outside']))).toBe(false);
    expect(mixedOptions(q(['the prosecutors “buried” this information', 'Mary Marlowe Sommer dismissed the case against Baldwin']))).toBe(false);
  });

  it('on a blind article, offers no lower-case group among the named speakers (fifth review, article 5)', () => {
    const { questions } = buildQuestionBank(bench('holdout5-article-5.txt'), { kinds: QUESTION_KINDS });
    expect(questions.filter(mixedOptions).map((x) => x.prompt)).toEqual([]);
    expect(questions.some((x) => x.options.includes('regulators'))).toBe(false);
  });
});

describe('stems that read once', () => {
  it('refuses "who said that … that"', () => {
    expect(garbledStem(q([], 'Which sentence shows who said that last Friday that it plans to apply?'))).toBe(true);
    expect(garbledStem(q([], 'Which sentence shows who said that the team would present further results?'))).toBe(false);
  });

  it('on a blind article, asks no "who said that last Friday that" (fifth review, article 3)', () => {
    const { questions } = buildQuestionBank(bench('holdout5-article-3.txt'), { kinds: QUESTION_KINDS });
    expect(questions.filter(garbledStem).map((x) => x.prompt)).toEqual([]);
  });
});

describe('who said it, fairly asked', () => {
  it('asks no blank that a he or she fills (fifth review, article 2)', () => {
    expect(gendersTheBlank(q(['Sandra Obi', 'Gary Lindqvist'], 'Who fills the blank? “Outside, ___ said that he felt "no satisfaction".”'))).toBe(true);
    expect(gendersTheBlank(q(['Sandra Obi', 'Gary Lindqvist'], 'Who fills the blank? “Outside, ___ said the league would recover.”'))).toBe(false);
    const { questions } = buildQuestionBank(bench('holdout5-article-2.txt'), { kinds: QUESTION_KINDS });
    expect(questions.filter(gendersTheBlank).map((x) => x.prompt)).toEqual([]);
  });

  it('cites no speaker named two sentences before the quotation (fifth review, article 4)', () => {
    expect(farSpeaker({ ...q(['Luis Ferreira', 'Jonah Adeyemi']), kind: 'two-part', evidence: [18, 20] })).toBe(true);
    expect(farSpeaker({ ...q(['Luis Ferreira', 'Jonah Adeyemi']), kind: 'two-part', evidence: [19, 20] })).toBe(false);
    const { questions } = buildQuestionBank(bench('holdout5-article-4.txt'), { kinds: QUESTION_KINDS });
    expect(questions.filter(farSpeaker).map((x) => x.prompt)).toEqual([]);
  });
});
