import { describe, expect, it } from 'vitest';
import { buildTimeline, findDates } from './dates';
import { findPeople } from './people';
import { makeSentences } from '@/tests/support/sentences';
import { buildQuestionBank } from '../quiz/index';

/** [text, value, event] of every date in invented sentences. */
const dates = (texts: string[], articleDate: string) => {
  const sentences = makeSentences(texts);
  return findDates(sentences, articleDate, findPeople(sentences)).map((d) => [d.text, d.value, d.event]);
};
const values = (texts: string[], articleDate: string) => dates(texts, articleDate).map(([t, v]) => [t, v]);

describe('tense decides the year or week of a date written without one', () => {
  it('puts "will be finished before … in September" in a March report ahead, like "would open in June"', () => {
    expect(values([
      'The new gym will be finished before the school year in September.',
      'The bakery said it would open in June.',
    ], '2026-03-11')).toEqual([
      ['in September', '2026-09'],
      ['in June', '2026-06'],
    ]);
  });

  it('puts "voted on Tuesday" before a Thursday report, even with an infinitive that looks ahead', () => {
    expect(values(['The parish council voted on Tuesday to close the ferry landing.'], '2026-03-12')).toEqual([
      ['on Tuesday', '2026-03-10'],
    ]);
  });

  it('dates the decided action after "voted … to close", and a date a present verb governs, nearest the report', () => {
    expect(values([
      'The town council voted 5 to 2 on Monday night to close the branch library at the end of June.',
      'The mayor warned that the budget deadline is May 15.',
      'The former treasurer was sent to prison in June.',
      'The council decided to sell the depot in October.',
    ], '2026-03-10')).toEqual([
      ['on Monday night', '2026-03-09'],
      ['at the end of June', '2026-06'],
      ['May 15', '2026-05-15'],
      // A past verb that is not a decision keeps its date behind the report; so does a decision whose infinitive's
      // month is nearer behind than ahead.
      ['in June', '2025-06'],
      ['in October', '2025-10'],
    ]);
  });

  it('keeps "August 10" in an August 20 report in the same year, even beside "would"', () => {
    expect(values([
      'The club said it would appeal the August 10 decision.',
      'The orchard flooded on August 10, and growers will meet next week.',
    ], '2026-08-20')).toEqual([
      ['August 10', '2026-08-10'],
      ['on August 10', '2026-08-10'],
      ['next week', '2026-08-24'],
    ]);
  });

  it('reads "are to travel on Wednesday" in a Tuesday report as the day after', () => {
    expect(values(['On Wednesday, the two scouts are to travel to the capital.'], '2026-03-10')).toEqual([['On Wednesday', '2026-03-11']]);
  });

  it('keeps a range that holds the article date in its own year', () => {
    expect(values(['The quilt show is to run from February 2 through April 19.'], '2026-02-06')).toEqual([
      ['from February 2', '2026-02-02'],
      ['through April 19', '2026-04-19'],
    ]);
  });
});

describe('words that look like dates but are not', () => {
  it('reads "today" meaning nowadays as no date, but "announced today" as the day', () => {
    expect(values([
      'Teenagers today send more messages than they make calls.',
      'Knitting is as popular today as it was in the war years.',
      'The harbour board announced today that the pier will close.',
    ], '2026-05-04')).toEqual([['today', '2026-05-04']]);
  });

  it('takes no newspaper name, habit, duration or "now" for a date', () => {
    expect(values([
      'The Sunday Chronicle printed the letter.',
      'The market is held on a Monday.',
      'The repairs took 18 months and must end within 24 hours of notice.',
      'Now the road is open.',
    ], '2026-05-04')).toEqual([]);
  });
});

describe('spans and their ends', () => {
  it('gives both ends of "from 2004 to 2009" no event, so a later ruling is not keyed to them', () => {
    expect(dates(['In a ruling on Monday, the tribunal found the levy charged from 2004 to 2009 was unlawful.'], '2026-05-08')).toEqual([
      ['on Monday', '2026-05-04', 'the tribunal found the levy charged from 2004 to 2009 was unlawful'],
      ['from 2004', '2004', null],
      ['to 2009', '2009', null],
    ]);
  });

  it('gives weeks, decades and centuries their last day or year, and leaves them off the timeline', () => {
    const sentences = makeSentences(['Last week the choir sang.', 'Vinyl sold well in the 1970s.', 'The mill ran through the 19th century.']);
    const found = findDates(sentences, '2026-05-06');
    expect(found.map((d) => [d.text, d.value, d.until])).toEqual([
      ['Last week', '2026-04-27', '2026-05-03'],
      ['the 1970s', '1970', '1979'],
      ['the 19th century', '1800', '1899'],
    ]);
    expect(buildTimeline(found, sentences)).toEqual([]);
  });

  it('counts "a day later" only from a date close before it', () => {
    const far = ['The dam opened on June 2.', 'Rain fell.', 'Rivers rose.', 'Fields flooded.', 'A day later the pumps failed.'];
    expect(values(far, '2026-06-20')).toEqual([['on June 2', '2026-06-02']]);
  });
});

describe('timeline questions on a made-up report', () => {
  const text = [
    '---', 'title: Harbour town weighs its future', 'date: 2026-03-12', '---', '',
    'The harbour board voted on Tuesday to sell the old ferry.',
    '',
    'The ferry was built in 1968 and carried cars until 2019.',
    '',
    'The town bought the pier in 1994, and the Harbour Gazette reported the sale on Wednesday.',
    '',
    'A climate model expects the sea to rise 30 cm by 2050, and the new quay will be finished in September.',
    '',
    'Fishermen held a protest in January, and the mayor met them in February.',
  ].join('\n');
  const { questions, article } = buildQuestionBank(text);
  const timeline = questions.filter((q) => q.skill === 'timeline');

  it('asks about events that have happened, keyed to their own date, with no future or span ends', () => {
    expect(article.date).toBe('2026-03-12');
    expect(timeline.length).toBeGreaterThan(0);
    for (const q of timeline) {
      const options = q.options.join(' | ');
      expect(options, q.prompt).not.toMatch(/2050|September 2026|Gazette$/);
      expect(q.prompt, q.prompt).not.toMatch(/quay|climate|sea to rise/);
    }
    const vote = timeline.find((q) => /board voted/.test(q.prompt));
    if (vote) expect(vote.options[vote.answer]).toBe('10 March 2026');
  });
});

describe('timeline stems that no longer read are not asked', () => {
  it('skips a cut-out with a comma before its verb, a dangling ending or a cause', () => {
    const text = `---\ntitle: Storm\ndate: 2023-03-10\n---\n\nThe collapse, which killed four people, was caused by strong winds on Tuesday, the city said in a report.\n\n` +
      `The storm reached the coast on Monday and the people of the northern area left on Tuesday, officials in the city said.\n\n` +
      `The mayor opened the new shelter for the families on Wednesday, and more than 200 people slept there that night.\n`;
    const prompts = buildQuestionBank(text).questions.filter((q) => q.skill === 'timeline').map((q) => q.prompt);
    for (const p of prompts) {
      expect(p).not.toMatch(/, was |caused by|left”/);
    }
  });
});

describe('timeline questions only where the date can only belong to the event', () => {
  const text = `---\ntitle: Library vote\ndate: 2024-03-13\n---\n\n` +
    `On Tuesday, the council approved the library expansion by five votes to four after a long debate.\n\n` +
    `Residents say the council sent letters about the plan in January of last year, but the mayor's office denies this.\n\n` +
    `A councillor said the builders had finished the old wing in 2019, which cost far more than planned.\n\n` +
    `The library first opened its doors in 1962 with a small reading room and a children's corner.\n`;
  const timeline = buildQuestionBank(text).questions.filter((q) => q.skill === 'timeline');

  it('asks about a sentence that opens with its date, and one with a single clause', () => {
    expect(timeline.some((q) => /council approved the library expansion/i.test(q.prompt))).toBe(true);
    expect(timeline.some((q) => /library first opened/i.test(q.prompt) && q.options[q.answer] === '1962')).toBe(true);
  });

  it('does not date a denial, or a sentence whose date may belong to another clause', () => {
    for (const q of timeline) expect(q.prompt + q.options.join(' ')).not.toMatch(/denies|finished the old wing/);
  });
});

describe('a weekday written with its date settles the year', () => {
  it('puts "Saturday 14 June" in a June 2 2025 article on 14 June 2025, a Saturday, whatever the tense', () => {
    const sentences = makeSentences(['The doors open at seven in the morning on Saturday 14 June, the manager said.', 'The court case was heard on Thursday 8 May.']);
    const dates = findDates(sentences, '2025-06-02', findPeople(sentences));
    expect(dates.map((d) => d.value)).toEqual(['2025-06-14', '2025-05-08']);
  });
});

describe('an irregular participle defers to its auxiliary', () => {
  it('puts "is to be held from November 20" in a May report ahead, and "had been held on May 2" behind', () => {
    expect(values([
      'The vote is to be held from November 20 to December 11.',
      'The fair had been held on May 2 before the rain came.',
    ], '2026-05-07')).toEqual([
      ['from November 20', '2026-11-20'],
      ['to December 11', '2026-12-11'],
      ['on May 2', '2026-05-02'],
    ]);
  });
});

describe('dates written as spans or set beside a day', () => {
  it('reads "late June", "the summer of 2019", "over the weekend" and "a couple of years back" as spans', () => {
    const found = findDates(makeSentences([
      'The survey from late June put her at nine percent.',
      'She toured the coast in the summer of 2019 for a workshop.',
      'Crowds filled the hall over the weekend.',
      'The paper ran a story a couple of years back about the mill.',
    ]), '2026-07-08').map((d) => [d.text, d.value, d.until ?? null]);
    expect(found).toEqual([
      ['from late June', '2026-06-21', '2026-06-30'],
      ['the summer of 2019', '2019-06', '2019-08'],
      ['the weekend', '2026-07-04', '2026-07-05'],
      ['a couple of years back', '2023', '2024'],
    ]);
  });

  it('gives "the opening night" set beside "Saturday night" the same day, and "the year before" the year before', () => {
    expect(values([
      'We went on Saturday night, the opening night, and the square was full.',
      'This is a drop from the year before, when it was half.',
    ], '2026-03-09')).toEqual([
      ['on Saturday night', '2026-03-07'],
      ['the opening night', '2026-03-07'],
      ['the year before', '2025'],
    ]);
  });
});

describe('a date named again by "the date"', () => {
  it('gives "commemorating the date" the full date just named, with no event, and leaves "the date of the vote" alone', () => {
    const found = findDates(makeSentences([
      'On March 3, 1990, the first ferry crossed the bay.',
      'The town held a fair commemorating the date outside the old terminal.',
      'Officials marked the date of the vote in red.',
    ]), '2026-03-04').map((d) => [d.text, d.value, d.event]);
    expect(found).toEqual([
      ['On March 3, 1990', '1990-03-03', 'the first ferry crossed the bay'],
      ['the date', '1990-03-03', null],
    ]);
  });
});

describe('tense from the verb that governs the date, not another clause', () => {
  it('puts a start "from 1 April" after a February report, and "starts on Monday" ahead', () => {
    expect(values([
      'The new fare, which takes effect from 1 April, will cost riders 40p more.',
      'The night service starts on Monday.',
    ], '2026-02-25')).toEqual([
      ['from 1 April', '2026-04-01'],
      ['on Monday', '2026-03-02'],
    ]);
  });

  it('keeps "the closing price on Monday" in an appositive before a Tuesday report, whatever the main verb', () => {
    expect(values(['The buyer will pay $12 a share, a premium of 9 percent over the closing price on Monday.'], '2025-10-21')).toEqual([
      ['on Monday', '2025-10-20'],
    ]);
  });
});

describe('events read as a sentence once an age and its aside are cut out', () => {
  it('drops ", 71, a retired pilot who …," and ", 54, of Elmford," whole, never leaving a stray comma', () => {
    expect(dates([
      'Rhona Vail, 71, a retired pilot who flew for 30 years, joined the club in 2012 after a friend asked her.',
      'Owen Tarr, 54, of Elmford, pleaded guilty in March to theft.',
    ], '2025-06-10').map(([t, , e]) => [t, e])).toEqual([
      ['in 2012', 'Rhona Vail joined the club'],
      ['in March', 'Owen Tarr pleaded guilty to theft'],
    ]);
  });
});

describe('a weekday ahead of a present or modal verb', () => {
  it('puts the end of a period that runs now, and a weekday after "may", after the article date', () => {
    // 2026-06-16 is a Tuesday.
    expect(values([
      'The agency has issued a heat warning through 9 p.m. Wednesday for the whole valley.',
      'The bridge remains closed until Friday, engineers said.',
      'Forecasters warned that storms may reach the coast on Thursday.',
      'The bridge was closed until Friday while engineers checked it.',
    ], '2026-06-16')).toEqual([
      ['Wednesday', '2026-06-17'],
      ['until Friday', '2026-06-19'],
      ['on Thursday', '2026-06-18'],
      ['until Friday', '2026-06-12'],
    ]);
  });
});

describe('a date the verb uses as its object is no event', () => {
  it('gives "spent Saturday night", "marked Monday" and "Sunday was lost" no event, and keeps "left on Friday"', () => {
    expect(dates([
      'Around 60 hikers spent Saturday night in a mountain hut above the pass.',
      'The village marked Monday with a parade through the square.',
      'Sunday was largely lost to heavy rain at the fair.',
      'The ferry left the harbour on Friday with 40 passengers.',
    ], '2026-04-15').map(([t, , e]) => [t, e])).toEqual([
      ['Saturday night', null],
      ['Monday', null],
      ['Sunday', null],
      ['on Friday', 'The ferry left the harbour with 40 passengers'],
    ]);
  });
});
