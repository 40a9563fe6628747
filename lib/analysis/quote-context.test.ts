import { describe, expect, it } from 'vitest';
import { findPeople } from './people';
import { findQuotes } from './quotes';
import { layout } from '@/tests/support/sentences';

/** [quotation, speaker] pairs of invented paragraphs, analysed as an article would be. */
const speakers = (paragraphs: string[][], labels: string[] = []) => {
  const { article, sentences } = layout(paragraphs);
  return findQuotes(article, sentences, findPeople(sentences, labels)).map((q) => [q.text, q.speaker]);
};

describe('speakers named outside the quotation’s sentence', () => {
  it('takes the speaker from the sentence before, when it says who speaks', () => {
    expect(
      speakers([[
        'Harbour master Olga Brenner said the pier had been unsafe for years.',
        '"Nobody should walk on it after dark."',
      ]]),
    ).toEqual([['Nobody should walk on it after dark.', 'Olga Brenner']]);
  });

  it('gives a quoted paragraph to the person who issued a statement in the paragraph before', () => {
    expect(
      speakers([
        ['Councillor Piet Lambrecht issued a statement about the closure.'],
        ['"This is a sad day for the fishing families of our town."'],
      ]),
    ).toEqual([['This is a sad day for the fishing families of our town.', 'Piet Lambrecht']]);
  });

  it('carries a quotation that runs on over two paragraphs, and its speaker', () => {
    expect(
      speakers([
        ['Mayor Ines Varga told reporters, "We will build a new pier within two years.'],
        ['"The money is already in the budget."'],
      ]),
    ).toEqual([
      ['We will build a new pier within two years.', 'Ines Varga'],
      ['The money is already in the budget.', 'Ines Varga'],
    ]);
  });

  it('reads "X commented," and a dash attribution after a pull quote', () => {
    expect(speakers([['Teacher Rafael Ortiz commented, "The children loved the ferry."']])).toEqual([
      ['The children loved the ferry.', 'Rafael Ortiz'],
    ]);
    expect(
      speakers([['“We have the sea, and we have each other.”', '— Ortiz, on what the town has left.']], ['Rafael Ortiz']),
    ).toEqual([['We have the sea, and we have each other.', 'Rafael Ortiz']]);
  });

  it('matches a surname the article misspells once next to "said"', () => {
    expect(
      speakers([['Engineer Hannah Peters inspected the pier.', '"The steel is rotten through," Peter said.']]),
    ).toEqual([['The steel is rotten through,', 'Hannah Peters']]);
  });

  it('closes a quotation opened with a straight mark and closed with a curly one', () => {
    expect(speakers([['Inspector Tomas Weil said, "The posts are cracked below the waterline.“']])).toEqual([
      ['The posts are cracked below the waterline.', 'Tomas Weil'],
    ]);
  });
});

describe('speakers left out rather than guessed', () => {
  it('does not take a name after the verb when the verb already has its subject elsewhere', () => {
    expect(
      speakers([['The Harbour Gazette noted that messages to Olga Brenner had grown into a "support campaign".']]),
    ).toEqual([['support campaign', null]]);
  });

  it('gives no speaker to "He said" when the sentence before names two men', () => {
    expect(
      speakers([[
        'For Jonas Meyer, a fisherman, Karl Weiss was a hero.',
        'He said, "Karl built the first pier with his own hands."',
      ]]),
    ).toEqual([['Karl built the first pier with his own hands.', null]]);
  });
});

describe('titles and names in quotation marks', () => {
  it('gives a quoted title nobody’s words and makes no person of it', () => {
    const { article, sentences } = layout([['Captain Mira Holt said the crew named their boat "Silver Gull of Norway" last spring.']]);
    const people = findPeople(sentences);
    expect(people.map((p) => p.name)).toEqual(['Mira Holt']);
    expect(findQuotes(article, sentences, people).map((q) => [q.text, q.speaker])).toEqual([['Silver Gull of Norway', null]]);
  });

  it('makes no person of a thing named after one ("the Holt Archive" after "Mira Holt")', () => {
    const { sentences } = layout([['Captain Mira Holt founded the pier museum.', 'The Holt Archive opened in May.']]);
    expect(findPeople(sentences).map((p) => p.name)).toEqual(['Mira Holt']);
  });
});
