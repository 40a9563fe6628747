import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle, ArticleError } from './parse';

const seed = readFileSync(new URL('../content/rust-baldwin-dismissal.txt', import.meta.url), 'utf8');
const body = 'The council met on Monday to vote on the new budget for the city schools. ' +
  'Members argued for three hours about teacher pay and the cost of new buses before they agreed on a plan.';

describe('parseArticle on the seed', () => {
  const a = parseArticle(seed);
  it('reads the leading date as metadata, not text', () => {
    expect(a.date).toBe('2024-07-13');
    expect(a.paragraphs[0].startsWith('Since cinematographer Halyna Hutchins died')).toBe(true);
    expect(a.paragraphs.join(' ')).not.toContain('2024-07-13');
  });
  it('finds the two headings, including the title-cased question', () => {
    expect(a.headings).toEqual([
      'Alec Baldwin Shares Message After Rust Case Dismissal',
      'What Does The Dismissal Mean For Alec Baldwin?',
    ]);
    expect(a.title).toBe('Alec Baldwin Shares Message After Rust Case Dismissal');
  });
  it('keeps paragraphs exactly as published, stray spaces included', () => {
    expect(a.paragraphs).toHaveLength(8);
    expect(a.paragraphs[0]).toContain('against Baldwin . A day later');
    expect(a.paragraphs[1]).toMatch(/on his Instagram :$/);
    expect(a.paragraphs[5]).toContain('court deicsion');
    expect(a.blocks.map((b) => b.kind)).toEqual([
      'paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'heading',
      'paragraph', 'paragraph', 'paragraph',
    ]);
    expect(a.source).toBeNull();
    expect(a.url).toBeNull();
  });
});

describe('parseArticle on other shapes', () => {
  it('reads front matter and Markdown headings', () => {
    const md = `---\ntitle: "City Budget Passes"\ndate: 2023-03-05\nsource: Local Times\nurl: https://example.org/a\nauthor: x\n---\n# City Budget Passes\n\n${body}\n\n## What Happens Next\n\nThe plan goes to the **mayor** next week. She is expected to [sign it](https://example.org).\n`;
    const a = parseArticle(md);
    expect(a).toMatchObject({ title: 'City Budget Passes', date: '2023-03-05', source: 'Local Times', url: 'https://example.org/a' });
    expect(a.headings).toEqual(['City Budget Passes', 'What Happens Next']);
    expect(a.paragraphs[1]).toBe('The plan goes to the mayor next week. She is expected to sign it.');
  });
  it('joins soft-wrapped lines and keeps one-line-per-paragraph text apart', () => {
    const wrapped = parseArticle('The council met on Monday to vote\non the new budget for the schools. Members argued for three hours about teacher pay and\nthe cost of buses before they agreed.');
    expect(wrapped.paragraphs).toEqual(['The council met on Monday to vote on the new budget for the schools. Members argued for three hours about teacher pay and the cost of buses before they agreed.']);
    const lines = parseArticle('The council met on Monday to vote on the new budget for the schools.\nMembers argued for three hours about teacher pay and the cost of buses before they agreed.\nThe plan goes to the mayor.');
    expect(lines.paragraphs).toHaveLength(3);
    expect(lines.headings).toEqual([]);
  });
  it('takes the first heading as title, or null without one; an invalid date is null', () => {
    expect(parseArticle(body).title).toBeNull();
    expect(parseArticle(`---\ndate: 2024-02-31\n---\n${body}`).date).toBeNull();
    expect(parseArticle(`School Buses\n\n${body}`).title).toBe('School Buses');
  });
  it('takes a long headline as the title when a dateline comes straight after it', () => {
    const headline = 'Town councillors approve £4.2 million plan to turn an empty office block into flats for homeless families';
    const a = parseArticle(`${headline}\nThursday, November 14, 2019\n\n${body}`);
    expect(a.title).toBe(headline);
    expect(a.date).toBe('2019-11-14');
    expect(a.paragraphs[0]).not.toContain('2019');
    // Without the dateline, a line that long stays prose.
    expect(parseArticle(`${headline}\n\n${body}`).title).toBeNull();
  });
  it('does not take a lower-case question or a sentence as a heading', () => {
    const a = parseArticle(`Is the plan good enough for the families who rely on it?\n\n${body}`);
    expect(a.headings).toEqual([]);
    expect(a.paragraphs).toHaveLength(2);
  });
});

describe('parseArticle errors', () => {
  const message = (input: string) => {
    try {
      parseArticle(input);
    } catch (e) {
      expect(e).toBeInstanceOf(ArticleError);
      return (e as Error).message;
    }
    throw new Error('expected an ArticleError');
  };
  it('rejects empty, binary and too-short input with one-line messages', () => {
    expect(message('')).toBe('The article is empty.');
    expect(message('  \n\n\t ')).toBe('The article is empty.');
    expect(message(`${body}\u0000\u0001`)).toBe('This file is binary data, not text.');
    expect(message('\u0001\u0002\u0003\u0004abc'.repeat(20))).toBe('This file is binary data, not text.');
    expect(message('1234 5678 9012 %%%% #### '.repeat(20))).toMatch(/mostly symbols/);
    expect(message('Just a short note. Nothing more.')).toMatch(/too short/);
    expect(message('word '.repeat(40))).toMatch(/at least 2 full sentences/);
    for (const input of ['', `${body}\u0000`, 'a b c.']) expect(message(input)).not.toContain('\n');
  });
});

describe('parseArticle drops the back matter of a news page', () => {
  it('leaves out a "Sources" list and what follows it', () => {
    const a = parseArticle(`Harbour Board Closes Old Ferry Pier\n\n${body}\n\nSources:\n\n- "Pier to close" — Harbour Gazette, March 8, 2023\n- "Ferry news" — Coast Radio, March 7, 2023\n`);
    expect(a.paragraphs).toEqual([body]);
  });
  it('keeps a paragraph that merely starts with the word', () => {
    const a = parseArticle(`${body}\n\nSources close to the board said the vote was close. Members will meet again in April.`);
    expect(a.paragraphs).toHaveLength(2);
  });
});
