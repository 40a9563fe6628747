import type { TermHit } from '../analysis/types';
import type { GlossaryEntry } from './context';
import { norm } from './util';
import { escapeRegExp, foldCase } from '../text/normalise';

const formRe = new Map<string, RegExp>();

/**
 * The words a sentence actually uses for a glossary term ("with prejudice" for "dismissal with prejudice",
 * "indicted" for "indictment"), found among the term and its aliases; null when none is printed there.
 */
export function writtenForm(hit: TermHit, sentence: string, glossary: GlossaryEntry[]): string | null {
  const entry = glossary.find((g) => norm(g.term) === norm(hit.term));
  const forms = [hit.term, ...(entry?.aliases ?? [])].sort((a, b) => b.length - a.length);
  const flat = sentence.replace(/[‘’]/g, "'");
  const lower = flat.toLowerCase();
  for (const f of forms) {
    if (!lower.includes(foldCase(f).slice(0, Math.max(3, f.length - 2)))) continue;
    let re = formRe.get(f);
    if (!re) {
      const esc = escapeRegExp(f).replace(/[‘’]/g, "'");
      // Plural or possessive endings on the last word are accepted, as the glossary lookup does.
      re = new RegExp(`(?<![\\p{L}])${esc}(?:e?s|ies|'s)?(?![\\p{L}])`, 'iu');
      formRe.set(f, re);
    }
    const m = re.exec(flat);
    if (m) return sentence.slice(m.index, m.index + m[0].length);
  }
  return null;
}

const termRe = new Map<string, RegExp>();

/**
 * The term itself as printed in a sentence, allowing only a plural or possessive ending ("charges" for
 * "charge"), or null. Aliases are left out on purpose: a related word ("alleged" for "allegedly", "ruled" for
 * "ruling") is another part of speech, and the term's definition would not fit it.
 */
export function printedTerm(term: string, sentence: string): string | null {
  let re = termRe.get(term);
  if (!re) {
    const esc = escapeRegExp(term)
      .replace(/[‘’']/g, "['‘’]")
      .replace(/\s+/g, '\\s+');
    const plural = /y$/i.test(term) ? `(?:e?s|'s|’s)?|${esc.slice(0, -1)}ies` : `(?:e?s|'s|’s)?`;
    re = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${esc}${plural})(?![\\p{L}\\p{N}-])`, 'iu');
    termRe.set(term, re);
  }
  const m = re.exec(sentence);
  return m ? m[0] : null;
}
