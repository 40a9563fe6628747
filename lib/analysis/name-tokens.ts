/**
 * Tokens with offsets and the runs of capitalised words that may be names.
 */
import { NAME_PARTICLES, NAME_SUFFIXES } from './name-words';

export interface Token {
  /** The word without surrounding punctuation and without a possessive ending. */
  word: string;
  /** Offsets of the whole whitespace token in the sentence. */
  start: number;
  end: number;
  /** Offsets where `word` starts and ends (before any possessive or trailing punctuation). */
  wordStart: number;
  wordEnd: number;
  /** Offset where the word ends including its possessive ending ("Rust’s"). */
  coreEnd: number;
  possessive: boolean;
  /** Punctuation (, ; : . ! ? quotes, brackets, dashes) closes a phrase after / opens one before this token. */
  breakAfter: boolean;
  breakBefore: boolean;
  /** The punctuation right after the word ("," or "" etc.). */
  trail: string;
}

/** Abbreviations whose period does not end a phrase. */
const ABBREV = /^(mr|mrs|ms|mx|dr|sen|rep|gov|prof|sgt|gen|capt|lt|rev|st|jr|sr|cllr|supt|insp|det|col|maj|cmdr|atty|amb|\p{Lu})$/iu;

// Names and groups both read every sentence's tokens: one tokenisation per sentence object serves both.
const bySentence = new WeakMap<object, Token[]>();

/** The tokens of a sentence, computed once per sentence object (treat them as read-only). */
export function tokensOf(s: { text: string }): Token[] {
  let tokens = bySentence.get(s);
  if (!tokens) {
    tokens = tokenize(s.text);
    bySentence.set(s, tokens);
  }
  return tokens;
}

/** Split a sentence into word tokens, peeling quotes, brackets and punctuation off each. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const lead = /^[“"‘'(\[—–-]+/.exec(raw)?.[0] ?? '';
    let core = raw.slice(lead.length);
    let trail = /[,;:.!?”"’)\]—–…]+$/.exec(core)?.[0] ?? '';
    core = core.slice(0, core.length - trail.length);
    // "Hutchins’" (possessive after s) vs a closing single quote: keep it as a possessive on capitalised words.
    if (trail.startsWith('’') && /s$/.test(core) && /^\p{Lu}/u.test(core)) {
      core += '’';
      trail = trail.slice(1);
    }
    if (!/[\p{L}\p{N}]/u.test(core)) continue;
    let word = core;
    let possessive = false;
    const pos = /(’s|'s|’|')$/.exec(core);
    if (pos && core.length > pos[0].length + 1) {
      word = core.slice(0, -pos[0].length);
      possessive = true;
    }
    if (trail.startsWith('.') && ABBREV.test(word)) {
      word += '.';
      trail = trail.slice(1);
    }
    const wStart = start + lead.length;
    out.push({
      word,
      start,
      end: start + raw.length,
      wordStart: wStart,
      wordEnd: wStart + word.length,
      coreEnd: Math.max(wStart + core.length, wStart + word.length),
      possessive,
      breakAfter: trail.length > 0 || possessive,
      breakBefore: lead.length > 0,
      trail,
    });
  }
  return out;
}

/** True for a word that starts with a capital and is not an all-caps acronym (initials like "J." are fine). */
export function isCapitalised(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  if (/^\p{Lu}\.$/u.test(word)) return true;
  return /\p{Ll}/u.test(word) || NAME_SUFFIXES.has(word.toLowerCase());
}

/** Runs of capitalised tokens [from, to) that are not broken by punctuation; particles may sit inside. */
export function capitalisedRuns(tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i].word)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !tokens[j - 1].breakAfter && !tokens[j].breakBefore) {
      const w = tokens[j].word;
      if (isCapitalised(w)) j++;
      else if (NAME_PARTICLES.has(w) && j + 1 < tokens.length && isCapitalised(tokens[j + 1].word) && !tokens[j].breakAfter) j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}
