/**
 * A short phrase saying what happened at a date, cut from the clause that holds the date expression:
 * "On Friday, Baldwin could be seen crying …" -> "Baldwin could be seen crying and hugging his wife".
 */

const MAX_WORDS = 12;
/** How far past MAX_WORDS a phrase may run to reach a natural break rather than be cut mid-phrase. */
const MAX_WHOLE = 14;
/** Verbs of placing, whose object needs the phrase after it ("put the cost at", "set the limit to"). */
const PLACING = /^(?:put|puts|putting|set|sets|setting|place|places|placed|placing|valued|values|valuing|pegged|pegs|pegging)$/i;
/** Words a long phrase may be cut before. "of" and "that" are left out: they bind tightly to what precedes. */
const CUT_BEFORE = new Set(['if', 'whether', 'after', 'before', 'on', 'in', 'at', 'for', 'with', 'to', 'from', 'by', 'and', 'but', 'which', 'who', 'while', 'when', 'because', 'as', 'during']);
/** Words that open a clause. after/before/since/until open one only when a clause (not a noun) follows. */
const SUBORDINATORS = /\b(since|after|before|until|when|while|because|although|though|once|whereas|but)\b/gi;
const DETERMINER_AFTER = /^\s+(a|an|the|his|her|their|its|this|that|these|those|\d)\b/i;
/** Finite verbs and auxiliaries, to tell a clause from a noun phrase (no parser: common forms only). */
const VERBISH =
  /^(is|are|was|were|has|have|had|will|would|can|could|did|does|do|may|must|should|rose|fell|went|came|took|made|found|ran|began|grew|built|brought|left|met|won|lost|held|kept|paid|sent|spent|gave|got|saw|became|broke|wrote|chose|led|shut|stood|spoke|sold|bought|told|said|reached|\p{Ll}{3,}ed)$/u;
const verbSoon = (rest: string) => rest.split(/[,;:]/)[0].trim().split(/\s+/).slice(1, 5).some((w) => VERBISH.test(w) && !/^(needed|red|bed|shed|seed|speed|hundred)$/i.test(w));
const PARENTHETICAL = /,\s*(however|though|meanwhile|too|also|in fact|moreover|nevertheless|still|instead)\s*,/gi;

/** Who a leading "he"/"she" stands for, or the subject for a "being …" clause; supplied by the caller. */
export interface EventHelpers {
  pronoun: (position: number) => string | null;
  subject: () => string | null;
}

/** Clause boundaries of a sentence: [offset where a clause may start, offset where the previous one ends]. */
function boundaries(text: string): Array<{ start: number; cut: number; word: string }> {
  const out: Array<{ start: number; cut: number; word: string }> = [];
  for (const m of text.matchAll(SUBORDINATORS)) {
    const at = m.index ?? 0;
    const w = m[1].toLowerCase();
    const rest = text.slice(at + m[0].length);
    // "after the vote" is a phrase; "after his business failed" is a clause: a verb follows the noun.
    if (['since', 'after', 'before', 'until'].includes(w) && at > 0 && DETERMINER_AFTER.test(rest) && !verbSoon(rest)) continue;
    out.push({ start: at + m[0].length, cut: at, word: w });
  }
  // "…, and the main work is scheduled …" starts a new clause; so does "and" before a second verb ("and reached").
  for (const m of text.matchAll(/,\s+(and|but|while|or)\s+/gi)) out.push({ start: (m.index ?? 0) + m[0].length, cut: m.index ?? 0, word: ',' });
  for (const m of text.matchAll(/(?<!,)\s+and\s+(?:(?:last|later|then|also|first|again)\s+)?(\p{L}+)/giu)) {
    if (!VERBISH.test(m[1])) continue;
    const at = m.index ?? 0;
    out.push({ start: at + m[0].length - m[1].length, cut: at, word: 'and' });
  }
  // "we had a fire on Miller Road and it took 22 minutes": "and" before a subject pronoun opens a clause of its own
  // (a noun after "and" may be a second object, a pronoun in the subject case cannot).
  for (const m of text.matchAll(/(?<!,)\s+and\s+(?:he|she|it|we|they|I)\s+(?=\p{L})/gu)) out.push({ start: (m.index ?? 0) + m[0].indexOf('and') + 4, cut: m.index ?? 0, word: ',' });
  for (const m of text.matchAll(/;|\s[—–]\s/g)) out.push({ start: (m.index ?? 0) + m[0].length, cut: m.index ?? 0, word: ';' });
  return out.sort((a, b) => a.cut - b.cut);
}

/** The stretch of the sentence the date belongs to. */
function clauseOf(text: string, start: number, end: number): [number, number] {
  const firstComma = text.indexOf(',');
  // "On Friday, X did Y" / "A day later, X did Y": the date opens the sentence, the event is the main clause.
  // The opener starts with the date or a preposition; "The lake froze on May 3, and …" is a clause of its own.
  const opener = start === 0 || /^(in|on|at|by|during|after|before|since|from|until|later|earlier|early|late|last|this|next|back)\b/i.test(text);
  if (opener && firstComma >= 0 && end <= firstComma && text.slice(0, firstComma).split(/\s+/).length <= 8 && start < 40) {
    return [firstComma + 1, text.length];
  }
  const bs = boundaries(text);
  let from = 0;
  // "According to a report by the department, X happened in 2024": the opening attribution is not the event.
  if (firstComma >= 0 && start > firstComma && /^(according to|under|in|on|at|for|after|before|during|with|by|despite|as)\b/i.test(text)) {
    from = firstComma + 1;
  }
  // "…, a change that will take effect next year": an appositive with its own relative clause is the event.
  const lastComma = text.lastIndexOf(',', start);
  if (lastComma > from && /^,\s+(a|an|the)\s+\S+(\s+\S+)?\s+(that|which)\s/i.test(text.slice(lastComma))) from = lastComma + 1;
  let to = text.length;
  let lead = '';
  for (const b of bs) {
    if (b.cut < start && b.start <= start) {
      if (b.start < from) continue;
      from = b.start;
      lead = b.cut === 0 ? b.word : '';
    } else if (b.cut >= end) {
      to = Math.min(to, b.cut);
      break;
    }
  }
  // "Since X died in 2021, Y …": a clause that opens the sentence ends at its comma.
  if (lead) {
    const comma = text.indexOf(',', end);
    if (comma >= 0) to = Math.min(to, comma);
  }
  return [from, to];
}

/** The subject of the clause that a second verb shares: "The river rose … and reached …" → "The river". */
function sharedSubject(text: string, andAt: number): string | null {
  const lastStop = Math.max(text.lastIndexOf(',', andAt), text.lastIndexOf(';', andAt));
  const words = text.slice(lastStop + 1, andAt).trim().split(/\s+/);
  const v = words.findIndex((w) => VERBISH.test(w));
  return v > 0 && v <= 6 ? words.slice(0, v).join(' ') : null;
}

/** "Okonkwo, who proposed the lanes in March, welcomed …": [offset of "who", end of the relative clause]. */
function relativeClause(text: string, start: number, end: number): [number, number] | null {
  const open = text.lastIndexOf(', who ', start);
  if (open < 0) return null;
  const close = text.indexOf(',', end);
  if (close < 0 || text.slice(open + 2, start).includes(',')) return null;
  return [open + 2, close];
}

/**
 * Cut a phrase to about MAX_WORDS at a natural break and drop dangling words. Where no break comes by MAX_WORDS,
 * the first one up to MAX_WHOLE is taken (a phrase that short with none stays whole), then the end of a noun phrase
 * before "of", rather than a cut in the middle of a noun phrase ("raised the estimated").
 */
function shorten(words: string[]): string[] {
  let out = words;
  if (out.length > MAX_WORDS) {
    let cut = -1;
    let commaCut = -1;
    // "putting the cost | at £298 million": the phrase after a verb of placing is its complement, not a break.
    // "to one count of wire fraud | and two counts of theft": a cut inside a list drops part of what happened and
    // says less than the article (one count, not three); "and" breaks only before a second verb or subject.
    const list = (k: number) => /^(?:and|or)$/i.test(out[k]) && !(VERBISH.test(out[k + 1] ?? '') || /^(?:he|she|it|we|they|i)$/i.test(out[k + 1] ?? ''));
    const breaks = (k: number) => CUT_BEFORE.has(out[k].toLowerCase()) && !list(k) && !out.slice(Math.max(0, k - 4), k).some((w) => PLACING.test(w));
    for (let k = 4; k <= MAX_WORDS && k < out.length; k++) {
      if (breaks(k)) cut = k;
      if (out[k - 1].endsWith(',')) commaCut = k;
    }
    for (let k = MAX_WORDS + 1; cut < 0 && commaCut < 0 && k <= MAX_WHOLE && k < out.length; k++) {
      if (breaks(k) || out[k - 1].endsWith(',')) cut = k;
    }
    // Last, before an "of" that ends a noun phrase ("the fundamental fairness | of the proceedings"); with none,
    // the old hard cut at MAX_WORDS.
    let ofCut = -1;
    for (let k = 4; k <= MAX_WORDS && k < out.length; k++) if (/^of$/i.test(out[k])) ofCut = k;
    // A comma is the most natural break; then a preposition or conjunction.
    // A phrase of at most MAX_WHOLE words with no break at all stays whole.
    const whole = out.length <= MAX_WHOLE ? out.length : -1;
    out = out.slice(0, commaCut > 0 ? commaCut : cut > 0 ? cut : whole > 0 ? whole : ofCut > 0 ? ofCut : MAX_WORDS);
  }
  while (out.length && /^(the|a|an|and|or|but|of|to|in|on|at|by|for|with|that|from|if|whether|who|which)$/i.test(out[out.length - 1])) out = out.slice(0, -1);
  return out;
}

/** "A director who took the money meant for victims was sentenced …" → "A director was sentenced …" when long. */
function dropRelative(words: string[]): string[] {
  if (words.length <= MAX_WORDS) return words;
  const r = words.findIndex((w, k) => k > 0 && k <= 5 && /^(who|that|which)$/i.test(w));
  if (r < 0 || words.slice(0, r).some((w) => VERBISH.test(w))) return words;
  const aux = words.findIndex((w, k) => k > r + 2 && /^(was|were|is|are|has|had|will)$/i.test(w));
  return aux > 0 ? [...words.slice(0, r), ...words.slice(aux)] : words;
}

/**
 * Verbs whose object can be a stretch of time ("spent Friday night", "marked Monday", "lost the weekend"): after
 * them a date is what the verb uses or names, not when something happened.
 */
const TIME_OBJECT =
  /^(?:spen[dt]|spends|spending|wast(?:e|es|ed|ing)|los(?:e|es|t|ing)|mark(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)|commemorat(?:e|es|ed|ing)|devot(?:e|es|ed|ing)|dedicat(?:e|es|ed|ing)|ruin(?:s|ed|ing)?)$/i;

/**
 * True when the date at [start, end) is the object or the passive subject of a verb of using time ("190 people
 * spent Friday night in a shelter", "the weekend was lost to rain"): the clause says what the time was used for,
 * and cutting the date out leaves a verb without its object ("190 people spent").
 */
export function dateIsObject(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).trim().split(/\s+/);
  // "spent Friday night", "spent the whole weekend", "marked last Monday": the verb, then at most a determiner
  // and a modifier, then the date.
  for (let k = before.length - 1; k >= Math.max(0, before.length - 3); k--) {
    const w = before[k].replace(/[^\p{L}]/gu, '');
    if (TIME_OBJECT.test(w)) return true;
    if (!/^(?:the|a|an|this|that|last|all|whole|entire|most|much|his|her|their|its|our)$/i.test(w)) break;
  }
  // "the weekend was lost", "Monday was spent": the date is the subject of a passive verb of using time.
  const after = /^\s+(?:was|were|is|are|had been|has been|will be)\s+(?:\p{L}+ly\s+)?(\p{L}+)/u.exec(text.slice(end));
  return !!after && TIME_OBJECT.test(after[1]);
}

/** A readable phrase for the event at the date expression [start, end) of `text`, or null. */
export function eventPhrase(text: string, start: number, end: number, help: EventHelpers): string | null {
  // A date the verb uses as its object says how time was spent, not when an event happened: no event.
  if (dateIsObject(text, start, end)) return null;
  // "A monthly injection cleared the skin …, researchers said on Tuesday": the date is when it was said, in the
  // attribution after the words; the words' own event has no date here (the clause before was keyed to Tuesday).
  if (/,\s*(?:[\p{L}.’'-]+\s+){1,6}(?:said|says|told\s+[\p{L}.’'-]+(?:\s+[\p{L}.’'-]+)?|announced|confirmed|added|reported|stated|wrote|explained|warned)\s+$/u.test(text.slice(0, start)) &&
    /^[^,;:]{0,40}[.!?]?\s*$/.test(text.slice(end))) return null;
  const rel = relativeClause(text, start, end);
  if (rel) {
    const who = help.pronoun(rel[0]);
    const inner = eventPhrase(text.slice(rel[0], rel[1]), start - rel[0], end - rel[0], { ...help, subject: () => who });
    if (who && inner) return `${who} ${inner.replace(/^who\s+/i, '')}`;
  }
  // "following last week's storm": the date names the noun it owns.
  const owned = /^[’']s\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=[\s,.;:!?]|$)/u.exec(text.slice(end));
  if (owned) {
    const noun = owned[1].split(/\s+/);
    const stop = noun.findIndex((w) => CUT_BEFORE.has(w.toLowerCase()) || /^(that|which|who)$/i.test(w));
    return `the ${(stop > 0 ? noun.slice(0, stop) : noun).join(' ')}`;
  }
  // "according to a study published on Tuesday in the Journal": the event is the source's own publication.
  const acc = /according to\s+([^,;:]*)$/i.exec(text.slice(0, start));
  if (acc) {
    const segEnd = text.slice(end).search(/[,;:]|[.!?](?:\s|$)/);
    const source = `${acc[1]} ${segEnd < 0 ? text.slice(end) : text.slice(end, end + segEnd)}`.replace(/\s+/g, ' ').trim();
    const published = source.replace(/^((?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?)(published|released|issued|presented)\b/iu, '$1was $2');
    return published.split(' ').length >= 2 ? shorten(published.split(' ')).join(' ') : null;
  }
  const [from, to] = clauseOf(text, start, end);
  const and = boundaries(text).find((b) => b.word === 'and' && b.start === from);
  const shared = and ? sharedSubject(text, and.cut) : null;
  let phrase: string;
  const before = text.slice(from, start);
  if (/\bthe\s+$/i.test(before) && /^\s*\p{L}/u.test(text.slice(end, to)) && start >= from && end <= to) {
    // "the 2021 Rust incident that led to …": the date qualifies a noun, which is the event.
    phrase = `the ${text.slice(end, to)}`;
  } else if (start >= from && end <= to && /^(from|until|through)\b/i.test(text.slice(start, end))) {
    // "ran the fund from 2017 until 2023": a span keeps its bounds, or the phrase would claim a single date.
    phrase = text.slice(from, to);
  } else if (start >= from && end <= to && !/^[’']s?\b/.test(text.slice(end))) {
    // The date words go; a possessive date ("last week's storm") stays, or the phrase would not read.
    phrase = `${text.slice(from, start)} ${text.slice(end, to)}`;
  } else {
    phrase = text.slice(from, to);
  }
  if (shared) phrase = `${shared} ${phrase}`;
  phrase = phrase
    .replace(PARENTHETICAL, '')
    // "Jens Kofoed, 71, a retired engineer who …, joined": the age and the aside after it go together, as do "Hale,
    // 54, of Groton," — a lone comma left behind would split the subject from its verb.
    .replace(/,\s*\d{1,3},\s+(?:a|an|the)\s+[^,;]+,/gu, '')
    .replace(/,\s*\d{1,3},\s+(?:of|from)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*,/gu, '')
    .replace(/,\s*\d{1,3},/g, '')
    .replace(/[“”"]/g, '')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,;:]\s*/, '')
    .replace(/^(back|and|but|since|after|before|when|while|until|just|only)\s+/i, '')
    .replace(/[\s,;:.!?]+$/, '');
  // "Rust’s armorer, Hannah Gutierrez-Reed was …": drop a short appositive that opens the phrase.
  const lead = /^([^,]{1,40}),\s+(?=(\p{Lu})?)/u.exec(phrase);
  const prepLead = lead && /^(under|in|on|at|for|after|before|during|according|with|by|despite)\b/i.test(lead[1]);
  if (lead && lead[1].split(' ').length <= 5 && (lead[2] || prepLead)) phrase = phrase.slice(lead[0].length);
  phrase = shorten(dropRelative(phrase.split(' ').filter(Boolean)))
    .join(' ')
    .replace(/[,;:]$/, '')
    .replace(/\s+(early|late)$/i, '')
    // "The survey, carried out in May," → "The survey was carried out".
    .replace(/^([^,]{3,60}),\s+(carried out|conducted|published|released|issued|held|completed)(?:,.*)?$/i, '$1 was $2');
  if (/^being\s/i.test(phrase)) {
    const who = help.subject();
    phrase = who ? `${who} was ${phrase.slice(6)}` : phrase;
  }
  // Names are added after shortening so that a long name does not cut the action short.
  const pron = /^(he|she)\b/i.exec(phrase);
  if (pron) {
    const at = text.slice(from).search(/\b(he|she)\b/i);
    const who = help.pronoun(from + Math.max(at, 0));
    if (who) phrase = who + phrase.slice(pron[0].length);
  }
  return phrase.split(' ').length < 2 ? null : phrase;
}
