import type { Sentence, TermHit } from '../analysis/types';
import type { GlossaryTerm } from './types';
import { courtTerms } from './terms-court';
import { governmentTerms } from './terms-government';
import { journalismTerms } from './terms-journalism';
import { legalTerms } from './terms-legal';
import { scienceTerms } from './terms-science';
import { worldTerms } from './terms-world';

/** Every curated term, in category order (legal, court, science, government, journalism, world). */
export const glossary: GlossaryTerm[] = [
  ...legalTerms,
  ...courtTerms,
  ...scienceTerms,
  ...governmentTerms,
  ...journalismTerms,
  ...worldTerms,
];

/** A term hit plus the words as the article wrote them, one per entry of `sentences` (extra, additive field). */
export interface GlossaryHit extends TermHit {
  /** The matched words in each sentence, quotation marks removed ("dismissed", "civil lawsuits"). */
  forms: string[];
  category: GlossaryTerm['category'];
}

// Curly quotes become straight ones one-for-one, so character offsets stay valid for slicing the original.
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u2033\u00ab\u00bb]/g;
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
// Between the words of one phrase only spaces, hyphens and quotation marks may stand: a comma or full stop
// ends the phrase ("was dismissed. With prejudice…" is two thoughts).
const JOINER = /^[\s"'\-\u2010\u2011]+$/;
const QUOTE_CHARS = /["'\u2018\u2019\u201c\u201d\u00ab\u00bb]/g;

function straighten(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(DOUBLE_QUOTES, '"');
}

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.toLowerCase().matchAll(TOKEN)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Lower-case words of a term or alias joined by single spaces: the key that makes "fact-check" equal "fact check". */
export function termKey(text: string): string {
  return tokenize(straighten(text))
    .map((t) => t.word)
    .join(' ');
}

/** The word itself plus the forms it may be an inflection of: possessive 's, plural -s, -es, -ies. */
function baseForms(word: string): string[] {
  // Most words end in something else; skip the work (and the allocation) for them.
  if (!word.endsWith('s')) return [word];
  const forms = [word];
  const add = (f: string) => {
    if (f.length > 1 && !forms.includes(f)) forms.push(f);
  };
  const w = word.endsWith("'s") ? word.slice(0, -2) : word;
  add(w);
  if (w.endsWith('ies') && w.length > 4) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  return forms;
}

interface Phrase {
  words: string[];
  entry: GlossaryTerm;
}

// Index every term and alias by its first word, longest phrases first, so a scan tries "dismissal with
// prejudice" before "dismissal" and the longest match wins.
const byFirstWord = new Map<string, Phrase[]>();
const byKey = new Map<string, GlossaryTerm>();
for (const entry of glossary) {
  for (const text of [entry.term, ...entry.aliases]) {
    const key = termKey(text);
    if (!byKey.has(key)) byKey.set(key, entry);
    const words = key.split(' ');
    const list = byFirstWord.get(words[0]) ?? [];
    list.push({ words, entry });
    byFirstWord.set(words[0], list);
  }
}
for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

/** The glossary entry whose term or alias is `term` (any case, straight or curly quotes), or null. */
export function getTerm(term: string): GlossaryTerm | null {
  return byKey.get(termKey(term)) ?? null;
}

/** Does the phrase match the tokens starting at i? Only its last word may be inflected. */
function matchesAt(phrase: Phrase, tokens: Token[], i: number, text: string): boolean {
  const n = phrase.words.length;
  if (i + n > tokens.length) return false;
  for (let k = 0; k < n; k++) {
    const tok = tokens[i + k];
    if (k > 0 && !JOINER.test(text.slice(tokens[i + k - 1].end, tok.start))) return false;
    const ok = k === n - 1 ? baseForms(tok.word).includes(phrase.words[k]) : tok.word === phrase.words[k];
    if (!ok) return false;
  }
  return true;
}

interface Match {
  entry: GlossaryTerm;
  form: string;
}

/** Leftmost-longest matches of glossary phrases in one sentence (text already straightened). */
function matchSentence(text: string): Match[] {
  const tokens = tokenize(text);
  const out: Match[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: Phrase | null = null;
    for (const form of baseForms(tokens[i].word)) {
      for (const phrase of byFirstWord.get(form) ?? []) {
        if (found && phrase.words.length <= found.words.length) break;
        if (phrase.words.length > 1 && form !== tokens[i].word) continue;
        if (!matchesAt(phrase, tokens, i, text)) continue;
        if (phrase.entry.context && !phrase.entry.context.test(text)) continue;
        if (phrase.entry.otherSense?.test(text)) continue;
        found = phrase;
        break;
      }
    }
    if (!found) {
      i++;
      continue;
    }
    const last = tokens[i + found.words.length - 1];
    out.push({ entry: found.entry, form: text.slice(tokens[i].start, last.end).replace(QUOTE_CHARS, '').trim() });
    i += found.words.length;
  }
  return out;
}

/**
 * Glossary terms used in the sentences, in order of first use. Each hit lists every sentence using it and, when
 * a sentence that uses the term also matches one of its known misstatements, the first such sentence.
 */
export function findTerms(sentences: Sentence[]): GlossaryHit[] {
  const hits = new Map<GlossaryTerm, GlossaryHit>();
  for (const sentence of sentences) {
    const text = straighten(sentence.text);
    for (const { entry, form } of matchSentence(text)) {
      let hit = hits.get(entry);
      if (!hit) {
        hit = {
          term: entry.term,
          definition: entry.definition,
          category: entry.category,
          sentences: [],
          forms: [],
          misstatement: null,
        };
        hits.set(entry, hit);
      }
      if (hit.sentences.includes(sentence.index)) continue;
      hit.sentences.push(sentence.index);
      hit.forms.push(form);
      if (hit.misstatement) continue;
      const slip = entry.misstatements?.find((m) => m.pattern.test(text));
      if (slip) hit.misstatement = { sentence: sentence.index, wrong: slip.wrong, right: slip.right };
    }
  }
  return [...hits.values()];
}
