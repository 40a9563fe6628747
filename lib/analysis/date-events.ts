/**
 * A short phrase saying what happened at a date, cut from the clause that holds the date expression:
 * "On Friday, Baldwin could be seen crying …" -> "Baldwin could be seen crying and hugging his wife".
 */

const MAX_WORDS = 12;
/** Words a long phrase may be cut before. "of" and "that" are left out: they bind tightly to what precedes. */
const CUT_BEFORE = new Set(['if', 'whether', 'after', 'before', 'on', 'in', 'at', 'for', 'with', 'to', 'from', 'by', 'and', 'but', 'which', 'who', 'while', 'when', 'because', 'as', 'during']);
/** Words that open a clause. after/before/since/until open one only when a clause (not a noun) follows. */
const SUBORDINATORS = /\b(since|after|before|until|when|while|because|although|though|once|whereas|but)\b/gi;
const DETERMINER_AFTER = /^\s+(a|an|the|his|her|their|its|this|that|these|those|\d)\b/i;
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
    if (['since', 'after', 'before', 'until'].includes(w) && at > 0 && DETERMINER_AFTER.test(rest)) continue;
    out.push({ start: at + m[0].length, cut: at, word: w });
  }
  for (const m of text.matchAll(/;|\s[—–]\s/g)) out.push({ start: (m.index ?? 0) + m[0].length, cut: m.index ?? 0, word: ';' });
  return out.sort((a, b) => a.cut - b.cut);
}

/** The stretch of the sentence the date belongs to. */
function clauseOf(text: string, start: number, end: number): [number, number] {
  const firstComma = text.indexOf(',');
  // "On Friday, X did Y" / "A day later, X did Y": the date opens the sentence, the event is the main clause.
  if (firstComma >= 0 && end <= firstComma && text.slice(0, firstComma).split(/\s+/).length <= 8 && start < 40) {
    return [firstComma + 1, text.length];
  }
  const bs = boundaries(text);
  let from = 0;
  let to = text.length;
  let opener = '';
  for (const b of bs) {
    if (b.cut < start && b.start <= start) {
      from = b.start;
      opener = b.cut === 0 ? b.word : '';
    } else if (b.cut >= end) {
      to = Math.min(to, b.cut);
      break;
    }
  }
  // "Since X died in 2021, Y …": a clause that opens the sentence ends at its comma.
  if (opener) {
    const comma = text.indexOf(',', end);
    if (comma >= 0) to = Math.min(to, comma);
  }
  return [from, to];
}

/** "Okonkwo, who proposed the lanes in March, welcomed …": [offset of "who", end of the relative clause]. */
function relativeClause(text: string, start: number, end: number): [number, number] | null {
  const open = text.lastIndexOf(', who ', start);
  if (open < 0) return null;
  const close = text.indexOf(',', end);
  if (close < 0 || text.slice(open + 2, start).includes(',')) return null;
  return [open + 2, close];
}

/** Cut a phrase to about MAX_WORDS at a natural break and drop dangling words. */
function shorten(words: string[]): string[] {
  let out = words;
  if (out.length > MAX_WORDS) {
    let cut = -1;
    let commaCut = -1;
    for (let k = 4; k <= MAX_WORDS && k < out.length; k++) {
      if (CUT_BEFORE.has(out[k].toLowerCase())) cut = k;
      if (out[k - 1].endsWith(',')) commaCut = k;
    }
    // A comma is the most natural break; then a preposition or conjunction; else a hard cut.
    out = out.slice(0, commaCut > 0 ? commaCut : cut > 0 ? cut : MAX_WORDS);
  }
  while (out.length && /^(the|a|an|and|or|but|of|to|in|on|at|by|for|with|that|from|if|whether|who|which)$/i.test(out[out.length - 1])) out = out.slice(0, -1);
  return out;
}

/** A readable phrase for the event at the date expression [start, end) of `text`, or null. */
export function eventPhrase(text: string, start: number, end: number, help: EventHelpers): string | null {
  const rel = relativeClause(text, start, end);
  if (rel) {
    const who = help.pronoun(rel[0]);
    const inner = eventPhrase(text.slice(rel[0], rel[1]), start - rel[0], end - rel[0], { ...help, subject: () => who });
    if (who && inner) return `${who} ${inner.replace(/^who\s+/i, '')}`;
  }
  const [from, to] = clauseOf(text, start, end);
  let phrase: string;
  const before = text.slice(from, start);
  if (/\bthe\s+$/i.test(before) && /^\s*\p{L}/u.test(text.slice(end, to)) && start >= from && end <= to) {
    // "the 2021 Rust incident that led to …": the date qualifies a noun, which is the event.
    phrase = `the ${text.slice(end, to)}`;
  } else if (start >= from && end <= to && !/^[’']s?\b/.test(text.slice(end))) {
    // The date words go; a possessive date ("last week's storm") stays, or the phrase would not read.
    phrase = `${text.slice(from, start)} ${text.slice(end, to)}`;
  } else {
    phrase = text.slice(from, to);
  }
  phrase = phrase
    .replace(PARENTHETICAL, '')
    .replace(/[“”"]/g, '')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(back|and|but|since|after|before|when|while|until)\s+/i, '')
    .replace(/[\s,;:.!?]+$/, '');
  // "Rust’s armorer, Hannah Gutierrez-Reed was …": drop a short appositive that opens the phrase.
  const lead = /^([^,]{1,40}),\s+(?=(\p{Lu})?)/u.exec(phrase);
  const prepLead = lead && /^(under|in|on|at|for|after|before|during|according|with|by|despite)\b/i.test(lead[1]);
  if (lead && lead[1].split(' ').length <= 5 && (lead[2] || prepLead)) phrase = phrase.slice(lead[0].length);
  phrase = shorten(phrase.split(' ').filter(Boolean)).join(' ').replace(/[,;:]$/, '');
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
