import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { findPeople } from './people';
import { makeSentences } from '@/tests/support/sentences';

/** [text, value, event] of every date in invented sentences; article date Friday 2025-05-09 unless given. */
const dates = (texts: string[], articleDate = '2025-05-09') => {
  const sentences = makeSentences(texts);
  return findDates(sentences, articleDate, findPeople(sentences)).map((d) => [d.text, d.value, d.event]);
};

describe('findDates resolves forward-looking clauses forward', () => {
  it('puts bare months and days after the article date when the clause looks ahead', () => {
    expect(dates([
      'A ruling on the grant is expected in April.',
      'The new gates are due to be in place by the end of March.',
      'The museum plans to reopen its east wing in September.',
      'Organisers must collect the forms by March 30.',
      'The mayor will name a new chief next month.',
    ]).map(([t, v]) => [t, v])).toEqual([
      ['in April', '2026-04'],
      ['by the end of March', '2026-03'],
      ['in September', '2025-09'],
      ['by March 30', '2026-03-30'],
      ['next month', '2025-06'],
    ]);
  });

  it('keeps past clauses in the past', () => {
    expect(dates(['The gates were installed in September.', 'The forms arrived by March 30.']).map(([t, v]) => [t, v])).toEqual([
      ['in September', '2024-09'],
      ['by March 30', '2025-03-30'],
    ]);
  });
});

describe('findDates attaches each date to the clause that holds it', () => {
  it('gives "since" no event: it starts a span, nothing happened then', () => {
    expect(dates(['The flood was the worst in the valley since 1987.'])).toEqual([['since 1987', '1987', null]]);
  });

  it('gives a trailing "…, researchers said on Tuesday" no event: the date is when it was said (eleventh set)', () => {
    expect(dates([
      'A monthly injection cleared the skin of nearly half the children, researchers said on Tuesday.',
      'Researchers said on Tuesday that the injection was safe.',
    ]).map(([, , event]) => event)).toEqual([null, 'Researchers said that the injection was safe']);
  });

  it('skips an opening attribution and a leading clause', () => {
    expect(dates([
      'According to a survey by the parks office, visits to the lake doubled in 2023.',
      'She said the shop had struggled after her partner left in 2019.',
    ])).toEqual([
      ['in 2023', '2023', 'visits to the lake doubled'],
      ['in 2019', '2019', 'her partner left'],
    ]);
  });

  it('splits two verbs that share a subject and two clauses joined by ", and"', () => {
    expect(dates([
      'The tower was finished in 1911 and was last repainted in 1990.',
      'The lake froze on January 3, and the ferry service is scheduled to resume in June.',
    ], '2025-02-10')).toEqual([
      ['in 1911', '1911', 'The tower was finished'],
      ['in 1990', '1990', 'The tower was last repainted'],
      ['on January 3', '2025-01-03', 'The lake froze'],
      ['in June', '2025-06', 'the ferry service is scheduled to resume'],
    ]);
  });

  it('names the noun a possessive date owns, the source a study date belongs to, and drops a long relative clause', () => {
    expect(dates([
      'Crews cleared the road after last week’s landslide.',
      'Bees are in decline, according to a study published on Monday in the Journal of Pollination.',
      'A former school bursar who moved thousands of dollars from a lunch fund into his own account was jailed on Tuesday.',
    ])).toEqual([
      ['last week', '2025-04-28', 'the landslide'],
      ['on Monday', '2025-05-05', 'a study was published in the Journal of Pollination'],
      ['on Tuesday', '2025-05-06', 'A former school bursar was jailed'],
    ]);
  });

  it('gives the ends of a written span no event: neither is when the food bank was run', () => {
    expect(dates(['Maria Costa, 61, ran the food bank from 2010 until 2020.'])).toEqual([
      ['from 2010', '2010', null],
      ['until 2020', '2020', null],
    ]);
  });

  it('takes an appositive with its own "that" clause as the event, and a "can … until" deadline as ahead', () => {
    expect(dates([
      'The club voted last Monday to close the pool, a change that will take effect next year.',
      'The council survey, carried out in May, found most people agreed.',
      'Residents can send comments until March 1.',
    ], '2025-09-16')).toEqual([
      ['last Monday', '2025-09-15', 'The club voted to close the pool'],
      ['next year', '2026', 'a change that will take effect'],
      ['in May', '2025-05', 'The council survey was carried out'],
      ['until March 1', '2026-03-01', 'Residents can send comments until March 1'],
    ]);
  });
});
