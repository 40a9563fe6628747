import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../article/parse';
import { splitSentences } from './sentences';
import { computeStats, countWords, countSyllables } from './stats';
import type { Sentence } from './types';

const seed = readFileSync(new URL('../content/rust-baldwin-dismissal.txt', import.meta.url), 'utf8');

describe('word rule', () => {
  it('counts tokens with a letter or digit, compounds and possessives as one', () => {
    expect(countWords('Rust’s armorer, Hannah Gutierrez-Reed was sentenced in 2024 .')).toBe(8);
    expect(countWords('Here’s how Baldwin responded on his Instagram :')).toBe(7);
    expect(countWords(' — … ')).toBe(0);
  });
  it('counts syllables with the syllable package', () => {
    expect(countSyllables('cinematographer')).toBe(6);
    expect(countSyllables('the judge ruled')).toBe(3);
  });
});

describe('computeStats on the seed', () => {
  const stats = computeStats(splitSentences(parseArticle(seed)));
  it('matches the ground truth', () => {
    expect(stats).toEqual({
      words: 424,
      sentences: 18,
      averageSentenceWords: 23.56,
      longestSentence: 0,
      shortestSentence: 4,
      syllables: 682,
      fleschKincaidGrade: 12.6,
      fleschReadingEase: 46.8,
      readingMinutes: 2,
    });
  });
});

describe('computeStats edge cases', () => {
  const s = (index: number, text: string): Sentence => ({ index, text, paragraph: 0, start: 0, end: text.length, words: countWords(text) });
  it('gives ties to the earlier sentence and at least one reading minute', () => {
    const stats = computeStats([s(0, 'One two three.'), s(1, 'Four five six.'), s(2, 'Seven eight nine ten.')]);
    expect(stats.longestSentence).toBe(2);
    expect(stats.shortestSentence).toBe(0);
    expect(stats.averageSentenceWords).toBe(3.33);
    expect(stats.readingMinutes).toBe(1);
  });
  it('returns zeros and -1 indices without sentences', () => {
    expect(computeStats([])).toMatchObject({ words: 0, sentences: 0, longestSentence: -1, shortestSentence: -1, fleschKincaidGrade: 0, readingMinutes: 0 });
  });
  it('rounds reading time up to whole minutes at 230 words a minute', () => {
    expect(computeStats([s(0, 'word '.repeat(231))]).readingMinutes).toBe(2);
    expect(computeStats([s(0, 'word '.repeat(230))]).readingMinutes).toBe(1);
  });
});
