import nspell from 'nspell';
import dictionary from 'dictionary-en';
import type { Sentence, SpellingIssue } from './types';

type Checker = ReturnType<typeof nspell>;

// Building the Hunspell checker takes a few hundred milliseconds; do it once, on first use.
let checker: Checker | null = null;

function getChecker(): Checker {
  if (!checker) {
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    checker = nspell({ aff: decode(dictionary.aff), dic: decode(dictionary.dic) });
  }
  return checker;
}

/**
 * dictionary-en is US English; a British spelling ("colour", "defence", "organise", "travelled") is not a
 * mistake, so it passes when its US form does.
 */
function usVariants(word: string): string[] {
  return [
    word.replace(/our(s?)$/, 'or$1').replace(/our(ed|ing|ful|ite|able)$/, 'or$1'),
    word.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1').replace(/ys(e|es|ed|ing)$/, 'yz$1'),
    word.replace(/re(s?)$/, 'er$1'),
    word.replace(/ence(s?)$/, 'ense$1'),
    word.replace(/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2'),
    word.replace(/ogue(s?)$/, 'og$1'),
    word.replace(/ement$/, 'ment'),
  ].filter((v) => v !== word);
}

// Lookups and suggestions are memoised: articles repeat words, and a suggestion costs milliseconds.
const known = new Map<string, boolean>();
const suggestions = new Map<string, string | null>();

function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  if (cache.size > 50_000) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
}

function isKnown(spell: Checker, word: string): boolean {
  return memo(known, word, () => lookUp(spell, word));
}

function lookUp(spell: Checker, word: string): boolean {
  if (spell.correct(word)) return true;
  // Possessives and plural possessives: "jury's", "parents'".
  const base = word.replace(/'s$|'$/, '');
  if (base !== word && base && spell.correct(base)) return true;
  return usVariants(base).some((v) => spell.correct(v));
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A fix one edit away, tried in the order typos usually happen: swapped letters ("deicsion"), a missing
 * letter ("aproved"), an extra letter, a wrong letter. This costs about a millisecond where nspell's own
 * suggest() costs tens, so suggest() is only the fallback for words further off.
 */
function suggest(spell: Checker, word: string): string | null {
  const edits: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) edits.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i <= word.length; i++) for (const c of LETTERS) edits.push(word.slice(0, i) + c + word.slice(i));
  for (let i = 0; i < word.length; i++) edits.push(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i < word.length; i++) {
    for (const c of LETTERS) if (c !== word[i]) edits.push(word.slice(0, i) + c + word.slice(i + 1));
  }
  const hit = edits.find((e) => e.length > 1 && !/^'|''/.test(e) && spell.correct(e));
  return hit ?? spell.suggest(word)[0] ?? null;
}

/** Words of a sentence worth checking: lower-case letter runs; names, acronyms, numbers and links are skipped. */
function candidates(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (/[@/\\]|\p{L}\.\p{L}|\d/u.test(token)) continue; // e-mail, link, path, domain, or a number like 3rd
    const core = token.replace(/’/g, "'").replace(/^[^\p{L}]+|[^\p{L}']+$/gu, '').replace(/^'+/, '');
    if (!core || /\p{Lu}/u.test(core)) continue;
    // Hyphenated compounds are checked by their parts ("well-known", "court-approved").
    for (const part of core.split(/-+/)) {
      if (part.replace(/'/g, '').length >= 2 && /^[\p{L}']+$/u.test(part)) out.push(part);
    }
  }
  return out;
}

/**
 * Finds misspelled words with nspell and the US English Hunspell dictionary (dictionary-en). Capitalised
 * words (names, sentence starts, acronyms), words with digits and links are not checked; each misspelling
 * is reported once per sentence with a suggestion one edit away, else nspell's first, else null.
 */
export function findSpelling(sentences: Sentence[]): SpellingIssue[] {
  const spell = getChecker();
  const issues: SpellingIssue[] = [];
  for (const sentence of sentences) {
    const seen = new Set<string>();
    for (const word of candidates(sentence.text)) {
      if (seen.has(word) || isKnown(spell, word)) continue;
      seen.add(word);
      const suggestion = memo(suggestions, word, () => suggest(spell, word));
      issues.push({ word, suggestion, sentence: sentence.index });
    }
  }
  return issues;
}
