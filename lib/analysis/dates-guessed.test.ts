import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { findPeople } from './people';
import { makeSentences } from '@/tests/support/sentences';

/** [text, value, guessed] of every date in invented sentences. */
const found = (texts: string[], articleDate: string) => {
  const sentences = makeSentences(texts);
  return findDates(sentences, articleDate, findPeople(sentences)).map((d) => [d.text, d.value, d.guessed ?? false]);
};

describe('a date the text leaves open is marked as guessed', () => {
  it('marks a weekday whose verb says neither past nor future (which Thursday?), not one a past verb dates', () => {
    // Report of Tuesday 10 March 2026.
    expect(found(['The tenants have called a public meeting at the library on Thursday evening.'], '2026-03-10')).toEqual([
      ['on Thursday evening', '2026-03-05', true],
    ]);
    expect(found(['The tenants held a public meeting at the library on Thursday evening.'], '2026-03-10')).toEqual([
      ['on Thursday evening', '2026-03-05', false],
    ]);
    expect(found(['The tenants will hold a public meeting at the library on Thursday evening.'], '2026-03-10')).toEqual([
      ['on Thursday evening', '2026-03-12', false],
    ]);
  });

  it('marks a month without a year that falls outside the article’s year, not one inside it', () => {
    // A March report: "in October" is last October or the one before; "in January" can only be this January.
    expect(found(['The baker admitted the theft in October.'], '2026-03-10')).toEqual([['in October', '2025-10', true]]);
    expect(found(['The baker admitted the theft in January.'], '2026-03-10')).toEqual([['in January', '2026-01', false]]);
    expect(found(['The baker admitted the theft in October 2025.'], '2026-03-10')).toEqual([['in October 2025', '2025-10', false]]);
    expect(found(['The baker admitted the theft last October.'], '2026-03-10')).toEqual([['last October', '2025-10', false]]);
  });

  it('reads "on 4 May last year" as one date, a day of the year before the article’s', () => {
    expect(found(['On 4 May last year the ferry ran aground near the pier.'], '2026-03-10')).toEqual([['On 4 May last year', '2025-05-04', false]]);
    expect(found(['The ferry ran aground on June 9 last year.'], '2026-03-10')).toEqual([['on June 9 last year', '2025-06-09', false]]);
  });
});

describe('event phrases that still read', () => {
  const events = (texts: string[]) => {
    const sentences = makeSentences(texts);
    return findDates(sentences, '2026-03-13', findPeople(sentences)).map((d) => d.event);
  };

  it('does not cut a long clause in the middle of a noun phrase ("raised the projected")', () => {
    expect(events(['In May 2024, a review by the surveying firm Hollin Marsh Partners raised the projected cost from £90 million to £120 million.'])).toEqual([
      'a review by the surveying firm Hollin Marsh Partners raised the projected cost',
    ]);
  });

  it('does not cut a verb of placing from its complement ("putting the cost | at £9 million")', () => {
    expect(events(["In March 2021, the trust published a draft plan putting the hall's cost at £9 million."])).toEqual([
      "the trust published a draft plan putting the hall's cost at £9 million",
    ]);
  });

  it('does not cut a list short, which would say less than the article ("one charge" of three)', () => {
    expect(events(['Ann Pell pleaded guilty in February to one charge of fraud and two charges of forgery at the county court.'])).toEqual([
      'Ann Pell pleaded guilty',
    ]);
  });

  it('ends the event where "and" opens a clause with a subject of its own', () => {
    expect(events(['On Friday we lost power at the depot and it took an hour to restart the pumps.'])).toEqual([
      'we lost power at the depot',
    ]);
  });
});
