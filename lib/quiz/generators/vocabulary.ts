import type { Question } from '../types';
import type { GenContext, GlossaryEntry } from '../context';
import { finish, excerpt, label, norm, textOf } from '../util';
import { writtenForm } from '../terms';

const STOP = new Set(
  ('that with which their there about from into this these those when where what have been were they them than ' +
    'then also such only other some very more most make made does done being usually someone something person people')
    .split(' '),
);
const stemCache = new Map<string, Set<string>>();
/** Content-word stems (first 5 letters of words of 4+ letters), so "charges" and "charge" count as one. */
function stems(text: string): Set<string> {
  let s = stemCache.get(text);
  if (!s) {
    s = new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5)));
    if (stemCache.size > 5000) stemCache.clear();
    stemCache.set(text, s);
  }
  return s;
}
const meets = (a: Set<string>, b: Set<string>) => {
  for (const w of a) if (b.has(w)) return true;
  return false;
};

/** What tooClose compares, computed once per entry: normalised texts and stem sets. */
interface Prepared {
  entry: GlossaryEntry;
  term: string;
  definition: string;
  termStems: Set<string>;
  defStems: Set<string>;
}
const prepCache = new WeakMap<GlossaryEntry, Prepared>();
function prepare(entry: GlossaryEntry): Prepared {
  let p = prepCache.get(entry);
  if (!p) {
    p = { entry, term: norm(entry.term), definition: norm(entry.definition), termStems: stems(entry.term), defStems: stems(entry.definition) };
    prepCache.set(entry, p);
  }
  return p;
}

/**
 * True when `other` could also fit where `asked` is used, so it must not be a distractor: the names share a
 * word ("dismissal" / "motion to dismiss"), one name appears in the other's definition ("the state" is defined
 * through prosecutors), or the definitions say much the same thing.
 */
function tooClose(asked: Prepared, other: Prepared): boolean {
  if (asked.term === other.term || asked.definition === other.definition) return true;
  if (meets(asked.termStems, other.termStems) || meets(other.termStems, asked.defStems) || meets(asked.termStems, other.defStems)) {
    return true;
  }
  let shared = 0;
  for (const w of asked.defStems) if (other.defStems.has(w)) shared++;
  return shared / Math.max(1, Math.min(asked.defStems.size, other.defStems.size)) >= 0.34;
}

/**
 * Vocabulary in context: which definition fits a glossary term as the article uses it. Distractors are the
 * definitions of other terms: first those the article itself uses, then glossary terms of the same category,
 * never one close enough to the asked term to be right as well.
 */
export function vocabularyQuestions(ctx: GenContext): Question[] {
  const { analysis, glossary } = ctx;
  const byTerm = new Map<string, GlossaryEntry>(glossary.map((g) => [norm(g.term), g]));
  const out: Question[] = [];
  analysis.terms.forEach((hit, n) => {
    const at = hit.sentences.find((i) => writtenForm(hit, textOf(analysis.sentences, i), glossary));
    if (at === undefined || !hit.definition) return;
    const sentence = textOf(analysis.sentences, at);
    const written = writtenForm(hit, sentence, glossary)!;
    const asked = prepare({ term: hit.term, definition: hit.definition });
    const askedWritten = prepare({ term: written, definition: hit.definition });
    const category = byTerm.get(norm(hit.term))?.category;
    const ok = (e: GlossaryEntry) => {
      const p = prepare(e);
      return !tooClose(asked, p) && !tooClose(askedWritten, p);
    };
    // Rotated by the term's position, so each question gets a different mix of the article's other terms.
    const inArticle = analysis.terms.filter(ok);
    const shift = n % Math.max(1, inArticle.length);
    const len = hit.definition.length;
    // Then glossary definitions of similar length, so the right one does not stand out by its length.
    const byCloseness = (a: GlossaryEntry, b: GlossaryEntry) =>
      Math.abs(a.definition.length - len) - Math.abs(b.definition.length - len) || a.term.localeCompare(b.term);
    // Only a handful of candidates is ever needed, so the glossary is scanned lazily per shelf.
    const same = glossary.filter((g) => category && g.category === category && ok(g)).sort(byCloseness);
    const rest = same.length + inArticle.length >= 6 ? [] : glossary.filter((g) => !(category && g.category === category) && ok(g)).sort(byCloseness);
    const pool = [...inArticle.slice(shift), ...inArticle.slice(0, shift), ...same, ...rest].map((e) => e.definition);
    const shown = excerpt(sentence, 30, sentence.indexOf(written));
    const q = finish({
      skill: 'vocabulary',
      prompt: `The article says: “${shown}” What does “${written}” mean here?`,
      answer: hit.definition,
      distractors: pool,
      evidence: [at],
      explanation:
        `Read the words around “${written}” in ${label(at)}: “${excerpt(sentence, 30, sentence.indexOf(written))}” ` +
        `Then try each meaning in its place: only “${hit.definition}” keeps the sentence true. ` +
        `A legal or science glossary confirms it; the other options are meanings of different terms.`,
      difficulty: written.includes(' ') ? 2 : 1,
    });
    if (q) out.push(q);
  });
  return out;
}
