import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../article/parse';
import { splitSentences } from './sentences';
import { findSpelling } from './spelling';
import type { Sentence } from './types';

const seed = readFileSync(new URL('../content/rust-baldwin-dismissal.txt', import.meta.url), 'utf8');
const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, text, paragraph: index, start: 0, end: text.length, words: 0 }));

describe('findSpelling', () => {
  it('finds exactly the one typo in the seed', () => {
    expect(findSpelling(splitSentences(parseArticle(seed)))).toEqual([
      { word: 'deicsion', suggestion: 'decision', sentence: 12 },
    ]);
  });
  it('does not flag common words of court and news reporting', () => {
    const clean = sentences(
      'The widower told the armorer that prosecutors were culpable, according to the cinematographer.',
      'The jury’s verdict came after the defendants’ lawyers filed a well-known motion; it’s over, they don’t appeal.',
      'Officials say the e-mail at news@example.org and https://example.org/a-b were the 3rd source.',
      'The colour of the defence was organised and the team travelled to the theatre.',
    );
    expect(findSpelling(clean)).toEqual([]);
  });
  it('skips capitalised names and checks hyphenated parts and possessives', () => {
    const found = findSpelling(sentences('Zxqwert met the goverment’s lawyer in a court-aproved deal.'));
    expect(found.map((i) => i.word)).toEqual(['goverment\'s', 'aproved']);
    expect(found[0].suggestion).toBe('government\'s');
    expect(found[1]).toEqual({ word: 'aproved', suggestion: 'approved', sentence: 0 });
  });
  it('reports a repeated typo once per sentence', () => {
    const found = findSpelling(sentences('The recieve and recieve again.', 'We recieve teh news.'));
    expect(found).toEqual([
      { word: 'recieve', suggestion: 'receive', sentence: 0 },
      { word: 'recieve', suggestion: 'receive', sentence: 1 },
      { word: 'teh', suggestion: 'the', sentence: 1 },
    ]);
  });
});
