import nspell from 'nspell';
import us from 'dictionary-en';
import gb from 'dictionary-en-gb';
import au from 'dictionary-en-au';

type Checker = ReturnType<typeof nspell>;

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
// A .dic file opens with a word count line, then one entry (word/flags) a line.
const entries = (bytes: Uint8Array) => decode(bytes).split('\n').slice(1);

// The three word lists share dictionary-en's affix file and all but ~1,600 of their ~49,600 entries. A checker
// costs about 200 ms to build from a full list, so only US English is built whole; the British and Australian
// entries it lacks ("practising", "councillors", "arvo") and the US entries they lack ("color") make two small
// checkers, built on first need (most words are settled by US English alone). One checker per list also avoids
// nspell's dictionary() (and its array form): a second call rebuilds the compound rules from the already-built
// ones, leaving an empty pattern that accepts every word.
let usChecker: Checker | null = null;
let regionalChecker: Checker | null = null;
let usOnlyChecker: Checker | null = null;

function usSpell(): Checker {
  usChecker ??= nspell({ aff: decode(us.aff), dic: decode(us.dic) });
  return usChecker;
}

/**
 * A checker of a few entries. The ordinal entries ("1st", "2/nm") go in too: they fill the affix file's compound
 * rules, without which nspell keeps the rule letters as literal patterns and accepts strings like "pilgramp".
 */
function small(list: string[], usEntries: string[]): Checker {
  const ordinals = usEntries.filter((e) => /^\d/.test(e));
  return nspell({ aff: decode(us.aff), dic: `0\n${[...ordinals, ...list].join('\n')}` });
}

function regionalSpell(): Checker {
  if (!regionalChecker) {
    const usEntries = entries(us.dic);
    const usSet = new Set(usEntries);
    const regional = [...entries(gb.dic), ...entries(au.dic)].filter((e) => !usSet.has(e));
    regionalChecker = small([...new Set(regional)], usEntries);
  }
  return regionalChecker;
}

function usOnlySpell(): Checker {
  if (!usOnlyChecker) {
    const usEntries = entries(us.dic);
    const commonwealth = new Set([...entries(gb.dic), ...entries(au.dic)]);
    usOnlyChecker = small(usEntries.filter((e) => !commonwealth.has(e)), usEntries);
  }
  return usOnlyChecker;
}

// Lookups are memoised: articles repeat words, and the correction search asks hundreds of near-misses.
const cache = new Map<string, boolean>();

/** True when `word`, exactly as written (case included), is in the US, British or Australian dictionary. */
export function inAnyDictionary(word: string): boolean {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  if (cache.size > 100_000) cache.clear();
  const known = usSpell().correct(word) || regionalSpell().correct(word);
  cache.set(word, known);
  return known;
}

/**
 * True when `word` is in the US dictionary and comes from an entry British and Australian English share, so no
 * reader can call it misspelled. Conservative: an entry that differs only in its affix flags counts as US-only.
 */
export function inEveryDictionary(word: string): boolean {
  return usSpell().correct(word) && !usOnlySpell().correct(word);
}
