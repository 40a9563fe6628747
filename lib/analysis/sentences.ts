import sbd from 'sbd';
import type { Article } from '../article/types';
import type { Sentence } from './types';
import { countWords } from './stats';

/*
 * Why sbd (plus a small repair pass) and not Intl.Segmenter: measured on 16 hard cases (Mr./Dr./Gov./Sen.,
 * "5 p.m. She", "No. 23-1234", `?” she asked`, "John F. Kennedy", the seed's " ." and " :"), sbd with
 * newline_boundaries got 15/16 and Intl.Segmenter 8/16: V8 ignores the `-u-ss-standard` suppressions, so
 * the Segmenter breaks after every title and also after `?”` before a lower-case word. sbd's one miss was
 * "the U.S. District Court", which the repair below fixes. Splitting runs per paragraph, so a colon that
 * ends a paragraph ("… on his Instagram :") ends its sentence, and headings never become sentences.
 */

/** Abbreviations that stand before a name or a number and so never end a sentence. */
const PREFIX = new Set(
  ('mr mrs ms dr prof gen sen rep gov lt col capt sgt cpl adm rev hon pres supt det insp st mt ft vs v approx ' +
    'jan feb apr jun jul aug sep sept oct nov dec vol fig no nos art')
    .split(' '),
);
/** Abbreviations that may end a sentence: a break after them is kept only before a typical sentence opener. */
const MAY_END = new Set('inc corp co ltd jr sr etc llc plc bros'.split(' '));
/**
 * sbd's own list holds everyday words ("no", "pop", "Sun", "Miss", "est") that then swallow real breaks
 * ("The answer was no. He left."), so it gets ours, in the capitalisations that occur.
 */
const SBD_ABBREVIATIONS = [...PREFIX, ...MAY_END].flatMap((a) => [a, a[0].toUpperCase() + a.slice(1)])
  .filter((a) => a !== 'no' && a !== 'v');

/** Words that open sentences far more often than they follow an abbreviation inside one. */
const OPENERS = new Set(
  ('the a an he she it they we i you his her its their our my this that these those there then but and so ' +
    'yet or in on at as after before when while if since for however meanwhile now still also later earlier ' +
    'some many most both each such what who why how where one two three')
    .split(' '),
);

/** The abbreviation a span ends with ("U.S." → "u.s", "Gov." → "gov"), or null when it ends otherwise. */
function trailingAbbreviation(span: string): string | null {
  const m = /(?:^|[\s(“"‘'])((?:\p{L}{1,2}\.){2,}|\p{L}+\.)$/u.exec(span.trimEnd());
  return m ? m[1].slice(0, -1).toLowerCase() : null;
}

/**
 * Words that may follow "a.m." or "p.m." inside a sentence: a day, a month, a time zone ("8 p.m. Wednesday",
 * "10 a.m. ET"). Any other capitalised word after them opens the next sentence ("after 4 a.m. Teresa Lund said").
 */
const AFTER_TIME = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$|^(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|AEST|AEDT|NZST|NZDT|IST|Eastern|Central|Mountain|Pacific|Atlantic|Local)$/;
const isTime = (abbr: string) => abbr === 'a.m' || abbr === 'p.m';

function firstWord(span: string): string {
  return /^[\s“"‘'(]*([\p{L}\p{N}#]+)/u.exec(span)?.[1] ?? '';
}

/** Should the break between `left` and `right` (both raw spans) be undone? */
function shouldMerge(left: string, right: string): boolean {
  const abbr = trailingAbbreviation(left);
  if (!abbr) return false;
  const next = firstWord(right);
  // "a Ph.D. in physics": after an abbreviation, a lower-case word continues the sentence.
  if (/^\p{Ll}/u.test(next) && (abbr.includes('.') || PREFIX.has(abbr) || MAY_END.has(abbr))) return true;
  if (abbr === 'no' || abbr === 'nos') return /^[\d#]/.test(next);
  if (PREFIX.has(abbr)) return true;
  if (isTime(abbr) && /^\p{Lu}/u.test(next)) return AFTER_TIME.test(next);
  const initial = abbr.length === 1 && /\p{Lu}/u.test(left.trimEnd().slice(-2, -1));
  if (!abbr.includes('.') && !initial && !MAY_END.has(abbr)) return false;
  return !OPENERS.has(next.toLowerCase());
}

/**
 * Splits inside a span after "Inc." / "Jr." / "U.S." when a typical sentence opener follows (sbd keeps them), and
 * after a sentence in brackets ("(A millionth of a meter.) It works."), which sbd joins to the next one.
 */
function splitMissed(span: string): string[] {
  const re = /(?:(?:\b(?:Inc|Corp|Co|Ltd|Jr|Sr|etc|LLC)|(?:\p{L}\.){1,}\p{L})\.|(?<bracket>[.!?]["”’]?\)))\s+(?=[“"]?(\p{Lu}\p{L}*))/gu;
  const parts: string[] = [];
  let from = 0;
  for (const m of span.matchAll(re)) {
    if (m.groups?.bracket) {
      // Only a whole sentence in brackets: its "(" opens the span or follows a sentence end.
      const open = span.lastIndexOf('(', m.index);
      if (open < 0 || !(span.slice(0, open).trim() === '' || /[.!?]["”’]?\s+$/.test(span.slice(0, open)))) continue;
    } else if (!OPENERS.has(m[2].toLowerCase()) && !(/\b[ap]\.m\.$/i.test(m[0].trimEnd()) && !AFTER_TIME.test(m[2]))) continue;
    const cut = m.index + m[0].length;
    parts.push(span.slice(from, cut));
    from = cut;
  }
  parts.push(span.slice(from));
  return parts;
}

/** Maps sbd's sentences back to offsets in the paragraph by walking non-space characters in step. */
function boundaries(paragraph: string): Array<[number, number]> {
  const pieces = sbd.sentences(paragraph, {
    newline_boundaries: true,
    preserve_whitespace: true,
    abbreviations: SBD_ABBREVIATIONS,
  });
  const spans: Array<[number, number]> = [];
  let pos = 0;
  for (const piece of pieces) {
    let need = piece.replace(/\s/g, '').length;
    if (need === 0) continue;
    while (pos < paragraph.length && /\s/.test(paragraph[pos])) pos++;
    const start = pos;
    while (pos < paragraph.length && need > 0) {
      if (!/\s/.test(paragraph[pos])) need--;
      pos++;
    }
    spans.push([start, pos]);
  }
  // Whatever sbd dropped at the end still belongs to the last sentence.
  if (spans.length && paragraph.slice(pos).trim()) spans[spans.length - 1][1] = paragraph.trimEnd().length;
  if (!spans.length && paragraph.trim()) spans.push([paragraph.length - paragraph.trimStart().length, paragraph.trimEnd().length]);
  return spans;
}

/** Sentence spans of one paragraph after the abbreviation repairs. */
export function splitParagraph(paragraph: string): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const span of boundaries(paragraph)) {
    const last = merged[merged.length - 1];
    if (last && shouldMerge(paragraph.slice(...last), paragraph.slice(...span))) last[1] = span[1];
    else merged.push([span[0], span[1]]);
  }
  const out: Array<[number, number]> = [];
  for (const [start, end] of merged) {
    let at = start;
    for (const part of splitMissed(paragraph.slice(start, end))) {
      const lead = part.length - part.trimStart().length;
      const s = at + lead;
      const e = at + part.trimEnd().length;
      if (e > s) out.push([s, e]);
      at += part.length;
    }
  }
  return out;
}

/**
 * Splits the article's paragraphs into sentences with offsets into their paragraph. Headings are skipped.
 * Text is exactly as published (trimmed), so stray spaces such as "Baldwin ." stay.
 */
export function splitSentences(article: Article): Sentence[] {
  const out: Sentence[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    for (const [start, end] of splitParagraph(paragraph)) {
      const text = paragraph.slice(start, end);
      out.push({ index: out.length, text, paragraph: p, start, end, words: countWords(text) });
    }
  });
  return out;
}
