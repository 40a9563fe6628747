import type { Sentence } from './types';

/** A lower-case word worth checking and the sentence it stands in. */
export interface WordAt {
  word: string;
  sentence: number;
  /** The hyphenated compound it came from ("court-aproved"), or null for a word on its own. */
  compound: string | null;
}

interface QuoteState {
  double: boolean;
  single: boolean;
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

const DOUBLE = new Set(['"', '“', '”', '„']);
const MARKS = /["“”„‘’'`]/g;
const isSpace = (c: string | undefined) => c === undefined || /[\s([{—–-]/.test(c);

/**
 * Whether a double quotation mark opens or closes, read from where it stands rather than its shape: writers
 * and converters get the shapes wrong ("…decision.“ However"), but a mark after a space and before a word
 * opens, and one after a word and before a space or punctuation closes. Only where that is unclear does the
 * shape decide, and a straight mark toggles.
 */
function opens(mark: string, before: string | undefined, after: string | undefined, open: boolean): boolean {
  const left = isSpace(before) && !isSpace(after);
  const right = !isSpace(before) && (isSpace(after) || /[.,;:!?)\]]/.test(after ?? ''));
  if (left !== right) return left;
  if (mark === '“' || mark === '„') return true;
  if (mark === '”') return false;
  return !open;
}

/**
 * Blanks out quoted text: a quotation reproduces someone else's words as spoken or written, so its spelling is
 * theirs, not the article's. Single marks count too (British papers quote with them), except an apostrophe
 * inside or after a word ("don't", "parents'"). The state carries an unclosed quotation into the paragraph's
 * next sentence; the caller resets it at each paragraph, so an unbalanced mark cannot silence a whole article.
 */
function unquoted(text: string, state: QuoteState): string {
  // Slices between marks, not a character loop: most text has no quotation and this runs on every sentence.
  let out = '';
  let from = 0;
  for (const m of text.matchAll(MARKS)) {
    const i = m.index;
    const c = text[i];
    const before = text[i - 1];
    const after = text[i + 1];
    const quoted = state.double || state.single;
    let mark = true;
    if (c === '`' && after === '`') state.double = true;
    else if (c === "'" && after === "'" && state.double) state.double = false;
    else if (DOUBLE.has(c)) state.double = opens(c, before, after, state.double);
    else if ((c === '‘' || c === "'") && !isLetter(before) && isLetter(after)) state.single = true;
    else if ((c === '’' || c === "'") && state.single && !isLetter(after)) state.single = false;
    else mark = false;
    if (!mark) continue;
    out += quoted ? ' '.repeat(i - from + 1) : `${text.slice(from, i)} `;
    from = i + 1;
  }
  const rest = text.length - from;
  return out + (state.double || state.single ? ' '.repeat(rest) : text.slice(from));
}

// Markup, code, handles, hashtags, paths and sums: none of these are English words to spell-check.
const TECH = /[@#/\\_=<>{}|~^*+$%&]|\p{L}\.\p{L}|^(?:https?|www)\b/u;

/**
 * The words of an article to spell-check, in order. Skipped: quoted speech, anything with a capital (names,
 * acronyms, sentence openings), words with digits, links, e-mail, domains and code-like tokens. A hyphenated
 * compound is kept whole (the caller checks it as one word first, so "re-elected" never yields "re").
 */
export function wordsToCheck(sentences: Sentence[]): WordAt[] {
  const out: WordAt[] = [];
  const state: QuoteState = { double: false, single: false };
  let paragraph = -1;
  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) Object.assign(state, { double: false, single: false });
    paragraph = sentence.paragraph;
    for (const token of unquoted(sentence.text, state).split(/[\s—–…]+/)) {
      const word = checkable(token);
      if (word) out.push({ word, sentence: sentence.index, compound: word.includes('-') ? word : null });
    }
  }
  return out;
}

// Most tokens are a plain lower-case word with maybe a comma or stop; they skip the Unicode-aware checks.
const PLAIN = /^([a-z]{2,})[,.;:!?)]*$/;

/**
 * Longer tokens are not checked: English words stop well short of this, and suggesting corrections costs the
 * square of a word's length (a pasted 90,000-letter "word" held the analysis for minutes).
 */
const MAX_CHECKED = 45;

/** The word of a whitespace token worth checking, as written (curly apostrophe and all), or null. */
function checkable(token: string): string | null {
  if (token.length > MAX_CHECKED) return null;
  const plain = PLAIN.exec(token);
  if (plain) return plain[1];
  if (!token || /\d/.test(token) || TECH.test(token)) return null;
  const core = token.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, '').replace(/^['’]+|['’]+$/g, '');
  if (!core || /\p{Lu}/u.test(core) || !/^\p{L}+(?:['’-]\p{L}+)*$/u.test(core)) return null;
  return core.replace(/['’-]/g, '').length < 2 ? null : core;
}
