import type { Person } from './types';
import { escapeRegExp, foldCase } from '../text/normalise';

// Statements, sources and figures look people up by phrase for every sentence: each label's pattern is built once.
const patterns = new Map<string, RegExp>();
function cached(key: string, build: () => RegExp): RegExp {
  let re = patterns.get(key);
  if (!re) {
    if (patterns.size > 5000) patterns.clear();
    re = build();
    patterns.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/**
 * The Person a phrase refers to ("New Mexico Judge Mary Marlowe Sommer" → "Mary Marlowe Sommer",
 * "One of the prosecutors, Kari Morrissey" → "Kari Morrissey"), or null. A name followed by 's is a
 * possessive ("Baldwin's lawyers") and refers to someone else, so it only matches a person or group whose
 * own name is that phrase. Longest name or alias wins.
 */
export function resolvePerson(phrase: string, people: Person[]): Person | null {
  const p = foldCase(phrase).trim();
  if (!p) return null;
  let best: { person: Person; length: number } | null = null;
  for (const person of people) {
    for (const label of [person.name, ...person.aliases]) {
      const l = foldCase(label).trim();
      if (!l) continue;
      const re = cached(`r|${l}`, () => new RegExp(`(^|[^\\p{L}])${escapeRegExp(l)}(?!\\p{L})(?!'s\\b|'(?!\\p{L}))`, 'u'));
      if (l === p || re.test(p)) {
        if (!best || l.length > best.length) best = { person, length: l.length };
      }
    }
  }
  return best?.person ?? null;
}

/** Offsets in `text` where any person is named (not as a possessive), earliest first. */
export function personMentions(text: string, people: Person[]): Array<{ at: number; person: Person }> {
  const t = foldCase(text);
  const out: Array<{ at: number; person: Person }> = [];
  for (const person of people) {
    for (const label of [person.name, ...person.aliases]) {
      const l = foldCase(label).trim();
      if (!l) continue;
      // A possessive ("Hale's lawyer") names someone else, so it is not a mention of this person.
      const own = /'s$|s'$/.test(l) ? '' : "(?!'s\\b|'(?!\\p{L}))";
      const re = cached(`m|${l}`, () => new RegExp(`(?<!\\p{L})${escapeRegExp(l)}(?!\\p{L})${own}`, 'gu'));
      for (const m of t.matchAll(re)) out.push({ at: m.index, person });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
