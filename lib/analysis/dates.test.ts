import { describe, expect, it } from 'vitest';
import { buildTimeline, findDates } from './dates';
import { findPeople } from './people';
import { makeSentences, seedSentences } from '@/tests/support/sentences';

const values = (texts: string[], articleDate: string | null = '2024-07-13') =>
  findDates(makeSentences(texts), articleDate).map((d) => [d.text, d.value, d.sentence]);

describe('findDates on the seed (ground truth section 4)', () => {
  const sentences = seedSentences();
  const dates = findDates(sentences, '2024-07-13', findPeople(sentences));

  it('resolves every date expression to its absolute value', () => {
    expect(dates.map((d) => [d.text, d.value, d.sentence])).toEqual([
      ['back in October 2021', '2021-10', 0],
      ['On Friday', '2024-07-12', 1],
      ['A day later', '2024-07-13', 2],
      ['2021', '2021', 3],
      ['July 12', '2024-07-12', 7],
      ['in March', '2024-03', 8],
      ['in January', '2024-01', 13],
      ['back in April 2024', '2024-04', 14],
      ['in March', '2024-03', 14],
      ['At the time of sentencing', '2024-04', 15],
    ]);
  });

  it('counts "A day later" from Friday, not from the article date', () => {
    expect(dates.find((d) => d.text === 'A day later')?.value).toBe('2024-07-13');
  });

  it('takes neither durations, "Now", "just now" nor "years ago" for dates', () => {
    const texts = dates.map((d) => d.text.toLowerCase()).join(' | ');
    expect(texts).not.toMatch(/18 months|now|years ago/);
    expect(dates.some((d) => [11, 17].includes(d.sentence))).toBe(false);
  });

  it('describes each event in a short phrase that stands alone', () => {
    expect(dates.map((d) => d.event)).toEqual([
      'cinematographer Halyna Hutchins died after a prop gun misfire',
      'Baldwin could be seen crying and hugging his wife',
      'Alec Baldwin has now responded to the decision',
      'the Rust incident that led to Hutchins’ untimely death',
      'Sommer shared that late discovery of certain evidence impacted the fundamental fairness',
      'This evidence was ammunition that was brought to the sheriff’s office',
      'Alec Baldwin was hit with an indictment that charged him with involuntary manslaughter',
      'Hannah Gutierrez-Reed was sentenced to prison for 18 months for involuntary manslaughter',
      'Hannah Gutierrez-Reed was found guilty',
      'Sommer said Gutierrez-Reed alone turned a safe weapon into a lethal weapon',
    ]);
    for (const d of dates) {
      expect(d.event!.split(' ').length).toBeLessThanOrEqual(13);
      expect(d.event).not.toMatch(/[,;:“”"]$|^[,;]/);
    }
  });

  it('orders the timeline, leaving out "2021" beside the finer "2021-10"', () => {
    const timeline = buildTimeline(dates, sentences);
    expect(timeline.map((e) => [e.value, e.sentence])).toEqual([
      ['2021-10', 0],
      ['2024-01', 13],
      ['2024-03', 8],
      ['2024-03', 14],
      ['2024-04', 14],
      ['2024-04', 15],
      ['2024-07-12', 1],
      ['2024-07-12', 7],
      ['2024-07-13', 2],
    ]);
  });
});

describe('findDates on invented sentences (article date Saturday 2024-07-13)', () => {
  it('reads full dates in several formats', () => {
    expect(values(['It opened on 2023-05-04.', 'It closed on July 12, 2024.', 'It reopened 3 March 2022.'])).toEqual([
      ['on 2023-05-04', '2023-05-04', 0],
      ['on July 12, 2024', '2024-07-12', 1],
      ['3 March 2022', '2022-03-03', 2],
    ]);
  });

  it('resolves weekdays backwards, "last" and "next" weekdays, and the future tense', () => {
    expect(values(['On Saturday it rained.', 'Last Saturday it was dry.', 'The vote will be on Monday.', 'Next Friday is a holiday.'])).toEqual([
      ['On Saturday', '2024-07-13', 0],
      ['Last Saturday', '2024-07-06', 1],
      ['on Monday', '2024-07-15', 2],
      ['Next Friday', '2024-07-19', 3],
    ]);
  });

  it('resolves words relative to the article date', () => {
    expect(
      values(['Yesterday the board met.', 'Today it voted.', 'Last week it argued.', 'Earlier this month it hired staff.', 'Last year it lost.', 'Two years ago it began.']),
    ).toEqual([
      ['Yesterday', '2024-07-12', 0],
      ['Today', '2024-07-13', 1],
      ['Last week', '2024-07-01', 2],
      ['Earlier this month', '2024-07', 3],
      ['Last year', '2023', 4],
      ['Two years ago', '2022', 5],
    ]);
  });

  it('anchors "later" phrases to the previous date in the text', () => {
    expect(values(['The fire began on June 28.', 'Two days later it was out.', 'The next day crews left.'])).toEqual([
      ['on June 28', '2024-06-28', 0],
      ['Two days later', '2024-06-30', 1],
      ['The next day', '2024-07-01', 2],
    ]);
  });

  it('puts a month after the article month in the previous year, unless the clause is in the future', () => {
    expect(values(['The study began in September.', 'Results will come in September.', 'It ended in mid-July.'])).toEqual([
      ['in September', '2023-09', 0],
      ['in September', '2024-09', 1],
      ['in mid-July', '2024-07-11', 2],
    ]);
  });

  it('reads tense across numbers with commas and names the subject of a "who" clause', () => {
    const sentences = makeSentences([
      'Under city rules, the council must hold a hearing if the petition gathers 5,000 signatures by June 30.',
      'Mayor Linda Okonkwo, who proposed the lanes in March, welcomed the result.',
    ]);
    const dates = findDates(sentences, '2025-05-09', findPeople(sentences));
    expect(dates.map((d) => [d.value, d.event])).toEqual([
      ['2025-06-30', 'the council must hold a hearing if the petition gathers 5,000 signatures'],
      ['2025-03', 'Linda Okonkwo proposed the lanes'],
    ]);
  });

  it('ignores durations, counts, vague times, the verb "march" and the modal "may"', () => {
    expect(
      values(['He served 18 months in prison.', 'About 2000 people may march.', 'Years ago it was different.', 'It rose 2024 percent.']),
    ).toEqual([]);
  });

  it('without an article date keeps only expressions that carry their year', () => {
    expect(values(['On Friday, in March 2020, the law passed.', 'A day later it was signed.', 'It was drafted in 1999.'], null)).toEqual([
      ['in March 2020', '2020-03', 0],
      ['A day later', '2020-03', 1],
      ['in 1999', '1999', 2],
    ]);
  });
});
