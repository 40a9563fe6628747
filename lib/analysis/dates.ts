/**
 * Dates and times resolved to absolute values, and a timeline of the events they mark.
 *
 * Rules (see date-match.ts): weekdays are the latest such day on or before the article date ("On Friday" in a
 * Saturday article is the day before; the article's own weekday is the article's day); "a day later" and "the
 * next day" count from the previous date mentioned in the text, not from the article date; a month or "July 12"
 * without a year is the latest one on or before the article date, or the next one when its clause is in the
 * future tense; "last week"/"this week" give the month only. Durations ("18 months"), "now" and vague phrases
 * ("years ago") are not dates. Without an article date, only expressions that carry their own year resolve.
 */
import type { DateMention, Person, Sentence, TimelineEvent } from './types';
import { matchDates } from './date-match';
import { format, parseValue, type DateValue } from './date-words';
import { eventPhrase } from './date-events';
import { mentionSpans, resolvePronoun } from './mentions';
import { isNamed } from './people';

interface Located extends DateMention {
  start: number;
  end: number;
  date: DateValue;
}

/** Words that put a clause ahead of the article date ("expected in April", "plans … in September", "will … by June 30"). */
const FUTURE =
  /\b(will|shall|won[’']t|’ll|'ll|would|scheduled|set to|set for|plans?|planning|intends? to|aims? to|hopes? to|expects? to|going to|upcoming|expected|due (?:to (?:be|begin|start|open|reopen|finish|close|end|resume)|in|on|by|for)|must|can|deadline|forecast|to (?:begin|start|open|reopen|finish|end|resume|close))\b/i;

/**
 * Find and resolve every date expression. `people` (optional) lets event phrases name who "he" or "she" is.
 */
export function findDates(sentences: Sentence[], articleDate: string | null, people: Person[] = []): DateMention[] {
  const article = parseValue(articleDate);
  const found: Located[] = [];
  let anchor: DateValue | null = null;
  const named = people.filter(isNamed);
  for (const s of sentences) {
    for (const raw of matchDates(s.text)) {
      // Tense is read from the clause around the expression, between commas.
      const clauseStart = Math.max(0, s.text.lastIndexOf(', ', raw.start - 1) + 1);
      const comma = s.text.indexOf(', ', raw.end);
      const future = FUTURE.test(s.text.slice(clauseStart, comma < 0 ? s.text.length : comma));
      const date = raw.resolve({ article, anchor, future, refer: (noun) => refer(noun, s.index, sentences, found) });
      if (!date) continue;
      anchor = date;
      const text = s.text.slice(raw.start, raw.end);
      // "since 1998" starts a span that runs to now: nothing in the sentence happened then.
      const span = /^since\b/i.test(text);
      const event = span ? null : eventPhrase(s.text, raw.start, raw.end, helpers(s, sentences, named, raw.start));
      found.push({ text, value: format(date), sentence: s.index, event, start: raw.start, end: raw.end, date });
    }
  }
  return found.map(({ text, value, sentence, event }) => ({ text, value, sentence, event }));
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
      const before = sentences
        .slice(Math.max(0, s.index - 3), s.index)
        .flatMap((x) => mentionSpans(x.text, named))
        .concat(mentionSpans(s.text.slice(0, Math.max(at, 0)), named));
      return resolvePronoun('he', before)?.name ?? null;
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
    if (seen.has(key) || !sentences[d.sentence]) return;
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
