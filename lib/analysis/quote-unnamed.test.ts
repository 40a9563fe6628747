import { describe, expect, it } from 'vitest';
import { findPeople } from './people';
import { findQuotes } from './quotes';
import { layout } from '@/tests/support/sentences';

/** [quotation, speaker] pairs of invented paragraphs. */
const speakers = (paragraphs: string[][]) => {
  const { article, sentences } = layout(paragraphs);
  return findQuotes(article, sentences, findPeople(sentences, [])).map((q) => [q.text, q.speaker]);
};

describe('quotations of an unnamed speaker or an organisation are nobody’s named words', () => {
  it('does not give an unnamed official’s words to the last person named', () => {
    expect(
      speakers([
        ['"We are ready to start," said Tomasz Wielgus, the project engineer.'],
        ['The minister, who called the plan "a gift to the next generation" in a speech in May, has not said whether she will visit.'],
      ]),
    ).toEqual([
      ['We are ready to start,', 'Tomasz Wielgus'],
      ['a gift to the next generation', null],
    ]);
  });

  it('does not give a document’s words to the person it is about', () => {
    expect(
      speakers([
        ['Coach Lena Marsh said the team would appeal.'],
        ['According to the league’s disciplinary notice, Marsh "acted in a manner likely to bring the game into disrepute".'],
      ]),
    ).toEqual([['acted in a manner likely to bring the game into disrepute', null]]);
  });

  it('still reads a speaker named right after the quotation, with a short description before the name', () => {
    expect(
      speakers([['"We never gave up," club captain Aiko Tanabe told reporters, "not even at half time."']]),
    ).toEqual([
      ['We never gave up,', 'Aiko Tanabe'],
      ['not even at half time.', 'Aiko Tanabe'],
    ]);
  });

  it('still reads "according to" followed by the person', () => {
    expect(speakers([['According to Dr Femi Adeyemi, the ward was "never designed for this many patients".']])).toEqual([
      ['never designed for this many patients', 'Femi Adeyemi'],
    ]);
  });
});

describe('a place inside a name is no mention of the name’s owner', () => {
  it('gives “she said” to the analyst, not to “Euronext Dublin” through “in Dublin” (tenth blind set)', () => {
    expect(
      speakers([
        ['In a statement to Euronext Dublin on Monday, the board said it had turned down the offer.'],
        [
          'Aoife Brennan, a food analyst at Fitzwilliam Securities in Dublin, said the offer was low.',
          '"I think the board is right to hold out," she said.',
        ],
      ]).filter(([, who]) => who !== null),
    ).toEqual([['I think the board is right to hold out,', 'Aoife Brennan']]);
  });
});
