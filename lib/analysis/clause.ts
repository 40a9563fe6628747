/**
 * Small clause helpers shared by claims.ts and sources.ts: finding the subject phrase before a verb and
 * the phrase after it, with plain patterns (no parser), tuned for news prose.
 */

/** Words between a subject and its verb that are not part of the subject ("has also", "was, however,"). */
const SKIP = new Set(
  ('also then later already however not never still previously repeatedly reportedly now just recently ' +
    'formally eventually ultimately officially subsequently initially finally first has have had will would ' +
    'could should may might must did does do can allegedly once again further publicly')
    .split(' '),
);
const BE = new Set('was were is are be been being get gets got'.split(' '));
/** Words that open a new clause or a prepositional phrase, so the subject starts after them. */
const STOP = new Set(
  ('that which who whom after before because when while since but and or if although though as where whether ' +
    'than by to from with for on in at into so then once until unless over under during against about')
    .split(' '),
);
const DETERMINERS = new Set('the a an this that these those his her its their our my some any'.split(' '));
export const PRONOUNS = new Set('he she they it we i'.split(' '));

export interface SubjectInfo {
  /** The subject phrase ("" when the verb shares the subject of an earlier verb: "but also claimed"). */
  phrase: string;
  /** Offset of the phrase in the sentence, -1 when empty. */
  start: number;
  /** "was sentenced", "be found guilty": the subject is who it happened to, not who did it. */
  passive: boolean;
}

const word = (s: string) => s.replace(/[^\p{L}\p{N}'’-]/gu, '').toLowerCase();

/** The subject of the verb that starts at `verbAt` in `text`. */
export function subjectBefore(text: string, verbAt: number): SubjectInfo {
  let prefix = text.slice(0, verbAt);
  let passive = false;
  // Peel skipped words, auxiliaries and commas off the end ("was, however, " → "").
  for (;;) {
    const m = /(?:^|[\s,])([\p{L}'’]+)[\s,]*$/u.exec(prefix);
    const w = m ? word(m[1]) : '';
    if (m && (SKIP.has(w) || BE.has(w))) {
      if (BE.has(w)) passive = true;
      prefix = prefix.slice(0, m.index);
      continue;
    }
    break;
  }
  const insert = /,\s*$/.test(prefix);
  prefix = prefix.replace(/[\s,]+$/, '');
  // "Councillor Becker, who voted no, accused": the comma-enclosed aside is not the subject.
  if (insert) prefix = dropAsides(prefix);
  // "a man who claimed": the subject is the phrase before the relative pronoun.
  const rel = /(?:^|\s)(who|which|that)$/i.exec(prefix);
  if (rel) prefix = prefix.slice(0, rel.index).replace(/[\s,]+$/, '');
  else if (/(?:^|[\s,])(and|but|or)$/i.test(prefix) || prefix === '') return { phrase: '', start: -1, passive };
  const cut = Math.max(...[';', ':', '“', '”', '"', '(', ')', ',', '?', '!'].map((c) => prefix.lastIndexOf(c)));
  let start = cut + 1;
  // "A former director who took the money meant for victims was sentenced": the subject is the head before "who".
  const head = rel ? null : /^\s*((?:\S+\s+){0,5}?\S+)\s+(?:who|that|which)\s/i.exec(prefix.slice(start));
  if (head && !head[1].split(/\s+/).some((w) => BE.has(word(w)) || STOP.has(word(w)))) {
    return { phrase: head[1].trim(), start: start + prefix.slice(start).indexOf(head[1]), passive };
  }
  const tokens = [...prefix.slice(start).matchAll(/\S+/g)];
  let keep = tokens.length;
  while (keep > 0 && !STOP.has(word(tokens[keep - 1][0])) && tokens.length - keep < 8) {
    keep--;
    // A relative clause's antecedent is a noun phrase: it starts at its determiner ("dismiss the case, which").
    if (rel && DETERMINERS.has(word(tokens[keep][0]))) break;
  }
  if (keep < tokens.length) start += tokens[keep].index;
  else start = prefix.length;
  const phrase = prefix.slice(start).trim();
  return { phrase, start: phrase ? start : -1, passive };
}

/**
 * Removes asides between commas at the end of a subject: a relative clause ("who voted no"), an age ("54"), a home
 * town ("of Springfield") or an appositive after a name ("Reyes, a psychologist at Eastbrook College").
 */
function dropAsides(prefix: string): string {
  let p = prefix;
  for (;;) {
    const comma = p.lastIndexOf(',');
    if (comma < 0) return p;
    const seg = p.slice(comma + 1).trim();
    const before = p.slice(0, comma).trimEnd();
    const afterName = /\p{Lu}[\p{L}'’.-]*$/u.test(before);
    const aside =
      /^(who|whose|which)\b/i.test(seg) ||
      /^\d{1,3}$/.test(seg) ||
      (afterName && /^of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u.test(seg)) ||
      (afterName && /^((a|an|the|his|her|their)\s|\p{Ll})/u.test(seg) && !/[“”"]/.test(seg));
    if (!aside || !before) return p;
    p = before;
  }
}

/** The phrase after `from`, up to a clause break (`,;:` or the sentence end), at most `max` words. */
export function phraseAfter(text: string, from: number, max = 20): string {
  const rest = text.slice(from).split(/[;:]|,\s(?!\d)/)[0];
  const words = rest.trim().split(/\s+/).filter(Boolean).slice(0, max);
  return balanceQuotes(words.join(' ').replace(/[.!?]+(?=[”"]?$)/, '').trim());
}

/** Closes or opens a curly quotation cut in half by the phrase limits, so content reads as a whole. */
export function balanceQuotes(text: string): string {
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  if (open > close) return `${text}”`;
  if (close > open) return `“${text}`;
  return text;
}

/** The noun phrase right after `from` ("by some of the family members along with…" → "some of the family members"). */
export function nounPhraseAfter(text: string, from: number, max = 8): string {
  const tokens = [...text.slice(from).matchAll(/\S+/g)].map((m) => m[0]);
  const out: string[] = [];
  for (const t of tokens) {
    const w = word(t);
    if (out.length && (STOP.has(w) || w === 'along' || w === 'said')) break;
    out.push(t);
    if (/[,.;:!?”"]$/.test(t) || out.length >= max) break;
  }
  return out.join(' ').replace(/[,.;:!?”"]+$/, '').trim();
}
