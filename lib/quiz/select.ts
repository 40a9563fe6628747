import { SKILLS, type PublicQuestion, type Question, type Skill } from './types';
import { fnv1a } from './util';

/** mulberry32: a tiny seeded PRNG, good enough to shuffle quiz questions reproducibly. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

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
  return { id: q.id, skill: q.skill, prompt: q.prompt, options: order.map((i) => q.options[i]) };
}
