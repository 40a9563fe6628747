import { SKILLS, type PublicQuestion, type Question, type Skill } from './types';
import { fnv1a, mulberry32, shuffle } from './util';

/** A picked question: its id and the option order shown (order[i] = canonical index shown at position i). */
export interface Pick {
  questionId: string;
  order: number[];
}

/**
 * A balanced quiz for one player: round-robin over the skills (in a seeded order), one question per skill per
 * round, so no skill gets two more questions than another while it still has some left. Same seed, same quiz.
 */
export function selectQuiz(
  questions: Question[],
  opts: { count?: number; seed: string; skills?: Skill[] },
): Pick[] {
  const count = opts.count ?? 10;
  const rand = mulberry32(parseInt(fnv1a(opts.seed), 16));
  const skills = shuffle(
    SKILLS.filter((s) => !opts.skills || opts.skills.includes(s)),
    rand,
  );
  const queues = skills.map((s) => shuffle(questions.filter((q) => q.skill === s), rand));
  const picked: Question[] = [];
  while (picked.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const q = queue.shift();
      if (q && picked.length < count) picked.push(q);
    }
  }
  return picked.map((q) => ({
    questionId: q.id,
    order: shuffle(
      q.options.map((_, i) => i),
      rand,
    ),
  }));
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
