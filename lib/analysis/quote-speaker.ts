/**
 * Who says a quotation: the subject of the nearest verb of saying ("Sommer said “…”", "“…,” Baldwin said",
 * "according to the state"), with pronouns resolved to the latest named person.
 */
import type { Person, Sentence } from './types';
import { mentionSpans, resolvePronoun, type MentionSpan } from './mentions';
import { isParticiple, speechVerbsIn } from './speech-verbs';

/**
 * Blank out [start, end) ranges so words inside quotation marks are never verbs or subjects. One pass over the
 * text whatever the number of ranges: a sentence of thousands of quotation marks must not cost their square.
 */
export function mask(text: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return text;
  const chars = text.split('');
  for (const [a, b] of ranges) for (let i = Math.max(0, a); i < Math.min(b, chars.length); i++) chars[i] = ' ';
  return chars.join('');
}

export interface SpeakerContext {
  sentences: Sentence[];
  people: Person[];
  /**
   * Mentions and verbs of saying already found, by text: every quotation of a sentence looks at the same masked
   * text, and pronouns look back at the same earlier sentences, so each text is read once per analysis.
   */
  memo?: Map<string, { spans: MentionSpan[]; verbs: SpeechVerb[] }>;
}

type SpeechVerb = ReturnType<typeof speechVerbsIn>[number];

/** Mentions and verbs of saying in `text`, from the context's memo when it has one. */
export function readText(ctx: SpeakerContext, text: string): { spans: MentionSpan[]; verbs: SpeechVerb[] } {
  const known = ctx.memo?.get(text);
  if (known) return known;
  const found = { spans: mentionSpans(text, ctx.people), verbs: speechVerbsIn(text) };
  ctx.memo?.set(text, found);
  return found;
}

/**
 * The parts of a sentence inside quotation marks, counting a mark left open to the sentence's end and a closing mark
 * whose opening is in an earlier sentence (quoted from the sentence's start). A straight mark opens when a word
 * follows it and closes otherwise.
 */
export function quotedParts(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '“' && c !== '”' && c !== '"') continue;
    const opens = c === '“' || (c === '"' && /[\p{L}\p{N}‘'…]/u.test(text[i + 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ''));
    if (opens) {
      if (open === null) open = i;
    } else if (open !== null) {
      out.push([open, i + 1]);
      open = null;
    } else out.push([0, i + 1]);
  }
  if (open !== null) out.push([open, text.length]);
  return out;
}

/**
 * Mentions in the sentences before `index` (same paragraph or not), latest last; used for pronouns. Names inside a
 * quotation are what someone talks about, not who talks: "“Nobody is suggesting Tamsin Lowrie didn't deserve it.
 * It's a fine novel,” she said" is the critic's, not Lowrie's (ninth blind set: a wrong key).
 */
function earlierMentions(ctx: SpeakerContext, index: number): MentionSpan[] {
  const out: MentionSpan[] = [];
  for (let i = Math.max(0, index - 3); i < index; i++) {
    const text = ctx.sentences[i].text;
    const quoted = quotedParts(text);
    out.push(...readText(ctx, text).spans.filter((m) => !quoted.some(([a, b]) => m.start >= a && m.end <= b)));
  }
  return out;
}

/**
 * The person a subject mention stands for. `spokenOf` holds the people the quotation itself names ("Andy Warhol
 * was the center of …"): a speaker does not talk about themself by name, so a pronoun never resolves to them.
 */
function toPerson(m: MentionSpan | undefined, all: MentionSpan[], ctx: SpeakerContext, index: number, spokenOf: Set<Person> = new Set()): Person | null {
  if (!m) return null;
  if (m.person) return m.person;
  const other = (x: MentionSpan) => !x.person || !spokenOf.has(x.person);
  const before = [...earlierMentions(ctx, index), ...all.filter((x) => x.end <= m.start)].filter(other);
  const who = resolvePronoun(m.pronoun ?? '', before);
  // "For Kevin Allton, …, Warhol was a legend. He said, “…”": with two people named in the sentence before (and
  // none in this one before the pronoun), "he" could be either, so the quotation gets no speaker rather than a guess.
  const prev = index > 0 ? readText(ctx, ctx.sentences[index - 1].text).spans : [];
  const here = all.filter((x) => x.end <= m.start && x.person);
  const named = new Set(prev.filter((x) => other(x) && x.person?.kind === 'person' && /^\p{Lu}/u.test(x.person.name)).map((x) => x.person));
  if (m.pronoun !== 'they' && here.length === 0 && named.size >= 2) return null;
  // "Ramanathan said her favourite had been Kieran Doyle's novel, which she called “…”": two people named before the
  // pronoun in its own sentence leave "she" to either (the latest was the wrong one: ninth blind set), so no guess.
  const hereNamed = new Set(here.filter((x) => other(x) && x.person?.kind === 'person').map((x) => x.person));
  if (m.pronoun !== 'they' && hereNamed.size >= 2) return null;
  return who;
}

/**
 * The speaker of the quotation at [qStart, qEnd) in sentence `index`, or null when no verb of saying governs it.
 * `masked` is the sentence text with every quotation blanked out.
 */
export function speakerOf(ctx: SpeakerContext, index: number, masked: string, qStart: number, qEnd: number): Person | null {
  const { verbs, spans } = readText(ctx, masked);
  const host = ctx.sentences[index]?.text ?? '';
  const spokenOf = new Set(qEnd > qStart ? readText(ctx, host.slice(qStart, qEnd)).spans.flatMap((x) => (x.person ? [x.person] : [])) : []);
  const toWho = (m: MentionSpan | undefined) => toPerson(m, spans, ctx, index, spokenOf);
  const before = verbs.filter((v) => v.end <= qStart);
  const v = before[before.length - 1];
  if (v) {
    // "according to Ana Ruiz" names her; "according to the jury's report, Ruiz “…”" names a document, and the
    // person after it is what the quotation is about, not who wrote it.
    if (v.verb === 'according to') return toWho(rightAfter(spans, masked, v.end));
    const subj = [...spans].reverse().find((m) => m.end <= v.start);
    // "said Baldwin, “…”": the subject may follow the verb when nothing precedes it, and then it comes right after
    // the verb ("said Baldwin", "said the judge"); "noted … had grown into “…”" names no speaker after the verb.
    const inverted = spans.find((m) => m.start >= v.end && m.end <= qStart && /^\s*(?:the\s+)?$/i.test(masked.slice(v.end, m.start)));
    const who = toWho(subj ?? (isParticiple(v.verb) ? undefined : inverted));
    if (who) return who;
  }
  const after = verbs.find((x) => x.start >= qEnd);
  if (after) {
    if (after.verb === 'according to') return adjacent(masked, qEnd, after.start) ? toWho(rightAfter(spans, masked, after.end)) : null;
    // "“…,” Baldwin said" or "“…,” said Baldwin": the nearest mention on either side of the verb, after the quote,
    // with the verb or its subject right after the closing mark. "The mayor, who called it “…” last year, has not
    // said whether she …" is another clause: its "she" is the unnamed mayor, not the last person named.
    const near = spans
      .filter((m) => m.start >= qEnd)
      .sort((a, b) => dist(a, after) - dist(b, after))[0];
    if (!near) return null;
    const first = Math.min(near.start, after.start);
    if (!adjacent(masked, qEnd, first)) return null;
    // The subject then the verb, maybe with an apposition between ("Ruiz, the harbour master, said"), or the
    // verb then the subject, maybe after a title or a short role ("said Ruiz", "said the judge", "said Mayor Ruiz").
    if (near.start < after.start ? near.end > after.start || !/^(?:\s*,[^,]{1,80},)?\s*(?:also\s+|later\s+)?$/i.test(masked.slice(near.end, after.start)) : !/^\s*(?:the\s+)?(?:[\p{L}.-]+\s+){0,3}$/iu.test(masked.slice(after.end, near.start)) || /\b(?:that|who|which|and|but|of|to)\s/i.test(masked.slice(after.end, near.start))) {
      return null;
    }
    return toWho(near);
  }
  return null;
}

/**
 * Only punctuation between a closing quotation mark at `from` and `to`, then at most a short description of the
 * speaker ("team member", "Housing Minister"): no comma, no clause of its own ("who", "has not").
 */
function adjacent(masked: string, from: number, to: number): boolean {
  const gap = /^[\s,.;:!?”"’'—–-]*([^,;:]*)$/.exec(masked.slice(from, to));
  if (!gap) return false;
  const words = gap[1].trim().split(/\s+/).filter(Boolean);
  return words.length <= 5 && !words.some((w) => /^(?:who|which|that|has|have|had|is|was|were|are|will|would|and|but|in|on|at|after|before|when)$/i.test(w));
}

/**
 * The mention that starts right after `at`, or undefined: a title or a short role may come between ("according to
 * Dr Ana Ruiz", "according to team doctor Ana Ruiz"), a comma or a possessive may not ("according to the jury's
 * notice, Ruiz …" names a document, and Ruiz is who it is about).
 */
function rightAfter(spans: MentionSpan[], masked: string, at: number): MentionSpan | undefined {
  const m = spans.find((x) => x.start >= at);
  return m && /^\s*(?:[\p{L}.-]+\s+){0,3}$/u.test(masked.slice(at, m.start)) && !/['’]s\b/.test(masked.slice(at, m.start)) ? m : undefined;
}

const dist = (m: MentionSpan, v: { start: number; end: number }) => (m.end <= v.start ? v.start - m.end : m.start - v.end);

/** The speaker named in a line that introduces a block quote ("Here’s how Baldwin responded on his Instagram:"). */
export function introSpeaker(ctx: SpeakerContext, s: Sentence): Person | null {
  const { spans, verbs } = readText(ctx, s.text);
  const v = verbs[verbs.length - 1];
  if (v) {
    const subj = [...spans].reverse().find((m) => m.end <= v.start) ?? spans.find((m) => m.start >= v.end);
    const who = toPerson(subj, spans, ctx, s.index);
    if (who) return who;
  }
  const named = spans.find((m) => m.person && m.person.kind === 'person');
  return named?.person ?? null;
}
