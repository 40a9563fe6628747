import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';
import { QUESTION_KINDS, type Question } from '../types';
import { FERRY_ARTICLE } from '@/tests/fixtures/ferry-article';
import { seedAnalysis } from '@/tests/fixtures/seed-analysis';
import { generateQuestions } from '../generate';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const BENCH = fileURLToPath(new URL('../../../bench/articles/', import.meta.url));
const interviews = [
  ...(existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.startsWith('interview-') && f.endsWith('.md')).map((f) => CORPUS + f) : []),
  ...readdirSync(BENCH).filter((f) => /interview|holdout5-article-6/.test(f) && !/NOTES/.test(f)).map((f) => BENCH + f),
];

const picked = (q: Question) => (q.key?.kind === 'several' ? q.key.answers.map((i) => q.options[i]) : []);

describe('several-answer items', () => {
  it('ask which two quotations one person said, the wrong one someone else’s', () => {
    const { questions } = buildQuestionBank(FERRY_ARTICLE, { kinds: QUESTION_KINDS });
    const q = questions.find((x) => x.kind === 'multi' && x.prompt.startsWith('Which two of these did Colin Draper say'))!;
    expect(q.prompt).toMatch(/Pick two\.$/);
    expect(picked(q).sort()).toEqual(['We have replaced every engine in the fleet since the fire', 'will appeal the size of the fine, not the verdict']);
    expect(q.options.filter((o) => !picked(q).includes(o))).toEqual(['ignored three warnings from its own engineers']);
    expect(q).toMatchObject({ answer: -1, key: { kind: 'several', options: 3 } });
  });

  it('on the seed, pick the two claims against what is on the record, as the record-or-claim questions key them', () => {
    const { article, analysis } = seedAnalysis();
    const bank = generateQuestions(article, analysis, { kinds: QUESTION_KINDS });
    const q = bank.find((x) => x.kind === 'multi' && x.skill === 'record-or-claim')!;
    expect(q.prompt).toBe('Which two of these are claims rather than the record? Pick two.');
    // The record-or-claim questions it picks from: the choice bank made on its own (in the bank of every kind they
    // give way to the pick that prints them, lib/quiz/one-quiz.ts).
    const rc = generateQuestions(article, analysis).filter((x) => x.skill === 'record-or-claim');
    expect(bank.some((x) => (x.kind ?? 'choice') === 'choice' && q.options.some((o) => x.prompt.includes(`“${o}”`)))).toBe(false);
    for (const option of q.options) {
      const source = rc.find((x) => x.prompt.includes(`“${option}”`))!;
      expect(source.options[source.answer].startsWith('A claim by '), option).toBe(picked(q).includes(option));
    }
  });

  it.each(interviews)('in an interview (%s), a pick of a guest’s words offers only words someone says, never the article’s narration', (file) => {
    const { questions } = buildQuestionBank(readFileSync(file, 'utf8'), { kinds: QUESTION_KINDS });
    const speech = /\b(?:I|me|my|we|us|our|you|your)\b/i;
    for (const q of questions.filter((x) => x.kind === 'multi' && /say in this interview\?/.test(x.prompt))) {
      expect(q.options.filter((o) => !speech.test(o)), q.prompt).toEqual([]);
    }
  });
});
