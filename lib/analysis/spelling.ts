import type { Sentence, SpellingIssue } from './types';
import { inAnyDictionary } from './spelling-dictionaries';
import { clearCorrection } from './spelling-correction';
import { wordsToCheck } from './spelling-words';

export { inEveryDictionary } from './spelling-dictionaries';

/**
 * True when some dictionary knows the word as written or in another casing: "html" is the acronym HTML and
 * "tiktok" a name written in lower case, so neither is a misspelling.
 */
function known(word: string): boolean {
  const title = word.charAt(0).toUpperCase() + word.slice(1);
  return inAnyDictionary(word) || inAnyDictionary(title) || inAnyDictionary(word.toUpperCase());
}

// A word's verdict never changes, and articles repeat words, so each is settled once per process.
const verdicts = new Map<string, string | null>();

/** The clear correction of a word that is misspelled beyond doubt, or null (spelled right, or not sure). */
function misspelling(word: string): string | null {
  const hit = verdicts.get(word);
  if (hit !== undefined) return hit;
  if (verdicts.size > 50_000) verdicts.clear();
  const verdict = judge(word);
  verdicts.set(word, verdict);
  return verdict;
}

/**
 * Borrowed words keep their own spelling: an accent ("communiqué", "café") or a French ending ("commissaires",
 * -aire, -eux, -eau, -oire) marks a word taken from another language, which an English
 * dictionary may lack or know only in another form. A typist's slip never adds an accent, and one English word
 * away from a French form ("commissaries") is no clear correction.
 */
const BORROWED = /[^\x00-\x7f]|(?:aire|eux|eaux|eau|oire|ière|ée)s?$/;

function judge(word: string): string | null {
  if (known(word) || BORROWED.test(word)) return null;
  // Possessives: "jury's", "goverment's" are judged by the noun.
  const base = word.replace(/'s$/, '');
  if (base !== word) {
    const fix = base.includes("'") ? null : misspelling(base);
    return fix && `${fix}'s`;
  }
  if (word.includes("'")) return null; // an elision or dialect form ("y'know"), not a typo to quiz
  return clearCorrection(word);
}

/**
 * A hyphenated compound is judged whole first ("re-elected", "well-known"); only when it is not a known word, with
 * or without its hyphens, are its longer parts judged, so a prefix like "re" or "co" is never flagged alone.
 */
function compoundIssue(compound: string): { word: string; suggestion: string } | null {
  const plain = compound.replace(/’/g, "'");
  if (known(plain) || known(plain.replace(/-/g, ''))) return null;
  for (const part of compound.split('-')) {
    if (part.replace(/['’]s$/, '').length < 4) continue;
    const found = misspellingOf(part);
    if (found) return found;
  }
  return null;
}

/**
 * Finds words misspelled beyond doubt, checked against US, British and Australian English (nspell with the
 * dictionary-en, -en-gb and -en-au word lists). A word is flagged only when no dictionary knows it and exactly
 * one correction is clear; quoted speech, names, links, code, numbers, and words that look formed on purpose
 * (prefixes, compounds) are left alone. Each misspelling is reported once per sentence, with its correction.
 */
export function findSpelling(sentences: Sentence[]): SpellingIssue[] {
  const issues: SpellingIssue[] = [];
  const seen = new Set<string>();
  for (const { word, sentence, compound } of wordsToCheck(sentences)) {
    const found = compound ? compoundIssue(compound) : misspellingOf(word);
    if (!found || seen.has(`${sentence}\u0000${found.word}`)) continue;
    seen.add(`${sentence}\u0000${found.word}`);
    issues.push({ word: found.word, suggestion: found.suggestion, sentence });
  }
  return issues;
}

/** Judges a word with straight apostrophes (the dictionaries' form); the correction keeps the writer's mark. */
function misspellingOf(word: string): { word: string; suggestion: string } | null {
  const fix = misspelling(word.replace(/’/g, "'"));
  return fix ? { word, suggestion: word.includes('’') ? fix.replace(/'/g, '’') : fix } : null;
}
