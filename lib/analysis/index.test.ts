import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeText } from './index';
import { ArticleError } from '../article/parse';

const seed = readFileSync(new URL('../content/rust-baldwin-dismissal.txt', import.meta.url), 'utf8');
const truth = JSON.parse(readFileSync(new URL('../../tests/fixtures/seed-ground-truth.json', import.meta.url), 'utf8'));

describe('analyzeText on the seed, end to end', () => {
  const { article, analysis } = analyzeText(seed);
  it('parses metadata and headings', () => {
    expect(article.date).toBe('2024-07-13');
    expect(article.headings).toHaveLength(2);
  });
  it('gives the 18 sentences, the stats and the one typo', () => {
    const expected = truth.units.filter((u: { kind: string }) => u.kind.startsWith('sentence')).map((u: { text: string }) => u.text);
    expect(analysis.sentences.map((s) => s.text)).toEqual(expected);
    expect(analysis.stats).toMatchObject({
      words: 424, sentences: 18, averageSentenceWords: 23.56, longestSentence: 0, shortestSentence: 4,
      syllables: 682, fleschKincaidGrade: 12.6, fleschReadingEase: 46.8,
    });
    expect(analysis.spelling).toEqual([{ word: 'deicsion', suggestion: 'decision', sentence: 12 }]);
  });
  it('resolves statements and sources against the people it found', () => {
    const claim = analysis.statements.find((s) => s.sentence === 12 && s.verb === 'claimed');
    expect(claim).toMatchObject({ kind: 'claim', who: 'Kari Morrissey' });
    const post = analysis.sources.find((s) => s.kind === 'post');
    expect(post).toMatchObject({ sentence: 4, text: 'his Instagram', who: 'Alec Baldwin' });
    expect(analysis.sources.find((s) => s.kind === 'ruling')).toMatchObject({ sentence: 7, who: 'Mary Marlowe Sommer' });
  });
  it('is deterministic', () => {
    expect(analyzeText(seed)).toEqual({ article, analysis });
  });
});

describe('analyzeText on bad input', () => {
  it('throws ArticleError', () => {
    expect(() => analyzeText('')).toThrow(ArticleError);
  });
});
