import { describe, expect, it } from 'vitest';
import { datelineDate } from './dateline';
import { parseArticle } from './parse';

const body =
  'The harbour board met on Tuesday to decide the future of the old ferry pier. ' +
  'Members argued for two hours about repair costs and the safety of the walkway before they voted to close it.';

describe('datelineDate', () => {
  it('reads the common dateline shapes', () => {
    expect(datelineDate('Friday, September 9, 2016')).toBe('2016-09-09');
    expect(datelineDate('Sept. 9, 2016')).toBe('2016-09-09');
    expect(datelineDate('9 September 2016')).toBe('2016-09-09');
    expect(datelineDate('Friday 9th September 2016')).toBe('2016-09-09');
    expect(datelineDate('Published: March 3, 2021')).toBe('2021-03-03');
    expect(datelineDate('**Monday, July 3, 2017**')).toBe('2017-07-03');
  });
  it('refuses sentences, impossible dates and words that only look like months', () => {
    expect(datelineDate('The board met on September 9, 2016 to vote.')).toBeNull();
    expect(datelineDate('February 30, 2016')).toBeNull();
    expect(datelineDate('Marching 9, 2016')).toBeNull();
    expect(datelineDate('Harbour Pier Closes')).toBeNull();
  });
});

describe('parseArticle with a dateline in plain text', () => {
  it('takes the title from the first line and the date from the dateline, which is not a sentence', () => {
    const a = parseArticle(`Harbour Board Closes Old Ferry Pier\n\nWednesday, March 8, 2023\n\n${body}\n`);
    expect(a.title).toBe('Harbour Board Closes Old Ferry Pier');
    expect(a.date).toBe('2023-03-08');
    expect(a.paragraphs).toEqual([body]);
    expect(a.headings).toEqual(['Harbour Board Closes Old Ferry Pier']);
  });
  it('reads a dateline that comes before the headline too', () => {
    const a = parseArticle(`8 March 2023\n\nHarbour Board Closes Old Ferry Pier\n\n${body}\n`);
    expect(a.date).toBe('2023-03-08');
    expect(a.title).toBe('Harbour Board Closes Old Ferry Pier');
  });
  it('keeps the front matter date when both are given', () => {
    const a = parseArticle(`---\ndate: 2023-03-09\n---\nWednesday, March 8, 2023\n\n${body}\n`);
    expect(a.date).toBe('2023-03-09');
    expect(a.paragraphs).toEqual([body]);
  });
});
