import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';
import { FERRY_ARTICLE } from '@/tests/fixtures/ferry-article';

const orderOf = (text: string) => buildQuestionBank(text, { kinds: ['order'] }).questions;

describe('"Put in order" items', () => {
  it('list 3 to 5 events with sure dates as the article tells them, keyed by date', () => {
    const [q, ...rest] = orderOf(FERRY_ARTICLE);
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ kind: 'order', skill: 'timeline', answer: -1 });
    // "caught fire" is an event too: an irregular past verb is a finite verb like "fined".
    expect(q.options).toEqual(['A harbour ferry caught fire off Westport', 'Judge Amara Finch fined the operator, Bayline Ferries', 'Marine engineer Ruth Okafor inspected the ferry', 'The ferry first entered service']);
    expect(q.key).toEqual({ kind: 'order', order: [3, 2, 0, 1] });
    expect(q.prompt).toBe('Put these 4 events in the order they happened, the earliest first.');
    expect(q.explanation).toContain('June 2009');
    expect(q.evidence).toEqual([0, 1, 6, 7]);
  });

  it('are not made when fewer than 3 events have sure dates', () => {
    const two = FERRY_ARTICLE.replace(' on 12 January 2025', '').replace(' in June 2009', '');
    expect(orderOf(two)).toEqual([]);
  });
});
