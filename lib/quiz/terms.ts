import type { TermHit } from '../analysis/types';
import type { GlossaryEntry } from './context';
import { norm } from './util';

/**
 * The words a sentence actually uses for a glossary term ("with prejudice" for "dismissal with prejudice",
 * "indicted" for "indictment"), found among the term and its aliases; null when none is printed there.
 */
export function writtenForm(hit: TermHit, sentence: string, glossary: GlossaryEntry[]): string | null {
  const entry = glossary.find((g) => norm(g.term) === norm(hit.term));
  const forms = [hit.term, ...(entry?.aliases ?? [])].sort((a, b) => b.length - a.length);
  const flat = sentence.replace(/[‘’]/g, "'");
  for (const f of forms) {
    const esc = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "'");
    // Plural or possessive endings on the last word are accepted, as the glossary lookup does.
    const m = new RegExp(`(?<![\\p{L}])${esc}(?:e?s|ies|'s)?(?![\\p{L}])`, 'iu').exec(flat);
    if (m) return sentence.slice(m.index, m.index + m[0].length);
  }
  return null;
}
