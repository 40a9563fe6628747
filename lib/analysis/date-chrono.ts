/**
 * Calendar dates found by chrono-node: full dates, month and day, month and year, a month alone, weekdays and
 * written ranges ("January 23 through March 9"). chrono finds and parses them; the year of a date written without
 * one, and the week of a weekday, are ours (date-resolve.ts), because they depend on the verb's tense and chrono
 * only picks the nearest. Only the parsers we need are kept: the casual ones ("now", "within 24 hours", "morning")
 * take words that are not dates, and our own refiners handle relative words (date-refine.ts).
 */
// The English build alone: the package's root loads every locale (157 ms against 41 ms at start-up).
import { Chrono, casual } from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import { onOrBefore, type DateValue } from './date-words';
import { full, impliedDay, impliedMonth, weekdayDate, type RawDate, type ResolveContext } from './date-resolve';

const KEEP = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser', 'ENYearMonthNameParser', 'ENMonthNameParser',
]);
const parser = new Chrono({
  parsers: casual.parsers.filter((p) => KEEP.has(p.constructor.name)),
  refiners: casual.refiners,
});
/** chrono needs a reference; its implied values are never used, so any fixed instant will do. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** Words that may stand before a date and belong to the expression ("back in October 2021", "by the end of"). */
const LEAD = /(?:\b(?:back|earlier|later)\s+)?\b(?:in|on|since|by|until|from|during|through|before|after|of)\s+(?:(?:early|late|mid)-?\s*)?$|\b(?:early|late|mid)-?\s*$|\b(?:by|before|until|at|from|in|after)\s+the\s+$|\b(?:last|this|next)\s+$/i;
/** A month alone needs one of these before it: "in May" is a date, "may" and "the March on Washington" are not. */
const MONTH_CUE = /\b(?:in|by|since|until|from|during|through|before|after|of|last|this|next|early|late|mid|end of|beginning of|start of|middle of)[\s-]+$/i;
const WEEKDAY_FULL = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
const MONTH_WORD = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
const CALENDARISH = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;
const SEPARATOR = /^(.*?\S)(\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*)(\S.*)$/;

interface Known {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

const known = (c: ParsedComponents): Known => ({
  year: c.isCertain('year') ? c.get('year') ?? undefined : undefined,
  month: c.isCertain('month') ? c.get('month') ?? undefined : undefined,
  day: c.isCertain('day') ? c.get('day') ?? undefined : undefined,
  weekday: c.isCertain('weekday') ? c.get('weekday') ?? undefined : undefined,
});

/** The resolver for one side of a chrono result, or null when the words are not a date we trust. */
function resolver(k: Known, text: string, before: string, tail: string): RawDate['resolve'] | null {
  const partOfMonth = /\b(end|beginning|start|middle) of\b/i.test(text);
  if (k.month && k.day && !partOfMonth) {
    const { year, month, day } = k;
    return year ? () => full(year, month, day) : impliedDay(month, day, k.weekday);
  }
  if (k.month) {
    const word = MONTH_WORD.exec(text);
    if (!word) return null;
    if (k.year) return () => ({ y: k.year!, m: k.month });
    // A bare month: written with a capital and after a cue word.
    if (!partOfMonth && !MONTH_CUE.test(before + text.slice(0, word.index))) return null;
    const mode = /\b(last|this|next)\s+$/i.exec(before)?.[1].toLowerCase() ?? 'auto';
    return impliedMonth(k.month, mode as 'auto' | 'last' | 'this' | 'next');
  }
  if (k.weekday !== undefined) {
    const name = WEEKDAY_FULL.exec(text);
    if (!name) return null;
    const after = text.slice(name.index + name[0].length) + tail;
    // "on a Monday", "every Friday": a habit, not a day. "The Sunday Times", "Friday Prayers": a name.
    if (/\b(a|every|each|any|one)\s+$/i.test(before)) return null;
    if (/^\s*(?!January|February|March|April|May|June|July|August|September|October|November|December|Night|Morning|Afternoon|Evening)\p{Lu}/u.test(after)) return null;
    const mode = /\bthe\s+$/i.test(before) && /^(next|following)\b/i.test(text) ? `the ${text.split(/\s+/)[0].toLowerCase()}` : (/^(last|this|next|on)\b/i.exec(text)?.[1].toLowerCase() ?? '');
    return weekdayDate(name[1], mode);
  }
  return null;
}

/** End of a range: missing parts come from its start, and it never falls before the start. */
function rangeEnd(k: Known, start: RawDate['resolve']) {
  return (c: ResolveContext): DateValue | null => {
    const s = start(c);
    if (!s || !k.day) return null;
    const m = k.month ?? s.m;
    if (!m) return null;
    if (k.year) return full(k.year, m, k.day);
    const same = full(s.y, m, k.day);
    return same && (m > (s.m ?? 0) || (m === s.m && k.day >= (s.d ?? 0))) ? same : full(s.y + 1, m, k.day);
  };
}

/**
 * A range that holds the article's date is running now: "is to run from January 23 through March 9" in a
 * January 28 report started five days before, whatever the tense says.
 */
function running(start: RawDate['resolve'], end: RawDate['resolve']): RawDate['resolve'] {
  return (c) => {
    const plain = { ...c, tense: null };
    const s = start(plain);
    const e = end(plain);
    if (s && e && c.article?.d && onOrBefore(s, c.article) && onOrBefore(c.article, e)) return s;
    return start(c);
  };
}

/** Days of a month that "early", "mid" and "late" cover. */
const THIRDS: Record<string, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

/**
 * "late September" is a span inside the month (its last third), not the whole month: the value is its first day
 * and `until` its last, so it is never taken for the day something happened.
 */
function partOf(k: Known, whole: string, resolve: RawDate['resolve']): Pick<RawDate, 'resolve' | 'until'> {
  const word = /\b(early|mid|late)\b/i.exec(whole)?.[1].toLowerCase();
  if (!word || !k.month || k.day) return { resolve };
  const [first, last] = THIRDS[word];
  const day = (d: number) => (c: ResolveContext) => {
    const v = resolve(c);
    if (!v?.m) return null;
    return full(v.y, v.m, d) ?? full(v.y, v.m, d - 1) ?? full(v.y, v.m, d - 2) ?? full(v.y, v.m, d - 3);
  };
  return { resolve: day(first), until: day(last) };
}

/** Calendar dates of one sentence. */
export function chronoDates(text: string): RawDate[] {
  const out: RawDate[] = [];
  // Every parser kept needs a digit, a month or a weekday: most sentences have none, and chrono is the dear part.
  if (!CALENDARISH.test(text)) return out;
  for (const r of parser.parse(text, REFERENCE)) {
    const raw = r.text.replace(/[\s,.;:]+$/, '');
    let lead = LEAD.exec(text.slice(0, r.index));
    // "by the end of March" takes its "the"; "In the July 12 ruling" does not.
    if (lead && /the\s+$/i.test(lead[0]) && !/^(end|beginning|start|middle) of\b/i.test(raw)) lead = null;
    const start = lead ? lead.index : r.index;
    const before = text.slice(0, start);
    const lower = lead ? lead[0] : '';
    const whole = lower + raw;
    const tail = text.slice(r.index + raw.length);
    const resolve = resolver(known(r.start), whole, before, tail);
    if (!resolve) continue;
    if (!r.end) {
      // "on Saturday night" is the Saturday: the time of day belongs to the date, not to the event.
      const time = r.start.isCertain('weekday') ? /^\s+(night|morning|afternoon|evening)\b/i.exec(tail) : null;
      const part = partOf(known(r.start), whole, resolve);
      out.push({ start, end: r.index + raw.length + (time ? time[0].length : 0), ...part, bound: /^since\b/i.test(whole) });
      continue;
    }
    const split = SEPARATOR.exec(raw);
    if (!split) continue;
    const endStart = r.index + split[1].length + split[2].length;
    const ongoing = running(resolve, rangeEnd(known(r.end), resolve));
    out.push({ start, end: r.index + split[1].length, resolve: ongoing, bound: true });
    out.push({ start: endStart - split[2].trimStart().length, end: r.index + raw.length, resolve: rangeEnd(known(r.end), ongoing), bound: true });
  }
  return out;
}
