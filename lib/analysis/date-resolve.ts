/**
 * How a date expression without its own year (or day) becomes absolute: the shared rules behind the chrono-found
 * expressions (date-chrono.ts) and our own refiners (date-refine.ts).
 */
import { WEEKDAYS, addDays, addMonths, onOrBefore, precisionOf, truncate, weekday, type DateValue } from './date-words';
import type { Tense } from './date-tense';

export interface ResolveContext {
  article: DateValue | null;
  /** The value of the previous date mention in the text, if it is near enough to count from. */
  anchor: DateValue | null;
  /** The tense of the verb that governs the expression. */
  tense: Tense;
  /** The sentence says "this year": a month or day without a year is in the article's year. */
  thisYear: boolean;
  /** The date of an earlier event named by a noun ("at the time of sentencing"). */
  refer: (noun: string) => DateValue | null;
}

export interface RawDate {
  start: number;
  end: number;
  resolve: (ctx: ResolveContext) => DateValue | null;
  /** The last value of a span the expression names ("last week", "the 1960s"); the value is its first. */
  until?: (ctx: ResolveContext) => DateValue | null;
  /** One end of a span written out ("from 2004 to 2009"): nothing in the sentence happened at that end alone. */
  bound?: boolean;
}

/** A full date from parts; null when the day does not exist. */
export function full(y: number, m: number, d: number): DateValue | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? { y, m, d } : null;
}

const sameDay = (a: DateValue, b: DateValue) => a.y === b.y && a.m === b.m && a.d === b.d;

/**
 * A month and day without a year: the latest such day on or before the article date, or the first one after it
 * when the governing verb looks ahead. A past verb never moves it forward ("August 10" in an August 20 article).
 */
export const impliedDay = (m: number, d: number, weekdayOf?: number) => (c: ResolveContext) => {
  if (!c.article) return null;
  // "Saturday 14 June": the weekday settles the year, whatever the tense (the year nearest the article's date in
  // which that day falls on that weekday).
  if (weekdayOf !== undefined) {
    const fits = [c.article.y, c.article.y + 1, c.article.y - 1]
      .map((y) => full(y, m, d))
      .filter((v): v is DateValue => v !== null && new Date(Date.UTC(v.y, v.m! - 1, v.d)).getUTCDay() === weekdayOf);
    if (fits.length) return fits[0];
  }
  const same = full(c.article.y, m, d);
  if (!same) return null;
  if (c.thisYear) return same;
  const past = onOrBefore(same, c.article);
  if (c.tense === 'future') return past && !sameDay(same, c.article) ? full(c.article.y + 1, m, d) : same;
  if (c.tense === 'past') return past ? same : full(c.article.y - 1, m, d);
  // No verb says which way ("the deadline is May 15"): the occurrence nearest the article's date.
  const other = past ? full(c.article.y + 1, m, d) : full(c.article.y - 1, m, d);
  if (!other) return same;
  return Math.abs(dayNumber(other) - dayNumber(c.article)) < Math.abs(dayNumber(same) - dayNumber(c.article)) ? other : same;
};

/** Days since 1970 of a full date (a month alone counts from its first day). */
const dayNumber = (v: DateValue) => Date.UTC(v.y, (v.m ?? 1) - 1, v.d ?? 1) / 86_400_000;

/** A month without a year: the latest such month up to the article's month (or the next one ahead). */
export const impliedMonth = (m: number, mode: 'auto' | 'last' | 'this' | 'next') => (c: ResolveContext) => {
  if (!c.article) return null;
  const am = c.article.m ?? 12;
  const { y } = c.article;
  if (mode === 'this' || (mode === 'auto' && c.thisYear)) return { y, m };
  if (mode === 'last') return { y: m < am ? y : y - 1, m };
  if (mode === 'next' || (mode === 'auto' && c.tense === 'future')) return { y: m > am || (mode === 'auto' && m === am) ? y : y + 1, m };
  // No verb says which way: the month nearest the article's (six months either side: the one behind).
  if (mode === 'auto' && c.tense === null && c.article.m !== undefined && m > am && m - am < 6) return { y, m };
  return { y: m <= am ? y : y - 1, m };
};

/**
 * A weekday: the latest one on or before the article date (the article's own weekday is its day), unless the verb
 * looks ahead or "next" says so. "the next Tuesday" counts from the date mentioned before it.
 */
export const weekdayDate = (name: string, mode: string) => (c: ResolveContext) => {
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  if (mode === 'the next' || mode === 'the following') {
    if (!c.anchor || precisionOf(c.anchor) !== 'd') return null;
    return addDays(c.anchor, ((target - weekday(c.anchor) + 6) % 7) + 1);
  }
  if (!c.article || precisionOf(c.article) !== 'd') return null;
  const back = (weekday(c.article) - target + 7) % 7;
  if (mode === 'next' || ((mode === 'this' || mode === 'on' || mode === '') && c.tense === 'future')) {
    const ahead = (target - weekday(c.article) + 7) % 7;
    return addDays(c.article, mode === 'next' && ahead === 0 ? 7 : ahead);
  }
  return addDays(c.article, -(mode === 'last' && back === 0 ? 7 : back));
};

/** Offsets from a base date: the result is no more precise than the base. */
export function shift(base: DateValue | null, n: number, unit: string): DateValue | null {
  if (!base) return null;
  const u = unit.toLowerCase();
  if (u === 'day' || u === 'week') return precisionOf(base) === 'd' ? addDays(base, u === 'day' ? n : 7 * n) : base;
  if (u === 'month') return precisionOf(base) === 'y' ? base : truncate(addMonths(base, n), 'm');
  return { y: base.y + n };
}

/** Monday of the week holding a full date, moved by n weeks (a news week runs Monday to Sunday). */
export function weekStart(v: DateValue, n: number): DateValue {
  return addDays(v, -((weekday(v) + 6) % 7) + 7 * n);
}

const MONTH_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i;

/**
 * Does the text leave the value open? A month (or a month and day) written without a year, and without
 * "last"/"next"/"this year" to fix it, that lands outside the article's own year: news writes the year of a date
 * outside the current year (the wire styles' rule), so a yearless "November" in a March article is a reader's
 * guess, the November before or the one before that. Any other expression ("on Thursday") that resolves
 * differently in the past and in the future tense while its verb marks neither and is in the present or the
 * perfect ("has called a meeting on Thursday", "meets on Thursday"): this week's or the coming one? `before` is
 * the sentence up to the expression.
 */
export function guessed(raw: RawDate, c: ResolveContext, text: string, value: DateValue, before = ''): boolean {
  if (!c.article || c.thisYear) return false;
  const lower = text.toLowerCase();
  // "Saturday 14 June": the weekday fixes the year (impliedDay).
  const month = MONTH_WORD.test(text) && !WEEKDAYS.some((w) => lower.includes(w));
  if (month) {
    // A month written without its year is in the article's year, by the wire styles' rule; outside it, a guess.
    const yearless = !/\b\d{4}\b|'\d{2}\b|’\d{2}\b/.test(text) && !/\b(?:last|next|this|previous|following|coming)\b/i.test(text);
    return yearless && value.y !== c.article.y;
  }
  // News tells the past by default ("On Friday, Baldwin could be seen crying"): only a verb in the present or the
  // perfect before the date ("has called a meeting", "the board meets on") lets it look ahead to an arranged event.
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('. ')) + 1);
  const present = /\b(?:has|have|is|are|am)\b|[’']s\s+\p{Ll}+ed\b|\b\p{Ll}{2,}[^s\W]s\s+(?:\p{Ll}+\s+)?$/u.test(clause);
  if (c.tense !== null || !present) return false;
  const past = raw.resolve({ ...c, tense: 'past' });
  const future = raw.resolve({ ...c, tense: 'future' });
  return past !== null && future !== null && !(past.y === future.y && past.m === future.m && past.d === future.d);
}
