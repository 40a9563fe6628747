/**
 * Where people, groups and subject pronouns occur inside a text, as character spans.
 */
import type { Person } from './types';
import { keepLongestSpans } from './spans';
import { escapeRegExp } from '../text/normalise';

export interface MentionSpan {
  start: number;
  end: number;
  /** The person named here; null for a pronoun. */
  person: Person | null;
  pronoun: string | null;
}


/** Apostrophes may be straight or curly in either the name or the text. */
const pattern = (form: string) => escapeRegExp(form).replace(/['’]/g, "['’]");

// Regexes are built once per people list: quotes and dates look mentions up many times.
const cache = new WeakMap<Person[], Array<[RegExp, Person]>>();

function compiled(people: Person[]): Array<[RegExp, Person]> {
  let list = cache.get(people);
  if (list) return list;
  list = [];
  for (const person of people) {
    for (const form of [person.name, ...person.aliases]) {
      if (form.length < 2) continue;
      const flags = person.kind === 'group' || !/^\p{Lu}/u.test(form) ? 'giu' : 'gu';
      list.push([new RegExp(`(?<![\\p{L}\\p{N}])${pattern(form)}(?![\\p{L}\\p{N}])`, flags), person]);
    }
  }
  cache.set(people, list);
  return list;
}

/** Spans naming a person (full name, alias or group phrase) or a subject pronoun, longest first, no overlaps. */
export function mentionSpans(text: string, people: Person[]): MentionSpan[] {
  const found: MentionSpan[] = [];
  for (const [re, person] of compiled(people)) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      // "an analyst at Fitzwilliam Securities in Dublin": one word of a name after "in", "at" or "near" is a place
      // there, not the person or body it is part of ("Euronext Dublin" took the analyst's "she said": tenth blind set).
      if (!/\s/.test(m[0]) && m[0] !== person.name && /\b(?:in|at|near)\s+$/i.test(text.slice(Math.max(0, start - 6), start)) && !/^['’]s\b/.test(text.slice(start + m[0].length))) continue;
      found.push({ start, end: start + m[0].length, person, pronoun: null });
    }
  }
  for (const m of text.matchAll(/(?<![\p{L}])(he|she|they)(?![\p{L}’'])/giu)) {
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, person: null, pronoun: m[0].toLowerCase() });
  }
  return keepLongestSpans(found);
}

/** The named person a pronoun most likely stands for: the latest named person (or group, for "they") before it. */
export function resolvePronoun(pronoun: string, before: MentionSpan[]): Person | null {
  const wantGroup = pronoun === 'they';
  for (let i = before.length - 1; i >= 0; i--) {
    const p = before[i].person;
    if (!p) continue;
    if (wantGroup ? p.kind === 'group' : p.kind === 'person' && /^\p{Lu}/u.test(p.name)) return p;
  }
  return null;
}
