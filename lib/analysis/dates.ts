/**
 * Dates and times resolved to absolute values, and a timeline of the events they mark.
 *
 * Rules (date-resolve.ts, date-tense.ts): a weekday is the latest such day on or before the article date (the
 * article's own weekday is its day) unless its verb looks ahead; "a day later" and "the next day" count from the
 * date mentioned just before, and only when it is at most two sentences back; a month or "July 12" without a year
 * is the latest one on or before the article date, or the next one when the verb that governs it is in the future
 * tense ("will be finished … in September"), never by a future word elsewhere in the clause. Spans ("last week",
 * "the 1960s", "from 2004 to 2009") carry their end in `until` or are marked as bounds and get no event. Durations,
 * "now" and "today" meaning nowadays are not dates. Without an article date, only expressions that carry their own
 * year resolve.
 */
import { escapeRegExp } from '../text/normalise';
import type { DateMention, Person, Sentence, TimelineEvent } from './types';
import { matchDates } from './date-match';
import { format, parseValue, type DateValue } from './date-words';
import { eventPhrase } from './date-events';
import { tenseAt } from './date-tense';
import { guessed } from './date-resolve';
import { mentionSpans, resolvePronoun } from './mentions';
import { isNamed } from './people';

interface Located extends DateMention {
  start: number;
  end: number;
  date: DateValue;
}

/** An anchor further back than this many sentences is too far to count "a day later" from. */
const ANCHOR_REACH = 2;
/** ", the opening night" / ", the first day of the fair" right after a date: another name for that day. */
const APPOSITION = /^,\s+(the\s+(?:[\p{Ll}-]+\s+){0,2}(?:day|night|evening|morning)(?:\s+of\s+the\s+\p{Ll}+)?)(?=[,.;])/u;
/** A bound on the work for a hostile paste: no article has this many dates. */
const MAX_MENTIONS = 300;

/**
 * Find and resolve every date expression. `people` (optional) lets event phrases name who "he" or "she" is.
 */
export function findDates(sentences: Sentence[], articleDate: string | null, people: Person[] = []): DateMention[] {
  const article = parseValue(articleDate);
  const found: Located[] = [];
  let anchor: { date: DateValue; sentence: number } | null = null;
  const named = people.filter(isNamed);
  for (const s of sentences) {
    if (found.length >= MAX_MENTIONS) break;
    const thisYear = /\bthis year\b/i.test(s.text);
    for (const raw of matchDates(s.text)) {
      const near = anchor && s.index - anchor.sentence <= ANCHOR_REACH ? anchor.date : null;
      const ctx = {
        article,
        anchor: near,
        tense: tenseAt(s.text, raw.start, raw.end),
        thisYear,
        refer: (noun: string) => refer(noun, s.index, sentences, found),
      };
      const date = raw.resolve(ctx);
      if (!date) continue;
      anchor = { date, sentence: s.index };
      const text = s.text.slice(raw.start, raw.end);
      const last = raw.until?.(ctx);
      const until = last ? format(last) : undefined;
      // A bound ("since 1998", "to 2009") is not when anything happened; a span keeps its event for the reader,
      // but the timeline leaves it out (buildTimeline).
      const event = raw.bound ? null : eventPhrase(s.text, raw.start, raw.end, helpers(s, sentences, named, raw.start));
      const guess = guessed(raw, ctx, text, date, s.text.slice(0, raw.start)) ? { guessed: true as const } : {};
      found.push({ text, value: format(date), ...(until ? { until } : {}), ...guess, sentence: s.index, event, start: raw.start, end: raw.end, date });
      // "on Saturday night, the opening night": a phrase set beside a day names that same day.
      const beside = until ? null : APPOSITION.exec(s.text.slice(raw.end));
      if (beside && date.d !== undefined) {
        const start = raw.end + beside[0].length - beside[1].length;
        found.push({ text: beside[1], value: format(date), ...guess, sentence: s.index, event: null, start, end: start + beside[1].length, date });
      }
    }
  }
  return found.map(({ text, value, until, guessed: guess, sentence, event }) => ({ text, value, ...(until ? { until } : {}), ...(guess ? { guessed: guess } : {}), sentence, event }));
}

/** The date of an earlier event named by a noun: "sentencing" finds the sentence saying "sentenced … in April". */
function refer(noun: string, index: number, sentences: Sentence[], found: Located[]): DateValue | null {
  const stem = noun.toLowerCase().slice(0, Math.min(6, noun.length));
  for (let i = index - 1; i >= 0; i--) {
    const re = new RegExp(`\\b${stem}\\p{L}*`, 'giu');
    const hits = [...sentences[i].text.matchAll(re)].map((m) => m.index ?? 0);
    const dated = found.filter((f) => f.sentence === i);
    if (!hits.length || !dated.length) continue;
    const dist = (f: Located) => Math.min(...hits.map((h) => (f.start >= h ? f.start - h : h - f.end + 1000)));
    return dated.reduce((best, f) => (dist(f) < dist(best) ? f : best)).date;
  }
  return null;
}

/** Name lookups for event phrases: who a pronoun stands for, and the first person a sentence names. */
function helpers(s: Sentence, sentences: Sentence[], named: Person[], position: number) {
  return {
    pronoun: (at: number) => {
      const here = mentionSpans(s.text.slice(0, Math.max(at, 0)), named);
      const before = sentences
        .slice(Math.max(0, s.index - 3), s.index)
        .flatMap((x) => mentionSpans(x.text, named))
        .concat(here);
      // "Dr. Ana Ruiz works in Wattle Creek, in western New South Wales. On Friday she was named …": the latest
      // name is a place the name finder took for a person. An event phrase must not guess, so a "she" whose latest
      // name is written as a place ("in", "near", "western …") stays unresolved and the event is not asked.
      const who = resolvePronoun('he', before);
      if (!who) return null;
      const nearText = [s.index > 0 ? sentences[s.index - 1].text : '', s.text.slice(0, Math.max(at, 0))];
      const placeLike = new RegExp(`\\b(?:in|at|near|across|throughout|around|(?:far\\s+)?(?:north|south|east|west)(?:ern)?|central|rural|regional)\\s+${escapeRegExp(who.name)}\\b`, 'i');
      return nearText.some((t) => placeLike.test(t)) ? null : who.name;
    },
    subject: () => mentionSpans(s.text.slice(0, position), named).find((m) => m.person)?.person?.name ?? null,
  };
}

/**
 * The events in time order: one per distinct (value, sentence). Values sort as text, so a coarse value comes
 * before the finer ones inside it ("2024-03" before "2024-03-06"); a coarse value whose period also holds a finer
 * event is left out, because its order against that event is unknown ("2021" beside "2021-10").
 */
export function buildTimeline(dates: DateMention[], sentences: Sentence[]): TimelineEvent[] {
  const seen = new Set<string>();
  const events: Array<TimelineEvent & { order: number }> = [];
  dates.forEach((d, order) => {
    const key = `${d.value}|${d.sentence}`;
    if (seen.has(key) || !sentences[d.sentence] || d.until) return;
    seen.add(key);
    const event = d.event ?? null;
    if (event) events.push({ value: d.value, event, sentence: d.sentence, order });
  });
  const values = events.map((e) => e.value);
  return events
    .filter((e) => !values.some((v) => v.length > e.value.length && v.startsWith(`${e.value}-`)))
    .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.sentence - b.sentence || a.order - b.order))
    .map(({ value, event, sentence }) => ({ value, event, sentence }));
}
