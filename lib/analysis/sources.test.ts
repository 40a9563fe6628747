import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../article/parse';
import { splitSentences } from './sentences';
import { findSources } from './sources';
import type { Person, Sentence } from './types';

const seed = readFileSync(new URL('../content/rust-baldwin-dismissal.txt', import.meta.url), 'utf8');
const person = (name: string, aliases: string[]): Person =>
  ({ id: name, name, kind: 'person', roles: [], aliases, mentions: [], roleSentence: null });
const people = [person('Alec Baldwin', ['Baldwin']), person('Mary Marlowe Sommer', ['Sommer', 'Judge Sommer'])];
const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, text, paragraph: index, start: 0, end: text.length, words: 0 }));

describe('findSources on the seed', () => {
  it('finds the Instagram post and the July 12 ruling with their owners', () => {
    expect(findSources(splitSentences(parseArticle(seed)), people)).toEqual([
      { sentence: 4, kind: 'post', text: 'his Instagram', who: 'Alec Baldwin' },
      { sentence: 7, kind: 'ruling', text: 'the July 12 decision', who: 'Mary Marlowe Sommer' },
    ]);
  });
});

describe('findSources on invented sentences', () => {
  const ruiz = [person('Ana Ruiz', ['Ruiz'])];
  it('finds statements, reports, filings, interviews and according to', () => {
    const found = findSources(
      sentences(
        'According to a police report, the driver was speeding.',
        'Mayor Ana Ruiz said in a statement that the bridge is safe.',
        'Court documents show the company knew.',
        'Ruiz told reporters the plan would work, according to witnesses.',
        'The figures come from a 2023 study by the state university.',
        'Ruiz wrote on Ruiz’s Facebook page that she was sorry.',
      ),
      ruiz,
    );
    expect(found).toEqual([
      { sentence: 0, kind: 'record', text: 'According to a police report', who: null },
      { sentence: 1, kind: 'statement', text: 'a statement', who: 'Ana Ruiz' },
      { sentence: 2, kind: 'record', text: 'Court documents', who: null },
      { sentence: 3, kind: 'other', text: 'told reporters', who: 'Ana Ruiz' },
      { sentence: 3, kind: 'other', text: 'according to witnesses', who: 'witnesses' },
      { sentence: 4, kind: 'report', text: 'a 2023 study', who: null },
      { sentence: 5, kind: 'post', text: 'Ruiz’s Facebook page', who: 'Ana Ruiz' },
    ]);
  });
  it('does not take a place named with a document noun after it for a source, nor "told reporters" for an interview', () => {
    const found = findSources(
      sentences(
        'Among those in the gallery for the ruling was the widow of the driver.',
        'Ruiz told journalists at a briefing that the pier would reopen.',
        'In an interview with the town paper, Ruiz said the pier would reopen.',
      ),
      ruiz,
    );
    expect(found.map((f) => [f.sentence, f.kind])).toEqual([
      [1, 'other'],
      [2, 'interview'],
    ]);
  });

  it('finds nothing in a sentence that cites nothing', () => {
    expect(findSources(sentences('The bridge opened in 1990 and carries ten thousand cars a day.'), [])).toEqual([]);
  });
});
