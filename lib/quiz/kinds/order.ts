import type { TimelineEvent } from '../../analysis/types';
import type { GenContext } from '../context';
import type { Question } from '../types';
import { fnv1a, norm } from '../util';
import { dated, events } from '../generators/timeline';

/** How many events one "Put in order" item holds at most: more is a chore on a phone, not a harder skill. */
export const ORDER_MAX = 5;

/** Two dates can be put in order only when they differ and neither contains the other ("2024" and "2024-03" cannot). */
const comparable = (a: string, b: string) => a !== b && !a.startsWith(b) && !b.startsWith(a);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The events of the article whose dates the analysis is sure of (the timeline skill's own list: dated in the
 * sentence, already happened, one clause) such that every two can be ordered: at most ORDER_MAX, spread over the
 * article's time span (first, last, then the ones between).
 */
export function sureEvents(ctx: GenContext): TimelineEvent[] {
  // A guest's "we had a barn fire" is asked only with the guest named: among other events, whose "we" is unclear.
  const all = events(ctx).filter((e) => !e.teller);
  const picked: TimelineEvent[] = [];
  const seen = new Set<string>();
  const tryAdd = (e: TimelineEvent) => {
    if (picked.length >= ORDER_MAX || picked.includes(e) || seen.has(norm(e.event))) return;
    if (!picked.every((p) => comparable(p.value, e.value) && p.sentence !== e.sentence)) return;
    picked.push(e);
    seen.add(norm(e.event));
  };
  if (all.length > 0) tryAdd(all[0]);
  if (all.length > 1) tryAdd(all[all.length - 1]);
  all.forEach(tryAdd);
  return picked.sort((a, b) => a.sentence - b.sentence);
}

/**
 * "Put in order": 3 to 5 events of the article in the order they happened. The items are listed in the order the
 * article tells them (a teacher reads them that way); the key lists them by date. None when fewer than 3 events
 * have sure dates that differ.
 */
export function orderQuestions(ctx: GenContext): Question[] {
  const items = sureEvents(ctx);
  if (items.length < 3) return [];
  const byDate = items.map((e, i) => ({ e, i })).sort((a, b) => a.e.value.localeCompare(b.e.value));
  const order = byDate.map((x) => x.i);
  const options = items.map((e) => cap(e.event));
  if (new Set(options.map(norm)).size !== options.length) return [];
  const prompt = `Put these ${items.length} events in the order they happened, the earliest first.`;
  const toldInOrder = order.every((x, k) => x === k);
  return [
    {
      id: `order-${fnv1a(`${prompt}\u0000${options.join('\u0000')}`)}`,
      skill: 'timeline',
      kind: 'order',
      prompt,
      options,
      answer: -1,
      key: { kind: 'order', order },
      evidence: [...new Set(items.map((e) => e.sentence))].sort((a, b) => a - b),
      explanation:
        `Find each event and the date the article gives it: ${byDate.map((x) => dated(ctx, x.e)).join('; ')}. ` +
        `Then order them by date, not by where they come in the article${toldInOrder ? ' (here the two happen to agree)' : ': the article does not tell them in the order they happened'}.`,
      difficulty: items.length > 3 ? 3 : 2,
    },
  ];
}
