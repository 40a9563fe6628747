import { syllable } from 'syllable';
import type { Sentence, TextStats } from './types';

/** Average adult silent reading speed for non-fiction, in words per minute. */
const WORDS_PER_MINUTE = 230;

/**
 * The article's word rule: a word is a whitespace-separated token holding at least one letter or digit.
 * So "Gutierrez-Reed", "Baldwin’s" and "2021" are one word each, and a stray " ." or " :" is none.
 */
export function wordTokens(text: string): string[] {
  return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/** Number of words in `text` by the rule of wordTokens. */
export function countWords(text: string): number {
  return wordTokens(text).length;
}

// `syllable` costs a few microseconds a word and articles repeat their words, so results are memoised.
const syllableCache = new Map<string, number>();

function syllablesOf(word: string): number {
  let n = syllableCache.get(word);
  if (n === undefined) {
    if (syllableCache.size > 50_000) syllableCache.clear();
    n = syllable(word);
    syllableCache.set(word, n);
  }
  return n;
}

/** Syllables of a text, summed word by word with the `syllable` package (digits count as it counts them). */
export function countSyllables(text: string): number {
  return wordTokens(text).reduce((n, w) => n + syllablesOf(w), 0);
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * Text statistics over the body sentences (headings excluded). Averages keep 2 decimals, the readability
 * scores 1. Reading time is words / 230 rounded up to a whole minute (at least 1), because "2 minutes" is
 * what a reader understands. Ties for longest/shortest go to the earlier sentence; both are -1 when there
 * are no sentences.
 */
export function computeStats(sentences: Sentence[]): TextStats {
  const words = sentences.reduce((n, s) => n + s.words, 0);
  const count = sentences.length;
  let longest = -1;
  let shortest = -1;
  sentences.forEach((s, i) => {
    if (longest < 0 || s.words > sentences[longest].words) longest = i;
    if (shortest < 0 || s.words < sentences[shortest].words) shortest = i;
  });
  const syllables = sentences.reduce((n, s) => n + countSyllables(s.text), 0);
  const perSentence = count ? words / count : 0;
  const perWord = words ? syllables / words : 0;
  return {
    words,
    sentences: count,
    averageSentenceWords: round(perSentence, 2),
    longestSentence: longest < 0 ? -1 : sentences[longest].index,
    shortestSentence: shortest < 0 ? -1 : sentences[shortest].index,
    syllables,
    fleschKincaidGrade: words ? round(0.39 * perSentence + 11.8 * perWord - 15.59, 1) : 0,
    fleschReadingEase: words ? round(206.835 - 1.015 * perSentence - 84.6 * perWord, 1) : 0,
    readingMinutes: words ? Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)) : 0,
  };
}
