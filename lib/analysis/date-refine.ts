/**
 * Our own date refiners, for what chrono-node lacks or gets wrong in news text: words relative to the article
 * date ("yesterday", "last week", "two years ago"), anchors counted from the date mentioned before ("a day later",
 * "the next day"), bare years with spans ("from 2004 to 2009"), decades and centuries, and "today" only when it
 * means the day, not "nowadays". Durations ("for 18 months", "within 24 hours") are never matched.
 */
import { COUNT, addDays, addMonths, countOf, monthOf, truncate, weekday, type DateValue } from './date-words';
import { full, shift, weekStart, type RawDate, type ResolveContext } from './date-resolve';

type Resolve = RawDate['resolve'];
type Handler = (m: RegExpMatchArray, text: string) => Omit<RawDate, 'start' | 'end'> | null;
const only = (resolve: Resolve) => ({ resolve });
const span = (resolve: Resolve, until: Resolve) => ({ resolve, until });

/** A four-digit number is a count, not a year, when a plural noun or "year old" follows or a quantity word precedes. */
const NOT_YEAR_AFTER = /^(?:\s+(?:(?!was\b|has\b|this\b|its\b|is\b|as\b|plus\b|us\b)\p{Ll}{2,}s|people|children|men|women|years?)\b|-year)/u;
const NOT_YEAR_BEFORE = /\b(a|about|around|some|nearly|almost|over|than|approximately|roughly|only|just|least|most|top|No\.?|number)\s+$/i;
const YEAR = '(?<![\\d$€£#.,/-])\\b(1[89]\\d{2}|20\\d{2})\\b(?![\\d%]|-\\d|,\\d|[’\']?s\\b|\\s*(?:percent|per cent))';
const YEAR_LEAD = `(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter)\\s+)?`;
const ORDINAL: Record<string, number> = { nineteenth: 19, twentieth: 20, 'twenty-first': 21, '19th': 19, '20th': 20, '21st': 21 };
const DECADE_WORDS: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };

/** "today" is the article's day only when a verb dates it; "people today", "as strong today as" mean nowadays. */
function todayIsDay(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const after = text.slice(at + 5);
  if (/\b(as\s+\p{L}+|even|still|of|until|world|society|people|children|students|youth|\p{L}+s)\s+$/iu.test(before)) return false;
  if (/^[’']s\s+(world|society|standards|youth|children|culture|economy)\b/i.test(after)) return false;
  if (/^\s*(?:,|$)/.test(after) && at === 0) return true;
  return /\b(announced|said|says|told|released|unveiled|published|opened|voted|ruled|met|will|is due|are due|launched|held|took|began|started|confirmed|revealed|reported|\p{Ll}{3,}ed)\b/iu.test(text);
}

/**
 * A weekend n weeks from the article's: "this weekend" (or "over the weekend") in a Monday-to-Wednesday report is
 * the one just gone, unless the verb looks ahead; a past verb always means the one just gone.
 */
function weekend(n: number) {
  const sat = (c: ResolveContext) => {
    if (!c.article?.d) return null;
    const back = n === 0 && c.tense !== 'future' && (c.tense === 'past' || weekday(c.article) <= 3) ? -1 : n;
    return addDays(weekStart(c.article, back), 5);
  };
  return span(sat, (c) => (sat(c) ? addDays(sat(c)!, 1) : null));
}

/** Seasons as the northern hemisphere counts them (winter runs into the next year): first and last month. */
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 14] };

const year = (m: RegExpMatchArray, text: string, bound: boolean) => {
  const at = m.index ?? 0;
  const digits = m[0].search(/\d/);
  if (NOT_YEAR_AFTER.test(text.slice(at + m[0].length)) || NOT_YEAR_BEFORE.test(text.slice(0, at + digits))) return null;
  const y = Number(m[1]);
  return { resolve: () => ({ y }), bound: bound || /^since\b/i.test(m[0]) };
};

const MONTH_NAME = '(January|February|March|April|May|June|July|August|September|October|November|December)';

/**
 * "On January 7 last year", "7 March next year", "in May last year": a month (and day) whose year the words after
 * it give, counted from the article's year. Read as two dates, the month would take the article's year. ("March 11
 * this year" needs no joining: a sentence saying "this year" already keeps its months in the article's year.)
 */
function yearAfter(m: RegExpMatchArray): Omit<RawDate, 'start' | 'end'> | null {
  const month = monthOf(m[2] ?? m[3] ?? m[5]);
  const day = Number(m[1] ?? m[4] ?? 0);
  const n = m[6].toLowerCase() === 'last' ? -1 : 1;
  return only((c) => {
    if (!c.article) return null;
    const y = c.article.y + n;
    return day ? full(y, month, day) : { y, m: month };
  });
}

/** Each refiner with the words one of which its match must hold, so most sentences skip most regexes. */
const REFINERS: Array<[RegExp, Handler, string[]]> = [
  [new RegExp(`\\b(?:(?:[Oo]n|[Ii]n)\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}|${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?|${MONTH_NAME})\\s+(last|next)\\s+year\\b`, 'g'), yearAfter, ['last year', 'next year']],
  [/\b(yesterday|today|tonight|tomorrow)\b/gi, (m, text) => {
    const w = m[1].toLowerCase();
    if (w === 'today' && !todayIsDay(text, m.index ?? 0)) return null;
    return only((c) => shift(c.article, { yesterday: -1, tomorrow: 1 }[w] ?? 0, 'day'));
  }, ['yesterday', 'today', 'tonight', 'tomorrow']],
  [/\b(last|this|next|earlier this|later this|this past|the past)\s+(night|morning|afternoon|evening|weekend|week|month|year(?:s(?=\s+\p{Ll}+\s))?)\b(?![’']s\s+\p{L}+\s+(?:percent|figure))/giu, (m) => {
    const when = m[1].toLowerCase();
    // "this years festival": a common slip for "this year's"; "last years" stays vague.
    if (m[2].endsWith('s') && when !== 'this') return null;
    const unit = m[2].toLowerCase().replace(/s$/, '');
    // "the past year" is the twelve months before the article, not a calendar year: leave it.
    if (when === 'the past' && unit !== 'week') return null;
    const n = when === 'last' || when.endsWith('past') ? -1 : when === 'next' ? 1 : 0;
    if (['night', 'morning', 'afternoon', 'evening'].includes(unit)) {
      return only((c) => shift(c.article, unit === 'night' ? Math.min(n, 0) : 0, 'day'));
    }
    if (unit === 'week' || unit === 'weekend') {
      const first = (c: ResolveContext) => (c.article?.d ? weekStart(c.article, n) : null);
      if (unit === 'week') return span(first, (c) => (first(c) ? addDays(first(c)!, 6) : null));
      return weekend(n);
    }
    if (unit === 'month') return only((c) => (c.article?.m ? truncate(addMonths(c.article, n), 'm') : null));
    return only((c) => (c.article ? { y: c.article.y + n } : null));
  }, ['last', 'this', 'next', 'past']],
  // "a ceremony commemorating the date": the day just named in the text (a full date), and not when the ceremony
  // itself happened, so it gets no event (a bound).
  [/(?<=\b(?:commemorat\w*|mark\w*|celebrat\w*|honou?r\w*)\s+)the\s+(?:date|day)\b(?!\s+(?:of|when|that|before|after)\b)/gi,
    () => ({ resolve: (c) => (c.anchor?.d !== undefined ? c.anchor : null), bound: true }), ['the date', 'the day']],
  // "ran throughout the weekend": the weekend of the report's week, as "this weekend" is.
  [/(?<=\b(?:over|during|throughout)\s+)the\s+weekend\b/gi, () => weekend(0), ['weekend']],
  [new RegExp(`\\b${COUNT}\\s+(day|week|month|year)s?\\s+(?:ago|back)\\b`, 'gi'), (m) => only((c) => shift(c.article, -countOf(m[1]), m[2])), [' ago', ' back']],
  // "several years ago" is vague: a span of three to nine years back, never one year; "a couple of years back",
  // two or three.
  [/\b(several|a few|a couple of)\s+years\s+(?:ago|back)\b/gi, (m) => {
    const w = m[1].toLowerCase();
    const [far, near] = w === 'several' ? [9, 3] : w === 'a few' ? [5, 2] : [3, 2];
    return span((c) => (c.article ? { y: c.article.y - far } : null), (c) => (c.article ? { y: c.article.y - near } : null));
  }, [' ago', ' back']],
  [new RegExp(`\\b(?:the\\s+)?(?:last|past)\\s+${COUNT}\\s+years\\b`, 'gi'), (m) =>
    span((c) => (c.article ? { y: c.article.y - countOf(m[1]) } : null), (c) => (c.article ? { y: c.article.y } : null)), ['years']],
  [new RegExp(`\\b${COUNT}\\s+(day|week|month|year)s?\\s+(later|earlier|afterwards?)\\b`, 'gi'), (m) =>
    only((c) => shift(c.anchor, (m[3].toLowerCase() === 'earlier' ? -1 : 1) * countOf(m[1]), m[2])), ['later', 'earlier', 'afterward']],
  [/\b(the next|the following|the previous|the same|that)\s+(day|week|month|year)\b/gi, (m) =>
    only((c) => shift(c.anchor, /next|following/i.test(m[1]) ? 1 : /previous/i.test(m[1]) ? -1 : 0, m[2])), ['day', 'week', 'month', 'year']],
  // "the year before": from the date just mentioned; with none near, a sentence in the present ("This is a
  // decrease from the year before") counts from the article's date, a past one gets no date.
  [/\bthe\s+(day|week|month|year)\s+(before|after)\b/gi, (m) =>
    only((c) => shift(c.anchor ?? (c.tense === null ? c.article : null), m[2].toLowerCase() === 'before' ? -1 : 1, m[1])), ['before', 'after']],
  [new RegExp(`\\b(?:the\\s+)?(spring|summer|autumn|winter|fall(?=\\s+of))\\s+(?:of\\s+)?${YEAR}`, 'gi'), (m) => {
    const [first, last] = SEASONS[m[1].toLowerCase()];
    const y = Number(m[2]);
    const month = (k: number) => ({ y: y + Math.floor((k - 1) / 12), m: ((k - 1) % 12) + 1 });
    return span(() => month(first), () => month(last));
  }, ['spring', 'summer', 'autumn', 'winter', 'fall']],
  [/\b(?:at the time of|on the day of)\s+(?:the\s+|his\s+|her\s+|their\s+)?(\p{L}{4,})/giu, (m) => only((c) => c.refer(m[1])), ['time of', 'day of']],
  // Decades and centuries are spans: "the 1960s", "the sixties", "the 20th century", "the past century".
  [/\b(?:the\s+)?(1[89]\d|20\d)0[’']?s\b/g, (m) => span(() => ({ y: Number(m[1]) * 10 }), () => ({ y: Number(m[1]) * 10 + 9 })), ['0s', "0'", '0’']],
  [/\bthe\s+(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi, (m) => {
    const y = 1900 + DECADE_WORDS[m[1].toLowerCase()];
    return span(() => ({ y }), () => ({ y: y + 9 }));
  }, ['ties']],
  [/\bthe\s+(nineteenth|twentieth|twenty-first|19th|20th|21st|past|last|previous)\s+century\b/gi, (m) => {
    const n = ORDINAL[m[1].toLowerCase()];
    const first = (c: ResolveContext): DateValue | null =>
      n ? { y: (n - 1) * 100 } : c.article ? { y: Math.floor((c.article.y - 1) / 100) * 100 - 100 } : null;
    return span(first, (c) => (first(c) ? { y: first(c)!.y + 99 } : null));
  }, ['century']],
  // "from 2004 to 2009", "between 1990 and 1995": both ends are dates, and neither is when something happened.
  [new RegExp(`\\b(?:[Ff]rom|[Bb]etween)\\s+${YEAR}`, 'g'), (m, text) => {
    const rest = text.slice((m.index ?? 0) + m[0].length);
    return year(m, text, /^\s*(?:to|until|till|through|and|-|–)\s*(?:1[89]|20)\d\d\b/.test(rest));
  }, ['from', 'between']],
  [new RegExp(`(?:\\b(?:to|until|till|through|and)\\s+|[-–])${YEAR}`, 'g'), (m, text) => {
    const before = text.slice(0, m.index ?? 0);
    if (!/\b(?:from|between)\s+(?:1[89]|20)\d\d\s*$/i.test(before)) return null;
    return year(m, text, true);
  }, ['from', 'between']],
  [new RegExp(`${YEAR_LEAD}${YEAR}`, 'g'), (m, text) => year(m, text, false), ['18', '19', '20']],
];

/** Dates our refiners find in a sentence (overlaps with chrono's are settled by the caller). */
export function refinedDates(text: string): RawDate[] {
  const out: RawDate[] = [];
  const lower = text.toLowerCase();
  for (const [re, handler, need] of REFINERS) {
    if (!need.some((w) => lower.includes(w))) continue;
    for (const m of text.matchAll(re)) {
      const found = handler(m, text);
      if (found) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, ...found });
    }
  }
  return out;
}
