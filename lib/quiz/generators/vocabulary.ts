import type { Question } from '../types';
import type { GenContext, GlossaryEntry } from '../context';
import type { TermHit } from '../../analysis/types';
import { finish, excerpt, label, norm, textOf, withoutDateline } from '../util';
import { printedTerm } from '../terms';
import { kindOf, senseShown } from './vocabulary-sense';

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

/** May `other`'s definition be offered as a wrong meaning of `asked`? Never when one could also fit (tooClose). */
export function wrongMeaningFor(asked: GlossaryEntry, other: GlossaryEntry): boolean {
  return !tooClose(prepare(asked), prepare(other));
}

/**
 * Two terms whose meanings say much the same ("jury" and "juror"): a question on one answers the other. Terms that
 * merely share a word ("dismissal", "motion to dismiss") ask different things and may both be asked.
 */
function twins(a: Prepared, b: Prepared): boolean {
  let shared = 0;
  for (const w of a.defStems) if (b.defStems.has(w)) shared++;
  const overlap = shared / Math.max(1, Math.min(a.defStems.size, b.defStems.size));
  return overlap > 0.65;
}

/** Syllables of a word, roughly (vowel groups): enough to rank "manslaughter" above "charge". */
function syllables(word: string): number {
  return Math.max(1, (word.toLowerCase().replace(/e$/, '').match(/[aeiouy]+/g) ?? []).length);
}

/** How hard a term is for a young reader: long words and multi-word terms first, short everyday words last. */
function hardness(term: string): number {
  const words = term.split(/\s+/).filter((w) => !/^(the|a|an|of|to|with|in)$/i.test(w));
  return words.reduce((n, w) => n + syllables(w), 0) + (words.length > 1 ? 1 : 0);
}

/**
 * Does the key repeat words of the sentence around the term that no wrong meaning shares ("…so it cannot prove
 * that walking helps" beside "…so it cannot prove cause")? Then matching words, not the meaning, finds the key.
 */
export function echoesSentence(term: string, key: string, wrong: string[], sentence: string): boolean {
  const own = stems(term);
  const around = new Set([...stems(sentence)].filter((w) => !own.has(w)));
  const overlap = (d: string) => [...stems(d)].filter((w) => around.has(w)).length;
  const keyHits = overlap(key);
  return keyHits >= 2 && keyHits >= Math.max(0, ...wrong.map(overlap)) + 2;
}

/**
 * Vocabulary in context: which definition fits a glossary term as the article uses it. Distractors are the
 * definitions of other terms: first those the article itself uses, then glossary terms of the same category,
 * never one close enough to the asked term to be right as well. Hard terms come first, each on a sentence
 * of its own where possible, so a capped bank keeps the most useful ones.
 */
export function vocabularyQuestions(ctx: GenContext): Question[] {
  const { analysis, glossary } = ctx;
  const byTerm = new Map<string, GlossaryEntry>(glossary.map((g) => [norm(g.term), g]));
  const out: Question[] = [];
  const usedSentences = new Set<number>();
  const shareWord = (a: string, b: string) => {
    const wa = new Set(norm(a).split(' ').filter((w) => w.length > 3));
    return norm(b).split(' ').some((w) => wa.has(w));
  };
  // A sentence that misuses a term (or a term sharing a word with it) belongs to spot-error: asking for the
  // dictionary meaning there would reward the very misreading the article makes.
  const misused = (term: string, i: number) =>
    analysis.terms.some((h) => h.misstatement?.sentence === i && (norm(h.term) === norm(term) || shareWord(h.term, term)));
  const ranked = analysis.terms
    .map((hit, n) => ({ hit, n }))
    .sort((a, b) => hardness(b.hit.term) - hardness(a.hit.term) || a.n - b.n);
  // The terms the bank will ask about: one of two close terms ("jury" and "jurors") only, since one's key gives
  // the other away. Their meanings are keys, offered as a wrong meaning of another term only when nothing else is
  // left, and never both ways (a student who answered one question would strike it from the next).
  // A term the bank can ask about: printed in a sentence that shows the glossary's sense of it.
  const placeable = (hit: TermHit) => {
    const entry = byTerm.get(norm(hit.term)) ?? { term: hit.term, definition: hit.definition };
    return hit.sentences.some((i) => {
      const text = textOf(analysis.sentences, i);
      const written = !misused(hit.term, i) && printedTerm(hit.term, text);
      return !!written && senseShown(entry, text, written, text.indexOf(written));
    });
  };
  // Of two twins, the one with a sentence of its own wins, so the bank spreads over the article.
  const own = (hit: TermHit) => hit.sentences.some((i) => analysis.terms.every((o) => o === hit || !o.sentences.includes(i)));
  const plan: typeof ranked = [];
  for (const r of ranked) {
    if (!r.hit.definition || !placeable(r.hit)) continue;
    const me = prepare({ term: r.hit.term, definition: r.hit.definition });
    const twin = plan.findIndex((o) => twins(me, prepare({ term: o.hit.term, definition: o.hit.definition })));
    if (twin < 0) plan.push(r);
    else if (own(r.hit) && !own(plan[twin].hit)) plan.splice(twin, 1, r);
  }
  const keys = new Set(plan.map(({ hit }) => norm(hit.definition)));
  // The meanings already on offer as wrong ones: none is offered twice (four questions over one set of four
  // meanings is a 50/50 by the end).
  const offered = new Map<string, number>();
  for (const { hit, n } of plan) {
    // "the defendant's interest": a possessive asks for the meaning of a noun through a word that is not one, and
    // the options (meanings of nouns) cannot fill its place; a sentence printing the bare term is used, or none.
    const usable = hit.sentences.filter((i) => {
      const written = !misused(hit.term, i) && printedTerm(hit.term, textOf(analysis.sentences, i));
      return !!written && !/['’]s?$/.test(written);
    });
    // The bare term beats the term inside a longer phrase ("discovery" over "late discovery"), and a sentence
    // no other vocabulary question uses beats a shared one.
    const inPhrase = (i: number) => {
      const g = byTerm.get(norm(hit.term));
      const text = textOf(analysis.sentences, i);
      return (g?.aliases ?? []).some((a) => a.includes(' ') && norm(a).includes(norm(hit.term)) && norm(text).includes(norm(a))) ? 1 : 0;
    };
    const entry = byTerm.get(norm(hit.term)) ?? { term: hit.term, definition: hit.definition };
    // The first sentence, in that order, that shows the glossary's sense: a term first printed where its sense is
    // not shown (inside a quote about something else) is asked where it is.
    const shows = (i: number) => {
      const text = textOf(analysis.sentences, i);
      const w = printedTerm(hit.term, text)!;
      return senseShown(entry, text, w, text.indexOf(w));
    };
    const at = [...usable].sort((a, b) => inPhrase(a) - inPhrase(b) || Number(usedSentences.has(a)) - Number(usedSentences.has(b)) || a - b).find(shows);
    if (at === undefined) continue;
    const sentence = textOf(analysis.sentences, at);
    const written = printedTerm(hit.term, sentence)!;
    const asked = prepare({ term: hit.term, definition: hit.definition });
    const category = entry.category;
    // Distractors describe the same kind of thing as the key: the only definition of a person among three of
    // acts would give the answer away.
    const kind = kindOf(hit.definition);
    const ok = (e: GlossaryEntry) => kindOf(e.definition) === kind && !tooClose(asked, prepare(e));
    // Rotated by the term's position, so each question gets a different mix of the article's other terms.
    const inArticle = analysis.terms.filter((t) => ok(t) && (!category || byTerm.get(norm(t.term))?.category === category));
    const shift = n % Math.max(1, inArticle.length);
    const len = hit.definition.length;
    // Then glossary definitions of similar length, so the right one does not stand out by its length.
    const byCloseness = (a: GlossaryEntry, b: GlossaryEntry) =>
      Math.abs(a.definition.length - len) - Math.abs(b.definition.length - len) || a.term.localeCompare(b.term);
    // Only a handful of candidates is ever needed, so the glossary is scanned lazily per shelf.
    const same = glossary.filter((g) => category && g.category === category && ok(g)).sort(byCloseness);
    // Never meanings from another field: "summit, cyclone, stampede" for "exhibition", "acquittal" for "jurors" were
    // ruled out by the sentence without knowing the word (ninth, tenth and eleventh blind sets); with too few of its
    // own field, the term is not asked.
    const rest: GlossaryEntry[] = [];
    // Definitions within a third of the key's length first, so the key is not the one long (or short) option.
    const far = (d: string) => Math.abs(d.length - len) > len / 3;
    // Meanings from another field come last: three court terms beside the one science option in a health study
    // point at the key (the sixth blind review), so the article's own terms and the key's shelf go first.
    const foreign = new Set(rest.map((e) => norm(e.definition)));
    const pool = [...inArticle.slice(shift), ...inArticle.slice(0, shift), ...same, ...rest]
      .map((e) => e.definition)
      .filter((d) => !out.some((o) => norm(o.options[o.answer]) === norm(d)))
      .sort((a, b) =>
        Number(keys.has(norm(a))) - Number(keys.has(norm(b))) ||
        Number(foreign.has(norm(a))) - Number(foreign.has(norm(b))) ||
        (offered.get(norm(a)) ?? 0) - (offered.get(norm(b)) ?? 0) ||
        Number(far(a)) - Number(far(b)));
    // Greedily, at most one wrong meaning in common with any earlier question.
    const chosen: string[] = [];
    for (const d of pool) {
      if (chosen.length === 3) break;
      const k = norm(d);
      if (k === norm(hit.definition) || chosen.some((c) => norm(c) === k)) continue;
      // A wrong meaning offered once is not offered again: by the third question a student strikes it from the
      // pattern alone, without reading the sentence.
      if (!offered.has(k)) chosen.push(d);
    }
    const body = withoutDateline(sentence).includes(written) ? withoutDateline(sentence) : sentence;
    const shown = excerpt(body, 30, body.indexOf(written));
    if (echoesSentence(hit.term, hit.definition, chosen, body)) continue;
    const q = finish({
      skill: 'vocabulary',
      prompt: `The article says: “${shown}” What does “${written}” mean here?`,
      answer: hit.definition,
      distractors: chosen,
      evidence: [at],
      explanation:
        `Read the words around “${written}” in ${label(at)}: “${shown}” ` +
        // Not "only this fits the sentence": another word's meaning may read as well in its place ("one of the worst
        // cyclones in decades"), and the claim would be false (ninth blind set); what is true is whose meaning each is.
        `Here “${written}” means “${hit.definition.replace(/\.$/, '')}”, the meaning that fits the sentence as the article uses the word. ` +
        `The other options are the meanings of other words, not of “${written}”. To check, look “${hit.term}” up in a dictionary or a glossary.`,
      difficulty: hardness(hit.term) >= 4 ? 2 : 1,
    });
    if (!q) continue;
    const wrong = new Set(q.options.filter((_, i) => i !== q.answer).map(norm));
    // A key already offered as a wrong meaning, or a wrong meaning that is an earlier key: the pair would
    // answer each other.
    if (out.some((o) => wrong.has(norm(o.options[o.answer])) || o.options.some((x, i) => i !== o.answer && norm(x) === norm(q.options[q.answer])))) continue;
    for (const d of wrong) offered.set(d, (offered.get(d) ?? 0) + 1);
    usedSentences.add(at);
    out.push(q);
  }
  return out;
}
