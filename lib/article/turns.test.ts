import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse';

const body =
  'The harbour board met on Tuesday to decide the future of the old ferry pier. ' +
  'Members argued for two hours about repair costs and the safety of the walkway before they voted to close it.';

describe('parseArticle on an interview', () => {
  const turn = (who: string, text: string) => `**${who}:** ${text}`;
  const text = [
    '---', 'title: Talking about ferries', 'date: 2023-03-08', '---', '',
    turn('Wikinews', 'Why did the board decide to close the old ferry pier this spring?'), '',
    turn('Ana Ruiz', 'The walkway is no longer safe, and the repairs would cost more than a new pier.'), '',
    turn('Wikinews', 'What happens to the ferry service while the new pier is built?'), '',
    turn('Ana Ruiz', 'The ferries will stop at the fishing harbour until the work is finished next year.'), '',
    'Note: this interview was shortened for length and clarity by the editors of the paper.',
  ].join('\n');
  const a = parseArticle(text);
  it('takes the turn labels off the text and keeps them as the speakers', () => {
    expect(a.paragraphs[0]).toBe('Why did the board decide to close the old ferry pier this spring?');
    expect(a.speakers).toEqual(['Wikinews', 'Ana Ruiz', 'Wikinews', 'Ana Ruiz', null]);
    expect(a.paragraphs[4]).toMatch(/^Note: /);
  });
  it('keeps a short title-cased question of the interviewer as a turn, not a heading', () => {
    const short = parseArticle(text.replace('What happens to the ferry service while the new pier is built?', 'Will You Keep The Ferry?'));
    expect(short.headings).toEqual([]);
    expect(short.paragraphs[2]).toBe('Will You Keep The Ferry?');
    expect(short.speakers?.[2]).toBe('Wikinews');
  });
  it('finds no turns in an ordinary article with one "Note:" paragraph', () => {
    const plain = parseArticle(`${body}\n\nNote: the board meets again in April to discuss the ferry timetable.`);
    expect(plain.speakers).toBeUndefined();
  });
});
