/**
 * Date expressions in a sentence, each with a resolver that turns it into an absolute value given the article's
 * date and the date of the event mentioned just before (the anchor for "a day later").
 */
import {
  COUNT, MONTH_ANY, MONTH_FULL, WEEKDAY, WEEKDAYS, addDays, addMonths, countOf, monthOf, onOrBefore, precisionOf,
  truncate, weekday, type DateValue,
} from './date-words';
import { keepLongestSpans } from './spans';

export interface ResolveContext {
  article: DateValue | null;
  /** The value of the previous date mention in the text, if any. */
  anchor: DateValue | null;
  /** The clause around the expression is in the future tense. */
  future: boolean;
  /** The date of an earlier event named by a noun ("at the time of sentencing"). */
  refer: (noun: string) => DateValue | null;
}

export interface RawDate {
  start: number;
  end: number;
  resolve: (ctx: ResolveContext) => DateValue | null;
}

type Handler = (m: RegExpMatchArray, text: string) => RawDate['resolve'] | null;

/** "[Ii]n" — a word that may open a sentence. */
const ci = (w: string) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`;
const LEAD = `(?:(?:back |earlier |later )?(?:${['in', 'on', 'since', 'by', 'until', 'from', 'during', 'through', 'before', 'after'].map(ci).join('|')})\\s+)?`;

/** A full date from parts; null when the day does not exist. */
function full(y: number, m: number, d: number): DateValue | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? { y, m, d } : null;
}

/** A month and day without a year: the latest such day on/before the article date (first after it in the future). */
const impliedDay = (m: number, d: number) => (c: ResolveContext) => {
  if (!c.article) return null;
  const same = full(c.article.y, m, d);
  if (!same) return null;
  const past = onOrBefore(same, c.article);
  if (c.future) return past && !sameDay(same, c.article) ? full(c.article.y + 1, m, d) : same;
  return past ? same : full(c.article.y - 1, m, d);
};

const sameDay = (a: DateValue, b: DateValue) => a.y === b.y && a.m === b.m && a.d === b.d;

/** A month without a year: the latest such month up to the article's month (or the next one in the future). */
const impliedMonth = (m: number, mode: 'auto' | 'last' | 'this' | 'next') => (c: ResolveContext) => {
  if (!c.article) return null;
  const am = c.article.m ?? 12;
  const { y } = c.article;
  if (mode === 'this') return { y, m };
  if (mode === 'last') return { y: m < am ? y : y - 1, m };
  if (mode === 'next' || (mode === 'auto' && c.future)) return { y: m > am || (mode === 'auto' && m === am) ? y : y + 1, m };
  return { y: m <= am ? y : y - 1, m };
};

/** Offsets from the anchor (or the article date): the result is no more precise than the anchor. */
function shift(base: DateValue | null, n: number, unit: string): DateValue | null {
  if (!base) return null;
  const u = unit.toLowerCase();
  if (u === 'day' || u === 'week') {
    return precisionOf(base) === 'd' ? addDays(base, u === 'day' ? n : 7 * n) : base;
  }
  if (u === 'month') return precisionOf(base) === 'y' ? base : truncate(addMonths(base, n), 'm');
  return { y: base.y + n };
}

/** A four-digit number is a count, not a year, when a plural noun follows or a quantity word precedes it. */
const NOT_YEAR_AFTER = /^\s+(?:(?!was\b|has\b|this\b|its\b|is\b|as\b|plus\b)\p{Ll}{2,}s|people|children|men|women)\b/u;
const NOT_YEAR_BEFORE = /\b(about|around|some|nearly|almost|over|than|approximately|roughly|only|just|least|most|top)\s+$/i;

const MATCHERS: Array<[RegExp, Handler]> = [
  [new RegExp(`${LEAD}\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'g'), (m) => () => full(+m[1], +m[2], +m[3])],
  [new RegExp(`${LEAD}${MONTH_ANY}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g'), (m) => () => full(+m[3], monthOf(m[1]), +m[2])],
  [new RegExp(`${LEAD}\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_ANY}\\s*,?\\s+(\\d{4})\\b`, 'g'), (m) => () => full(+m[3], monthOf(m[2]), +m[1])],
  [new RegExp(`${LEAD}${MONTH_FULL}(?:\\s+of)?,?\\s+(\\d{4})\\b`, 'g'), (m) => () => ({ y: +m[2], m: monthOf(m[1]) })],
  [new RegExp(`${LEAD}${MONTH_ANY}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\d|,?\\s*\\d{4})`, 'g'), (m) => impliedDay(monthOf(m[1]), +m[2])],
  [new RegExp(`${LEAD}\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_FULL}\\b(?!,?\\s*\\d{4})`, 'g'), (m) => impliedDay(monthOf(m[2]), +m[1])],
  [
    new RegExp(`(?:(?:back |earlier |later )?(?:${['in', 'since', 'by', 'until', 'from', 'during', 'through', 'before', 'after', 'of'].map(ci).join('|')})\\s+(?:(?:early|late|mid)-?\\s*)?|(${ci('last')}|${ci('this')}|${ci('next')})\\s+|(?:${ci('early')}|${ci('late')})\\s+|${ci('mid')}-)${MONTH_FULL}\\b(?!\\s+\\d)`, 'g'),
    (m) => impliedMonth(monthOf(m[2]), ((m[1] ?? '').toLowerCase() || 'auto') as 'auto' | 'last' | 'this' | 'next'),
  ],
  [
    // "by the end of March": the part of the month changes nothing at month precision.
    new RegExp(`(?:${['by', 'before', 'until', 'at', 'from', 'in', 'after'].map(ci).join('|')})\\s+the\\s+(?:end|start|beginning|middle|close)\\s+of\\s+${MONTH_FULL}\\b(?!\\s+\\d)`, 'g'),
    (m) => impliedMonth(monthOf(m[1]), 'auto'),
  ],
  [
    new RegExp(`(?:(${ci('on')}|${ci('last')}|${ci('this')}|${ci('next')}|${ci('early')}|${ci('late')})\\s+)?${WEEKDAY}\\b`, 'g'),
    (m) => (c) => {
      if (!c.article || precisionOf(c.article) !== 'd') return null;
      const target = WEEKDAYS.indexOf(m[2].toLowerCase());
      const mode = (m[1] ?? '').toLowerCase();
      const back = (weekday(c.article) - target + 7) % 7;
      if (mode === 'next' || ((mode === 'this' || mode === 'on' || mode === '') && c.future)) {
        const ahead = (target - weekday(c.article) + 7) % 7;
        return addDays(c.article, mode === 'next' && ahead === 0 ? 7 : ahead);
      }
      return addDays(c.article, -(mode === 'last' && back === 0 ? 7 : back));
    },
  ],
  [/\b(yesterday|today|tonight|tomorrow)\b/gi, (m) => (c) => shift(c.article, { yesterday: -1, tomorrow: 1 }[m[1].toLowerCase()] ?? 0, 'day')],
  [
    /\b(last|this|next|earlier this|later this)\s+(night|morning|afternoon|evening|week|month|year)\b/gi,
    (m) => (c) => {
      if (!c.article) return null;
      const when = m[1].toLowerCase();
      const unit = m[2].toLowerCase();
      const n = when === 'last' ? -1 : when === 'next' ? 1 : 0;
      if (['night', 'morning', 'afternoon', 'evening'].includes(unit)) return shift(c.article, unit === 'night' ? Math.min(n, 0) : 0, 'day');
      // A week is vaguer than a day: report the month it falls in.
      if (unit === 'week') return truncate(addDays(c.article, 7 * n), 'm');
      return unit === 'month' ? truncate(addMonths(c.article, n), 'm') : { y: c.article.y + n };
    },
  ],
  [new RegExp(`\\b${COUNT}\\s+(day|week|month|year)s?\\s+ago\\b`, 'gi'), (m) => (c) => shift(c.article, -countOf(m[1]), m[2])],
  [
    new RegExp(`\\b${COUNT}\\s+(day|week|month|year)s?\\s+(later|earlier|afterwards?)\\b`, 'gi'),
    (m) => (c) => shift(c.anchor ?? c.article, (m[3].toLowerCase() === 'earlier' ? -1 : 1) * countOf(m[1]), m[2]),
  ],
  [
    /\b(the next|the following|the previous|the same|that)\s+(day|week|month|year)\b/gi,
    (m) => (c) => shift(c.anchor, /next|following/i.test(m[1]) ? 1 : /previous/i.test(m[1]) ? -1 : 0, m[2]),
  ],
  [
    /\b(?:at the time of|on the day of)\s+(?:the\s+|his\s+|her\s+|their\s+)?(\p{L}{4,})/giu,
    (m) => (c) => c.refer(m[1]),
  ],
  [
    new RegExp(`(?:(?:${['in', 'since', 'by', 'until', 'from', 'during', 'through', 'before', 'after'].map(ci).join('|')})\\s+)?(?<![\\d$€£#.,-])\\b(1[89]\\d{2}|20\\d{2})\\b(?![\\d%]|-\\d|,\\d|\\s*(?:percent|per cent))`, 'g'),
    (m, text) => {
      const at = m.index ?? 0;
      const count = NOT_YEAR_AFTER.test(text.slice(at + m[0].length)) || NOT_YEAR_BEFORE.test(text.slice(0, at));
      return count ? null : () => ({ y: +m[1] });
    },
  ],
];

/** Every date expression of a sentence; where two overlap, the longer one wins. */
export function matchDates(text: string): RawDate[] {
  const found: RawDate[] = [];
  for (const [re, handler] of MATCHERS) {
    for (const m of text.matchAll(re)) {
      const resolve = handler(m, text);
      if (resolve) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, resolve });
    }
  }
  return keepLongestSpans(found);
}
