/**
 * Speakers named outside a quotation's own sentence: the sentence or paragraph that introduces it, a dash after
 * it ("— Peres, on …"), or a surname the article misspells once ("Water said" for Waters).
 */
import type { Person, Sentence } from './types';
import { mask, readText, speakerOf, type SpeakerContext } from './quote-speaker';
import { isNamed } from './people';

/** Quotation ranges of a text, for masking: words inside them are never verbs or subjects. */
function quoted(text: string): Array<[number, number]> {
  return [...text.matchAll(/[“"][^“”"]*[”"]/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

/**
 * Who a sentence says is speaking: the subject of its last verb of saying ("Wilkins also said Warhol was …"),
 * or the one person named in a line that announces a statement ("Cornyn issued a statement regarding …").
 */
export function saidIn(ctx: SpeakerContext, s: Sentence): Person | null {
  const masked = mask(s.text, quoted(s.text));
  const { verbs } = readText(ctx, masked);
  if (verbs.length) {
    const v = verbs[verbs.length - 1];
    const who = speakerOf(ctx, s.index, masked, v.end, v.end);
    if (who && isNamed(who)) return who;
  }
  if (!/\b(statement|said|says|told|wrote|writes|added|posted|release)\b/i.test(masked)) return null;
  const named = ctx.people.filter((p) => isNamed(p) && p.mentions.includes(s.index));
  return named.length === 1 ? named[0] : null;
}

/** "… ” — Peres, on whether …": a dash and a name right after the closing mark. */
export function dashSpeaker(ctx: SpeakerContext, after: string): Person | null {
  const m = /^\s*[—–-]{1,2}\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u.exec(after);
  if (!m) return null;
  return byName(ctx.people, m[1]);
}

/** A named person whose name or alias is the text, or ends with it. */
function byName(people: Person[], text: string): Person | null {
  const t = text.trim().toLowerCase();
  const hits = people.filter((p) => isNamed(p) && [p.name, ...p.aliases].some((f) => f.toLowerCase() === t || f.toLowerCase().endsWith(` ${t}`)));
  return hits.length === 1 ? hits[0] : null;
}

/** One letter added or dropped ("Water" / "Waters"), or one letter changed, for words of five letters or more. */
function oneOff(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 5) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

/**
 * '"…", Water said.': a capitalised word that is not anyone's name, next to a verb of saying after the quotation,
 * and one letter off exactly one person's surname.
 */
export function misspeltSpeaker(ctx: SpeakerContext, after: string): Person | null {
  const m = /^\s*[,.]?\s*(?:(\p{Lu}\p{L}+)\s+(?:said|says|added|explained|noted|told)|(?:said|says|added|explained|noted)\s+(\p{Lu}\p{L}+))\b/u.exec(after);
  const word = m?.[1] ?? m?.[2];
  if (!word) return null;
  const surname = (p: Person) => p.name.split(/\s+/).pop() ?? '';
  const hits = ctx.people.filter((p) => isNamed(p) && oneOff(word, surname(p)));
  return hits.length === 1 ? hits[0] : null;
}
