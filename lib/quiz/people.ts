import type { Person } from '../analysis/types';
import { norm } from './util';
import { escapeRegExp, foldCase } from '../text/normalise';

/** All the ways the article names a person or group (full name first). */
export function namesOf(p: Person): string[] {
  return [p.name, ...p.aliases].filter(Boolean);
}

/** Capitalised name words (3+ letters) of a person, e.g. {"Kari","Morrissey"}; "Baldwin" for "Baldwin's lawyers". */
const tokenCache = new WeakMap<Person, Set<string>>();
function nameTokens(p: Person): Set<string> {
  const cached = tokenCache.get(p);
  if (cached) return cached;
  const out = new Set<string>();
  tokenCache.set(p, out);
  for (const n of namesOf(p)) {
    for (const w of n.split(/[\s’']+/)) {
      if (/^\p{Lu}[\p{L}-]{2,}$/u.test(w) && !/^(The|One|Judge|Mr|Mrs|Ms|Dr)$/.test(w)) out.add(w.toLowerCase());
    }
  }
  return out;
}

/**
 * True when two people are linked so that naming one could count as naming the other: they share a name word
 * ("Alec Baldwin" and "Baldwin's lawyers") or one's role names the other's group ("one of the prosecutors" and
 * "prosecutors"). Such pairs are never used as each other's distractors.
 */
export function related(a: Person, b: Person): boolean {
  if (a === b || norm(a.name) === norm(b.name)) return true;
  const ta = nameTokens(a);
  for (const t of nameTokens(b)) if (ta.has(t)) return true;
  const inRoles = (p: Person, q: Person) =>
    namesOf(q).some((n) => {
      // Singular and plural alike: "prosecutor" Osei belongs to "prosecutors".
      const k = norm(n).replace(/^(the|a|an) /, '').replace(/s$/, '');
      return k.length > 2 && p.roles.some((r) => norm(r).includes(k));
    });
  return inRoles(a, b) || inRoles(b, a);
}

const nameRe = new Map<string, RegExp>();
const normed = new Map<string, string>();
/** norm() with a small cache: the same sentences are checked against every person. */
function cachedNorm(text: string): string {
  let n = normed.get(text);
  if (n === undefined) {
    if (normed.size > 2000) normed.clear();
    n = norm(text);
    normed.set(text, n);
  }
  return n;
}

/** True when any of the person's names appears in `text` (case-insensitive, straight or curly apostrophes). */
export function mentions(text: string, p: Person): boolean {
  const t = cachedNorm(text);
  return namesOf(p).some((n) => {
    const k = cachedNorm(n);
    if (k.length <= 1 || !t.includes(k)) return false;
    let re = nameRe.get(k);
    if (!re) {
      re = new RegExp(`(^|[^\\p{L}])${escapeRegExp(k)}($|[^\\p{L}])`, 'u');
      nameRe.set(k, re);
    }
    return re.test(t);
  });
}

/** Names that are places or institutions, which a name finder sometimes takes for people. */
const NOT_A_PERSON = /\b(Bridge|Prison|Jail|Street|Road|Avenue|Research|College|University|School|Court|Department|Council|Fund|Journal|Hospital|Company|Inc|Ltd|Board|Office|River|Park|Agency|Institute|Committee)\b/;

/**
 * True when every time the article writes a "person's" name it is part of a longer name ("Harlan Brooks
 * Financial"), a modifier ("a former Harlan Brooks bookkeeper", "the Elk Meadow subdivision") or a place ("in Elk
 * Meadow"): a company or a place the name finder took for someone, which no option may offer as a person.
 */
const thingCache = new WeakMap<Person, boolean>();
export function onlyNamesAThing(p: Person, sentences: { text: string }[]): boolean {
  if (p.kind !== 'person') return false;
  // Asked once per quotation by who-said: a person's verdict is settled once per analysis.
  const known = thingCache.get(p);
  if (known !== undefined) return known;
  const verdict = readsAsThing(p, sentences);
  thingCache.set(p, verdict);
  return verdict;
}

function readsAsThing(p: Person, sentences: { text: string }[]): boolean {
  let seen = 0;
  for (const form of namesOf(p)) {
    if (!/\s/.test(form)) continue;
    const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, 'gu');
    for (const s of sentences) {
      for (const m of s.text.matchAll(re)) {
        seen++;
        const before = s.text.slice(0, m.index);
        const after = s.text.slice(m.index + m[0].length);
        const thing =
          /^\s+\p{Lu}/u.test(after) ||
          /\b(?:the|a|an|former|in|at|near|across|throughout|(?:north|south|east|west)ern|central)\s+$/i.test(before) ||
          (/^\s+(?:and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+)?\p{Ll}/u.test(after) && /\b(?:the|a|an|former)\s+$/i.test(before));
        if (!thing) return false;
      }
    }
  }
  return seen > 0;
}

/**
 * People ordered for use as distractors: individuals first, then by how often they are mentioned. With the
 * article's sentences, names that only ever name a company or a place are left out.
 */
export function byProminence(people: Person[], sentences?: { text: string }[]): Person[] {
  return people.filter((p) => p.kind !== 'person' || (!NOT_A_PERSON.test(p.name) && !(sentences && onlyNamesAThing(p, sentences)))).sort(
    (a, b) =>
      (a.kind === 'person' ? 0 : 1) - (b.kind === 'person' ? 0 : 1) ||
      b.mentions.length - a.mentions.length ||
      a.name.localeCompare(b.name),
  );
}

/** The person named earliest in a sentence (by any of their names), or undefined when none is. */
export function firstNamed(analysis: { sentences: { text: string }[]; people: Person[] }, index: number): Person | undefined {
  const text = analysis.sentences[index]?.text;
  if (!text) return undefined;
  const flat = foldCase(text);
  let best: { p: Person; at: number } | undefined;
  for (const p of analysis.people) {
    for (const n of namesOf(p)) {
      const at = flat.indexOf(foldCase(n));
      if (at >= 0 && (!best || at < best.at)) best = { p, at };
    }
  }
  return best?.p;
}

/**
 * True when the sentence names the person themself: in full, or by a name the article never also uses as part of
 * a longer name ("Morton" is not Walter Morton where the article also writes "Morton Freight" or "Morton's Joliet
 * terminal"), so an explanation that says they are named there is true.
 */
export function namesPerson(sentence: string, p: Person, article: { text: string }[]): boolean {
  if (mentions(sentence, { ...p, aliases: [] })) return true;
  const short = p.aliases.filter((a) => {
    const re = new RegExp(`(?<![\\p{L}-])${escapeRegExp(a)}(?:[’']s)?(?=-|\\s+\\p{Lu})`, 'u');
    const full = new RegExp(`${escapeRegExp(p.name)}`, 'gu');
    return !article.some((s) => re.test(s.text.replace(full, '')));
  });
  return short.length > 0 && mentions(sentence, { ...p, aliases: short });
}

/** Family words a speaker uses of their own family ("my son"), singular and plural. */
const KIN = 'sons?|daughters?|husband|wife|mother|father|mum|mom|dad|child|children|kids?|brothers?|sisters?|grandsons?|granddaughters?|grandchildren|parents';

/**
 * True when a quotation speaks of the speaker's own family ("my son felt safe") and the article, outside quotation
 * marks, describes the speaker by that very relation ("Ana Ruiz, whose son …", "Ruiz said her son …"): among the
 * options only one person is that parent or spouse, so the words give the answer away without any reading.
 */
export function kinGivesAway(quote: string, speaker: Person, sentences: { text: string }[]): boolean {
  const kin = new RegExp(`\\b(?:my|our)\\s+(?:\\p{Ll}+\\s+)?(${KIN})\\b`, 'iu').exec(quote)?.[1];
  if (!kin) return false;
  const base = kin.toLowerCase().replace(/(?<=^(?:son|daughter|brother|sister|grandson|granddaughter|kid))s$/, '');
  const relation = new RegExp(`\\b(?:whose|her|his|their)\\s+(?:\\p{Ll}+\\s+)?${escapeRegExp(base)}s?\\b|['’]s\\s+${escapeRegExp(base)}s?\\b`, 'iu');
  return sentences.some((s) => {
    const plain = s.text.replace(/[“"][^“”"]*[”"]/g, ' ');
    return mentions(plain, speaker) && relation.test(plain);
  });
}
