/**
 * Date expressions in a sentence: calendar dates found by chrono-node (date-chrono.ts) and what our own refiners
 * add (date-refine.ts). Each comes with a resolver that turns it into an absolute value given the article's date,
 * the date mentioned just before (the anchor for "a day later") and the tense of its verb.
 */
import { keepLongestSpans } from './spans';
import { chronoDates } from './date-chrono';
import { refinedDates } from './date-refine';
import type { RawDate } from './date-resolve';

export type { RawDate, ResolveContext } from './date-resolve';

/** Longer sentences than this are not searched: no real sentence is this long, and the work must stay bounded. */
export const MAX_SENTENCE = 1500;

/** Every date expression of a sentence; where two overlap, the longer one wins. */
export function matchDates(text: string): RawDate[] {
  if (text.length > MAX_SENTENCE) return [];
  return keepLongestSpans([...chronoDates(text), ...refinedDates(text)]);
}
