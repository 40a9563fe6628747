import { QUESTION_KINDS, SKILLS, type PublicQuestion, type Question, type QuestionKind, type Skill } from './types';
import { fnv1a, mulberry32, shuffle } from './util';
import { clash as repeats } from './one-quiz';
import { containsWords, norm } from './util';

/** The kinds a quiz deals when the caller does not say: every kind (the pages, storage and the submit play them all). */
export const DEFAULT_KINDS: readonly QuestionKind[] = QUESTION_KINDS;

/** A picked question: its id and the option order shown (order[i] = canonical index shown at position i). */
export interface Pick {
  questionId: string;
  order: number[];
}

/**
 * A balanced quiz for one player. First one question of each kind other than `choice` that `kinds` allows (in a
 * seeded order), so a quiz that may hold evidence, two-part, order and several-answer items does; then round-robin
 * over the skills (in a seeded order), one question per skill per round. A question is taken only for a skill with
 * the fewest so far, so no skill gets two more questions than another while it still has some left. Same seed, same
 * quiz. Only questions of `kinds` (default DEFAULT_KINDS) are dealt, and none that clashes with one already dealt
 * (see `clash` in one-quiz.ts). The options are shuffled; the items of an `order` question are never dealt already in the right
 * order, and an `evidence` question has no options (order []).
 */
export function selectQuiz(
  questions: Question[],
  opts: { count?: number; seed: string; skills?: Skill[]; kinds?: readonly QuestionKind[] },
): Pick[] {
  const count = opts.count ?? 10;
  const kinds = opts.kinds ?? DEFAULT_KINDS;
  const rand = mulberry32(parseInt(fnv1a(opts.seed), 16));
  const skills = shuffle(
    SKILLS.filter((s) => !opts.skills || opts.skills.includes(s)),
    rand,
  );
  const playable = questions.filter((q) => kinds.includes(q.kind ?? 'choice'));
  const queues = skills.map((skill) => ({ skill, items: shuffle(playable.filter((q) => q.skill === skill), rand), dealt: 0 }));
  const picked: Question[] = [];
  // A question that clashes with one dealt clashes for good: the dealt ones only grow.
  const live = () => queues.filter((queue) => (queue.items = queue.items.filter((q) => !picked.some((p) => clash(p, q)))).length > 0);
  const take = (queue: (typeof queues)[number], at: number) => {
    picked.push(...queue.items.splice(at, 1));
    queue.dealt++;
  };
  // The scarcest kind first (an article has one order item, many evidence items), and of each kind an item that
  // leaves every kind still to come a question it does not clash with.
  const ofKind = (kind: QuestionKind) => playable.filter((q) => q.kind === kind);
  const toCome = shuffle(kinds.filter((k) => k !== 'choice'), rand).sort((a, b) => ofKind(a).length - ofKind(b).length);
  while (toCome.length > 0 && picked.length < count) {
    const kind = toCome.shift()!;
    const open = live();
    if (open.length === 0) break;
    const fewest = Math.min(...open.map((queue) => queue.dealt));
    const spares = (q: Question) => toCome.every((k) => ofKind(k).length === 0 || ofKind(k).some((o) => o !== q && !clash(q, o) && !picked.some((p) => clash(p, o))));
    const candidates = open.filter((x) => x.dealt === fewest).flatMap((x) => x.items.filter((q) => q.kind === kind).map((q) => ({ x, q })));
    const best = candidates.find((c) => spares(c.q)) ?? candidates[0];
    if (best) take(best.x, best.x.items.indexOf(best.q));
  }
  while (picked.length < count) {
    const open = live();
    if (open.length === 0) break;
    const fewest = Math.min(...open.map((queue) => queue.dealt));
    for (const queue of open) {
      if (picked.length >= count) break;
      if (queue.dealt === fewest && live().includes(queue)) take(queue, 0);
    }
  }
  return picked.map((q) => ({ questionId: q.id, order: deal(q, rand) }));
}

/** The right option of a question with one (`choice`, part A of `two-part`), else null. */
const oneAnswer = (q: Question): string | null => ((q.kind ?? 'choice') === 'choice' || q.kind === 'two-part' ? (q.options[q.answer] ?? null) : null);

/**
 * Two questions not dealt in one quiz: one repeats the other or prints its answer (one-quiz.ts, which the bank
 * already keeps), or, stricter in a short quiz when one of them is of a new kind, a prompt prints the other's
 * answer even when it is a bare name, or the two share two options (two who-said items over the same names).
 */
function clash(a: Question, b: Question): boolean {
  if (repeats(a, b)) return true;
  if ((a.kind ?? 'choice') === 'choice' && (b.kind ?? 'choice') === 'choice') return false;
  const prints = (x: Question, y: Question) => {
    const answer = oneAnswer(y);
    return answer !== null && containsWords(x.prompt, answer);
  };
  const shared = a.options.filter((o) => b.options.some((p) => norm(p) === norm(o))).length;
  return shared >= 2 || prints(a, b) || prints(b, a);
}

/** The order the options are shown in: shuffled; an `order` item never starts right; an `evidence` item has none. */
function deal(q: Question, rand: () => number): number[] {
  const canonical = q.options.map((_, i) => i);
  if (q.kind === 'evidence') return [];
  let order = shuffle(canonical, rand);
  const right = q.key?.kind === 'order' ? q.key.order : null;
  // A shuffle of 3+ items is right 1 time in 6 at most; dealing again until it is not ends almost at once.
  while (right && right.length > 1 && order.every((x, i) => x === right[i])) order = shuffle(canonical, rand);
  return order;
}

/** The question as a browser may see it: options in the shown order, no answer, evidence or explanation. */
export function toPublicQuestion(q: Question, order: number[]): PublicQuestion {
  const shown: PublicQuestion = { id: q.id, skill: q.skill, kind: q.kind ?? 'choice', prompt: q.prompt, options: order.map((i) => q.options[i]) };
  // How many to choose is part of the question ("Which two people…"), never which ones.
  const key = q.key;
  if (key?.kind === 'sentences') shown.pick = key.sentences.length;
  if (key?.kind === 'several') shown.pick = key.answers.length;
  if (key?.kind === 'two-part' && q.partB) shown.partB = { prompt: q.partB.prompt, pick: key.sentences.length };
  return shown;
}
