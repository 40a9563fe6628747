import type { Question } from '../types';
import type { GenContext, GlossaryEntry } from '../context';
import { finish, excerpt, label, norm, textOf, type Draft } from '../util';
import { writtenForm } from '../terms';

/**
 * Vocabulary in context: which definition fits a glossary term as the article uses it. Distractors are the
 * definitions of other terms: first those the article itself uses, then glossary terms of the same category.
 */
export function vocabularyQuestions(ctx: GenContext): Question[] {
  const { analysis, glossary } = ctx;
  const byTerm = new Map<string, GlossaryEntry>(glossary.map((g) => [norm(g.term), g]));
  const out: Question[] = [];
  for (const hit of analysis.terms) {
    const at = hit.sentences.find((i) => writtenForm(hit, textOf(analysis.sentences, i), glossary));
    if (at === undefined || !hit.definition) continue;
    const sentence = textOf(analysis.sentences, at);
    const written = writtenForm(hit, sentence, glossary)!;
    const category = byTerm.get(norm(hit.term))?.category;
    const isOther = (t: string) => norm(t) !== norm(hit.term);
    // Rotated by the term's position, so each question gets a different mix of the article's other terms.
    const others = analysis.terms.filter((t) => isOther(t.term)).map((t) => t.definition);
    const shift = analysis.terms.indexOf(hit) % Math.max(1, others.length);
    const inArticle = [...others.slice(shift), ...others.slice(0, shift)];
    const sameCategory = glossary.filter((g) => isOther(g.term) && category && g.category === category);
    const rest = glossary.filter((g) => isOther(g.term) && !(category && g.category === category));
    // Prefer definitions of similar length, so the right one does not stand out by being the longest.
    const len = hit.definition.length;
    const byCloseness = (a: GlossaryEntry, b: GlossaryEntry) =>
      Math.abs(a.definition.length - len) - Math.abs(b.definition.length - len) || a.term.localeCompare(b.term);
    const pool = [
      ...inArticle,
      ...[...sameCategory].sort(byCloseness).map((g) => g.definition),
      ...[...rest].sort(byCloseness).map((g) => g.definition),
    ].filter((d) => norm(d) !== norm(hit.definition));
    const shown = excerpt(sentence, 30, sentence.indexOf(written));
    const draft: Draft = {
      skill: 'vocabulary',
      prompt: `The article says: “${shown}” What does “${written}” mean here?`,
      answer: hit.definition,
      distractors: pool,
      evidence: [at],
      explanation:
        `Read the words around “${written}” in ${label(at)}: “${excerpt(sentence, 30)}” ` +
        `Then try each meaning in its place: only “${hit.definition}” keeps the sentence true. ` +
        `A legal or science glossary confirms it; the other options are meanings of different terms.`,
      difficulty: written.includes(' ') ? 2 : 1,
    };
    const q = finish(draft);
    if (q) out.push(q);
  }
  return out;
}
