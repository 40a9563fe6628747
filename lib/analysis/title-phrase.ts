/**
 * A title written with its portfolio before a name: "Minister for Industry and Trade Rachel Dunstan", "Secretary of
 * State for Health and Social Care Wes Streeting", "Director of Parks and Recreation Ann Perkins". The portfolio's
 * last capitalised words run straight into the name with nothing between, so the capitalised run "Trade Rachel
 * Dunstan" holds the end of the title and the name; read as a name, it invents a person who does not exist.
 */
import { isCapitalised, type Token } from './name-tokens';
import { TITLES, TITLE_PREFIXES } from './name-words';
import { inAnyDictionary } from './spelling-dictionaries';

/** Small words that join the parts of a title's portfolio ("for Industry and Trade", "of the Interior"). */
const JOINS = new Set(['for', 'of', 'and', 'the']);
/** Tokens read back from a run for its title: a portfolio is a few words, a longer walk reads into another clause. */
const MAX_BACK = 10;

const key = (w: string) => w.toLowerCase().replace(/\.$/, '');

/**
 * Where the title starts when the capitalised run at `a` continues a title's portfolio: the run follows "for", "of"
 * or "and", and reading back over capitalised words and those joining words reaches a title followed by "for" or
 * "of" ("Minister for …"). Null when the run is not the end of such a phrase.
 */
export function portfolioTitleStart(tokens: Token[], a: number): number | null {
  const prev = tokens[a - 1];
  if (!prev || !/^(?:for|of|and|the)$/.test(prev.word) || prev.breakAfter) return null;
  for (let k = a - 2; k >= Math.max(0, a - 1 - MAX_BACK); k--) {
    const t = tokens[k];
    // A full stop, a possessive or a bracket ends the phrase; a comma may part the items of a portfolio.
    if (t.possessive || (t.trail !== '' && t.trail !== ',')) return null;
    if (JOINS.has(t.word) && !t.breakBefore) continue;
    if (!isCapitalised(t.word)) return null;
    if (TITLES[key(t.word)] && t.trail === '' && /^(?:for|of)$/.test(tokens[k + 1]?.word ?? '')) {
      let start = k;
      while (start > 0 && TITLE_PREFIXES.has(key(tokens[start - 1].word)) && isCapitalised(tokens[start - 1].word) && !tokens[start - 1].breakAfter) start--;
      return start;
    }
    if (t.breakBefore) return null;
  }
  return null;
}

/**
 * How many words at the start of the run [a, b) still belong to the portfolio: always the first (the joining word
 * before it needs its object), then every word that is a common noun or adjective in the dictionary ("Social Care",
 * "United States") while two words are left for the name. Given names are not lower-case dictionary words; a name
 * that is ("Mark") is kept because two words must remain.
 */
export function portfolioWords(tokens: Token[], a: number, b: number): number {
  let n = 1;
  while (b - (a + n) > 2 && inAnyDictionary(tokens[a + n].word.toLowerCase())) n++;
  return n;
}
