import type { Sentence } from '../analysis/types';
import type { Question, Skill } from './types';
import { escapeRegExp, norm } from '../text/normalise';

export { norm };

/** 32-bit FNV-1a hash as 8 hex digits: tiny, stable across runs and platforms, no crypto needed. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** True when `needle` occurs in `hay` as whole words (after norm), so "18" is not found inside "2018". */
export function containsWords(hay: string, needle: string): boolean {
  const n = norm(needle);
  if (!n) return false;
  const h = ` ${norm(hay).replace(/[^\p{L}\p{N}' -]/gu, ' ').replace(/\s+/g, ' ')} `;
  const m = n.replace(/[^\p{L}\p{N}' -]/gu, ' ').replace(/\s+/g, ' ').trim();
  return m.length > 0 && h.includes(` ${m} `);
}

/** The first words of a sentence as a quoted opening, e.g. “Since cinematographer Halyna Hutchins…”. */
export function opening(text: string, words = 5): string {
  const parts = text.trim().split(/\s+/);
  if (parts.length <= words) return `“${text.trim()}”`;
  return `“${parts.slice(0, words).join(' ').replace(/[,;:]$/, '')}…”`;
}

/** A sentence shortened to at most `max` words around position `at` (a character offset), with ellipses. */
export function excerpt(text: string, max = 28, at = 0): string {
  const words = text.trim().split(/\s+/);
  if (words.length <= max) return text.trim();
  let pos = 0;
  let idx = 0;
  for (let i = 0; i < words.length; i++) {
    if (pos > at) break;
    idx = i;
    pos += words[i].length + 1;
  }
  const start = Math.max(0, Math.min(idx - Math.floor(max / 2), words.length - max));
  const slice = words.slice(start, start + max).join(' ');
  return `${start > 0 ? '…' : ''}${slice}${start + max < words.length ? '…' : ''}`;
}

/** Speech verbs that belong with the name beside them when a quotation is proved ("Dunstan said", "said Dunstan"). */
const SPEECH_BESIDE = /^(?:said|says|say|told|tells|added|adds|explained|explains|wrote|writes|asked|asks|insisted|warned|argued)$/i;
const bareWord = (w: string | undefined) => (w ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * A sentence quoted as proof, cut to about `max` words so that it still shows the words that prove the answer
 * (`marks`, most important first: the name, the date, the figure). A speech verb beside a name is kept with it.
 * A cut centred on the start of a sentence dropped "published on Monday" and "Dunstan said" (seventh blind review):
 * the window is placed over the marks, widened up to half as much again to hold them, and a sentence little
 * longer than the window is quoted whole. Marks that do not fit together are left out, later ones first.
 */
export function proofExcerpt(text: string, max: number, marks: string[]): string {
  const t = text.trim();
  const words = t.split(/\s+/);
  if (words.length <= Math.round((max * 4) / 3)) return t;
  const starts: number[] = [];
  let pos = 0;
  for (const w of words) {
    const at = t.indexOf(w, pos);
    starts.push(at);
    pos = at + w.length;
  }
  const wordAt = (offset: number) => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
    return i;
  };
  const limit = Math.round(max * 1.5);
  let lo = -1;
  let hi = -1;
  for (const mark of marks) {
    const m = mark.trim();
    if (!m) continue;
    const hit = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(m)}(?![\\p{L}\\p{N}])`, 'iu').exec(t);
    if (!hit) continue;
    let a = wordAt(hit.index);
    let b = wordAt(hit.index + hit[0].length - 1);
    if (SPEECH_BESIDE.test(bareWord(words[b + 1]))) b++;
    else if (a > 0 && SPEECH_BESIDE.test(bareWord(words[a - 1]))) a--;
    else if (a > 1 && /^to$/i.test(bareWord(words[a - 1])) && /^according$/i.test(bareWord(words[a - 2]))) a -= 2;
    const nlo = lo < 0 ? a : Math.min(lo, a);
    const nhi = Math.max(hi, b);
    if (nhi - nlo + 1 > limit) continue;
    lo = nlo;
    hi = nhi;
  }
  if (lo < 0) return excerpt(t, max);
  const width = Math.min(words.length, Math.max(max, hi - lo + 1));
  let start = Math.max(0, Math.min(Math.floor((lo + hi) / 2) - Math.floor(width / 2), words.length - width));
  start = Math.max(Math.min(start, lo), hi - width + 1);
  const slice = words.slice(start, start + width).join(' ');
  return `${start > 0 ? '…' : ''}${slice}${start + width < words.length ? '…' : ''}`;
}

/** 1-based sentence label for prompts and explanations (people count from 1). */
export function label(index: number): string {
  return `sentence ${index + 1}`;
}

/**
 * The surname of an option written as a proper name ("Priya Mandal", "Cllr Mandal" -> "mandal"), or null for
 * anything else (a role, a phrase, a figure).
 */
export function surnameOf(option: string): string | null {
  if (!/^\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|de|da|del|van|von|la|le|di|bin|al))*$/u.test(option.trim())) return null;
  const words = option.trim().split(/\s+/);
  const last = words[words.length - 1].replace(/[.’']+$/, '').toLowerCase();
  return words.length > 1 || last.length > 2 ? last : null;
}

/**
 * Distinct candidates (by norm), excluding anything equal to one of `exclude`, in order, at most `n`. Two names
 * with one surname are one person said twice ("Priya Mandal", "Cllr Mandal") as often as two people, so a name
 * sharing a surname with the answer or an option already taken is never offered.
 */
export function pickDistinct(candidates: string[], exclude: string[], n: number): string[] {
  const seen = new Set(exclude.map(norm));
  const surnames = new Set(exclude.map(surnameOf).filter((s): s is string => s !== null));
  const out: string[] = [];
  for (const c of candidates) {
    const k = norm(c);
    if (!k || seen.has(k)) continue;
    const surname = surnameOf(c);
    if (surname && surnames.has(surname)) continue;
    seen.add(k);
    if (surname) surnames.add(surname);
    out.push(c);
    if (out.length === n) break;
  }
  return out;
}

/** What a generator proposes before options are placed and the id is computed. */
export interface Draft {
  skill: Skill;
  prompt: string;
  answer: string;
  distractors: string[];
  evidence: number[];
  explanation: string;
  difficulty: 1 | 2 | 3;
}

/**
 * Turns a draft into a Question: up to 3 distractors, the answer placed at a position derived from the
 * prompt's hash (so it is not always first, yet the same article always gives the same canonical order).
 * Returns null when fewer than 2 usable distractors remain.
 */
export function finish(d: Draft): Question | null {
  const distractors = pickDistinct(d.distractors, [d.answer], 3);
  if (distractors.length < 2) return null;
  const hash = fnv1a(`${d.skill}\u0000${d.prompt}\u0000${d.answer}`);
  const at = parseInt(hash.slice(0, 4), 16) % (distractors.length + 1);
  const options = [...distractors];
  options.splice(at, 0, d.answer);
  const evidence = [...new Set(d.evidence)].sort((a, b) => a - b);
  return {
    id: `${d.skill}-${hash}`,
    skill: d.skill,
    prompt: d.prompt,
    options,
    answer: at,
    evidence,
    explanation: d.explanation,
    difficulty: d.difficulty,
  };
}

/** Sentence text by index, or '' when out of range (generators then skip). */
export function textOf(sentences: Sentence[], i: number): string {
  return sentences[i]?.text ?? '';
}

/** "a, b and c" for explanations. */
export function listing(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Formats YYYY, YYYY-MM or YYYY-MM-DD for people: "2024", "March 2024", "12 July 2024". */
export function formatDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  if (!m[2]) return m[1];
  const month = months[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** mulberry32: a tiny seeded PRNG, good enough to shuffle quiz questions reproducibly. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded Fisher-Yates shuffle (a new array). */
export function shuffle<T>(items: T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Words that deny or hedge what follows them in their sentence ("We cannot say … that", "it is unclear whether"). */
const HEDGE = /\b(?:not|never|no|nor|neither|nobody|nothing|cannot|without|den(?:y|ies|ied)|doubt\w*|unlikely|unclear|uncertain|unproven|whether|if|may|might|could|would|too early|premature)\b|n[’']t\b/i;

/**
 * True when a quotation that starts in the middle of a sentence ("… that hearing aids prevent dementia") is shown
 * without words before it in its sentence that deny or hedge it: cut out alone, it would read as said outright.
 * A piece that opens with a joining word ("but a planned scheme") cannot stand alone either.
 */
export function hedgedFragment(sentence: string, quote: string): boolean {
  const q = quote.trim();
  if (!/^\p{Ll}/u.test(q)) return false;
  // "… but a carefully planned scheme": a piece that opens with a joining word leans on words it does not show.
  if (/^(?:but|and|or|so|because|although|though|which|whereas|yet)\b/i.test(q)) return true;
  const at = sentence.indexOf(q.slice(0, 30));
  const before = at >= 0 ? sentence.slice(0, at) : sentence;
  return HEDGE.test(before);
}

/** "NEW LONDON, Conn., March 5 — A former …": the dateline that opens a story's first sentence, for stems to leave out. */
export function withoutDateline(sentence: string): string {
  return sentence.replace(/^\p{Lu}{2,}[\p{Lu} .'’-]*(?:,[^—–]{0,40})?\s[—–]\s+(?=\p{Lu})/u, '');
}
