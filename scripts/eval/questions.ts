import type { Question } from '../../lib/quiz/types';
import type { Count, EvalDoc } from './types';
import { bare } from './text';

/** Content words of a text, for overlap between a stem and its options. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
}

const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;

/** Index of the largest score; ties go to the first option, as a guesser without a reason would pick. */
function best(scores: number[]): number {
  return scores.reduce((bi, s, i) => (s > scores[bi] ? i : bi), 0);
}

/**
 * Guessers that never read the article, each picking one option from the question alone. A question bank
 * that lets one of them beat chance teaches test-taking, not fact-checking.
 */
export const GUESSERS: Record<string, (q: Question, keyed: Map<string, number>) => number> = {
  longest: (q) => best(q.options.map((o) => o.length)),
  'overlap with stem': (q) => best(q.options.map((o) => overlap(words(o), words(q.prompt)))),
  'odd one out': (q) => {
    const sets = q.options.map(words);
    // The option sharing fewest words with the others, and then the one whose length is furthest from the rest.
    const mean = q.options.reduce((n, o) => n + o.length, 0) / q.options.length;
    return best(sets.map((s, i) => -sets.reduce((n, t, j) => (i === j ? n : n + overlap(s, t)), 0) * 1000 + Math.abs(q.options[i].length - mean)));
  },
  'most common key': (q, keyed) => best(q.options.map((o) => keyed.get(`${q.skill}|${bare(o)}`) ?? 0)),
  'most common position': (q, keyed) => best(q.options.map((_, i) => keyed.get(`${q.skill}|#${i}`) ?? 0)),
};

/** How often each option text and each position is the key, per skill, over the given questions. */
export function keyCounts(questions: Question[]): Map<string, number> {
  const keyed = new Map<string, number>();
  const add = (k: string) => keyed.set(k, (keyed.get(k) ?? 0) + 1);
  for (const q of questions) {
    add(`${q.skill}|${bare(q.options[q.answer])}`);
    add(`${q.skill}|#${q.answer}`);
  }
  return keyed;
}

/**
 * Each guesser's hits over every question, and chance (the sum of 1/options) to compare them with. The guessers
 * that learn which keys are common learn them from the other articles only, as a student who played the other
 * quizzes would (counting a question's own key would reward every article-specific answer).
 */
export function closedBook(docs: EvalDoc[]): { chance: number; total: number; guessers: Record<string, number> } {
  const questions = docs.flatMap((d) => d.questions);
  const guessers: Record<string, number> = Object.fromEntries(Object.keys(GUESSERS).map((name) => [name, 0]));
  for (const doc of docs) {
    const keyed = keyCounts(docs.filter((d) => d !== doc).flatMap((d) => d.questions));
    for (const [name, guess] of Object.entries(GUESSERS)) {
      guessers[name] += doc.questions.filter((q) => guess(q, keyed) === q.answer).length;
    }
  }
  const chance = questions.reduce((n, q) => n + 1 / q.options.length, 0);
  return { chance, total: questions.length, guessers };
}

/** Questions and skills of one article, and whether it meets the coverage bar (10 across 5 skills at 300+ words). */
export function coverage(doc: EvalDoc): { questions: number; skills: number; bar: Count } {
  const skills = new Set(doc.questions.map((q) => q.skill)).size;
  const due = doc.analysis.stats.words >= 300;
  const ok = doc.questions.length >= 10 && skills >= 5;
  return { questions: doc.questions.length, skills, bar: { hit: due && ok ? 1 : 0, total: due ? 1 : 0 } };
}
