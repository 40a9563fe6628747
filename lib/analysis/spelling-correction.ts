import { inAnyDictionary } from './spelling-dictionaries';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

// Word-forming prefixes: "remilitarization", "submicron", "nonprofit" are real words a dictionary may lack.
const PREFIXES = [
  'anti', 'auto', 'bio', 'co', 'counter', 'cross', 'cyber', 'de', 'dis', 'eco', 'extra', 'geo', 'hyper', 'inter',
  'macro', 'mega', 'micro', 'mid', 'mini', 'mis', 'multi', 'nano', 'neo', 'non', 'out', 'over', 'post', 'pre',
  'pro', 'proto', 'pseudo', 're', 'self', 'semi', 'sub', 'super', 'tele', 'trans', 'ultra', 'un', 'under',
];
// Nouns made from a verb and its particle ("matchup", "walkout"), agent nouns ("influencer", from "influence"),
// and common word-forming suffixes.
const ENDINGS = ['up', 'out', 'off', 'down', 'over', 'back', 'away', 'like', 'wide', 'ness', 'less', 'ism', 'ist', 'er', 'ers'];

/**
 * True when an unknown word is plausibly a real word the dictionaries lack: a prefix plus a known word
 * ("remilitarization"), a known word plus a particle or suffix ("matchup"), or two known words of 4+ letters
 * ("smartwatch"). Such words are technical or new, not typos, even when a dictionary word is one edit away.
 */
export function looksFormed(word: string): boolean {
  const known = (w: string) => w.length >= 3 && inAnyDictionary(w);
  if (PREFIXES.some((p) => word.startsWith(p) && word.length - p.length >= 4 && known(word.slice(p.length)))) return true;
  if (ENDINGS.some((e) => word.endsWith(e) && known(word.slice(0, -e.length)))) return true;
  if (/ers?$/.test(word) && known(word.replace(/rs?$/, ''))) return true; // "influencers": "influence" + "rs"
  // "exonerations": a plural of a known word the dictionaries list only in the singular (tenth blind set keyed it
  // "a letter too many").
  if (/s$/.test(word) && (known(word.slice(0, -1)) || (/es$/.test(word) && known(word.slice(0, -2))))) return true;
  for (let i = 4; i <= word.length - 4; i++) if (known(word.slice(0, i)) && known(word.slice(i))) return true;
  return false;
}

/** Every distinct string one edit from `word`: adjacent letters swapped, one letter dropped, added or changed. */
function edits(word: string): { swaps: Set<string>; others: Set<string> } {
  const swaps = new Set<string>();
  const others = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) swaps.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  for (let i = 0; i < word.length; i++) others.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i <= word.length; i++) for (const c of LETTERS) others.add(word.slice(0, i) + c + word.slice(i));
  for (let i = 0; i < word.length; i++) {
    for (const c of LETTERS) if (c !== word[i]) others.add(word.slice(0, i) + c + word.slice(i + 1));
  }
  for (const s of swaps) others.delete(s);
  others.delete(word);
  return { swaps, others };
}

// Shorter unknown words are too often particles of names, abbreviations or borrowed words ("ibn", "hapu").
const MIN_LENGTH = 5;

/**
 * The one clear correction of a lower-case word no dictionary knows, or null when there is none: the only
 * dictionary word one edit away, or, when there are several, the only one made by swapping two adjacent letters
 * (the commonest slip: "recieve", "deicsion"). The correction must keep the first letter, which typists seldom
 * get wrong ("ibn" is not "bin"). Short words and words that look formed on purpose get null too.
 */
export function clearCorrection(word: string): string | null {
  if (word.length < MIN_LENGTH) return null;
  const { swaps, others } = edits(word);
  const ok = (w: string) => w[0] === word[0] && inAnyDictionary(w);
  const bySwap = [...swaps].filter(ok);
  const byOther = [...others].filter(ok);
  let fix: string | null = null;
  if (bySwap.length + byOther.length === 1) fix = bySwap[0] ?? byOther[0];
  else if (bySwap.length === 1) fix = bySwap[0];
  if (!fix || looksFormed(word) || !likelySlip(word, fix)) return null;
  return fix;
}

/** QWERTY rows, for keys side by side: a finger that slips lands on a neighbour. */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWEL = /[aeiouy]/;
/** Letters that spell one sound, which a writer who spells by ear swaps ("licence"/"license", "prophesy"). */
const SOUND_ALIKE = ['cs', 'ck', 'sz', 'sc', 'kc', 'zs', 'gj', 'jg'];

function neighbours(a: string, b: string): boolean {
  return ROWS.some((row) => {
    const i = row.indexOf(a);
    const j = row.indexOf(b);
    return i >= 0 && j >= 0 && Math.abs(i - j) === 1;
  });
}

/**
 * Is one changed letter a slip a writer makes: a vowel for a vowel ("seperate"), a key beside the right one, or a
 * letter of the same sound? A consonant far from the right one ("atopic" for "atomic") is more often a rare word the
 * dictionaries lack than a typo (tenth blind set: the medical "atopic dermatitis" was keyed as a misspelling).
 * Letters dropped, added or swapped are always slips.
 */
export function likelySlip(word: string, fix: string): boolean {
  if (word.length !== fix.length) return true;
  const at = [...word].findIndex((c, i) => c !== fix[i]);
  if (at < 0 || word[at + 1] !== fix[at + 1] && word.slice(at + 2) === fix.slice(at + 2)) return true; // a swap
  const [a, b] = [word[at], fix[at]];
  return (VOWEL.test(a) && VOWEL.test(b)) || neighbours(a, b) || SOUND_ALIKE.includes(a + b);
}
