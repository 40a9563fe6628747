import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../article/parse';
import { splitSentences } from './sentences';
import { findSpelling, inEveryDictionary } from './spelling';
import type { Sentence } from './types';

const seed = readFileSync(new URL('../content/rust-baldwin-dismissal.txt', import.meta.url), 'utf8');
/** One sentence per paragraph unless `paragraphs` says otherwise (quotes may run on within a paragraph). */
const sentences = (texts: string[], paragraphs = texts.map((_, i) => i)): Sentence[] =>
  texts.map((text, index) => ({ index, text, paragraph: paragraphs[index], start: 0, end: text.length, words: 0 }));
const flagged = (...texts: string[]) => findSpelling(sentences(texts)).map((i) => i.word);

describe('findSpelling', () => {
  it('finds exactly the one typo in the seed', () => {
    expect(findSpelling(splitSentences(parseArticle(seed)))).toEqual([
      { word: 'deicsion', suggestion: 'decision', sentence: 12 },
    ]);
  });

  it('flags a clear typo with its single correction', () => {
    expect(findSpelling(sentences(['The library will recieve the donated books on Monday.']))).toEqual([
      { word: 'recieve', suggestion: 'receive', sentence: 0 },
    ]);
    expect(findSpelling(sentences(['Fans shared the hastag all weekend.']))[0]).toMatchObject({ suggestion: 'hashtag' });
    expect(findSpelling(sentences(['Hundreds of pilgrams walked to the shrine.']))[0]).toMatchObject({ suggestion: 'pilgrims' });
  });

  it('accepts British and Australian spellings beside American ones', () => {
    expect(
      flagged(
        'The councillors were practising their speeches about the colour of the neighbourhood programme.',
        'Organisers travelled to the theatre to analyse the licence and the defence of aluminium.',
        'We met in the arvo, and the colors, the organized traveler and the theater were fine too.',
      ),
    ).toEqual([]);
  });

  it('does not flag words inside quotation marks, even a quotation running over sentences', () => {
    expect(flagged('The mayor said, "We will recieve the funds tomorow."', '‘The budjet is fine,’ she added.')).toEqual([]);
    const runOn = sentences(['He said: "The budjet is fine.', 'We will recieve it soon."', 'Then the board will recieve it.'], [0, 0, 0]);
    expect(findSpelling(runOn)).toEqual([{ word: 'recieve', suggestion: 'receive', sentence: 2 }]);
    // A closing mark typed with the opening shape still closes the quotation.
    expect(flagged('"We are ready.“ The council will recieve the report.')).toEqual(['recieve']);
  });

  it('never flags the prefix of a hyphenated word, but finds a typo in a compound', () => {
    expect(flagged('The re-elected mayor, her co-chair and a non-profit group held a well-known pre-budget forum.')).toEqual([]);
    expect(findSpelling(sentences(['They signed a court-apporved deal.']))).toEqual([
      { word: 'apporved', suggestion: 'approved', sentence: 0 },
    ]);
  });

  it('skips names, acronyms in lower case, links, e-mail, numbers, hashtags and code', () => {
    expect(
      flagged(
        'Zxqwert met Brightwaterly at the 3rd meeting about #savetheparks, news@example.org and https://example.org/a-b.',
        'The page used html, javascript and a <div> tag named main_menu inside example.com.',
      ),
    ).toEqual([]);
  });

  it('leaves technical, rare and newly formed words alone when no single correction is clear', () => {
    // Each is one edit from a dictionary word, or from none, but looks formed on purpose or is ambiguous.
    expect(flagged('The remilitarization talks, the playoff matchup and the submicron aerogel samples went on.')).toEqual([]);
    // "bame" is one letter from "bake", "came", "game", "name", ...: no single clear correction, so not flagged.
    expect(flagged('The bame was over.')).toEqual([]);
  });

  it('judges possessives by the noun and keeps the writer’s apostrophe', () => {
    expect(findSpelling(sentences(['The jury’s verdict and the goverment’s lawyer.']))).toEqual([
      { word: 'goverment’s', suggestion: 'government’s', sentence: 0 },
    ]);
  });

  it('reports a repeated typo once per sentence', () => {
    expect(findSpelling(sentences(['We recieve and recieve again.', 'They recieve it.']))).toEqual([
      { word: 'recieve', suggestion: 'receive', sentence: 0 },
      { word: 'recieve', suggestion: 'receive', sentence: 1 },
    ]);
  });
});

describe('inEveryDictionary', () => {
  it('accepts only words spelled the same in US, British and Australian English', () => {
    expect(inEveryDictionary('decision')).toBe(true);
    expect(inEveryDictionary('colour')).toBe(false);
    expect(inEveryDictionary('color')).toBe(false);
    expect(inEveryDictionary('recieve')).toBe(false);
  });
});

describe('borrowed words', () => {
  it('never flags a word with an accent or a French ending, though an English word is one edit away', () => {
    expect(flagged('The organisers issued a brief communiqué after the stage.')).toEqual([]);
    expect(flagged('The commissaires studied the footage before ruling.')).toEqual([]);
    expect(flagged('She ordered a croissant and a café au lait with the légionnaires.')).toEqual([]);
  });

  it('still flags a plain English typo beside them', () => {
    expect(flagged('The commissaires will recieve the appeal on Friday.')).toEqual(['recieve']);
  });
});

describe('rare words one letter from a common one', () => {
  const flags = (text: string) => findSpelling([{ index: 0, text, paragraph: 0 } as Sentence]).map((i) => `${i.word}>${i.suggestion}`);

  it('never flags a consonant far from the right key ("atopic" is no slip for "atomic"; tenth blind set)', () => {
    expect(flags('The trial enrolled 286 children with moderate to severe atopic dermatitis.')).toEqual([]);
    // A plural the dictionaries list only in the singular (eleventh blind set keyed it "a letter too many").
    expect(flags('Wrongful convictions and exonerations rose last year.')).toEqual([]);
  });

  it('still flags the slips writers make: a vowel for a vowel, a letter dropped or doubled, two swapped', () => {
    expect(flags('The board met in a seperate room.')).toEqual(['seperate>separate']);
    expect(flags('The goverment has not replied.')).toEqual(['goverment>government']);
    expect(flags('The crash occured on Tuesday.')).toEqual(['occured>occurred']);
    expect(flags('Families will recieve letters.')).toEqual(['recieve>receive']);
  });
});
