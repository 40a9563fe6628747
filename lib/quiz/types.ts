/** The fact-checking skills a question can teach. */
export const SKILLS = [
  'statistics',
  'vocabulary',
  'who-said',
  'who-is',
  'timeline',
  'record-or-claim',
  'source',
  'spot-error',
  'numbers',
] as const;
export type Skill = (typeof SKILLS)[number];

/** A generated question with its answer key. Never sent to a browser before grading. */
export interface Question {
  /** Stable id derived from the content (same article, same id). */
  id: string;
  skill: Skill;
  prompt: string;
  /** 3 or 4 options, in canonical order (the answer index refers to this order). */
  options: string[];
  answer: number;
  /** Sentence indices the question rests on. */
  evidence: number[];
  /** Teaches the skill: why the answer is right, how to check it. */
  explanation: string;
  difficulty: 1 | 2 | 3;
}

/** What a browser may see before the attempt is graded: no answer, no explanation, no evidence. */
export interface PublicQuestion {
  id: string;
  skill: Skill;
  prompt: string;
  options: string[];
}

/** Bumped whenever generators change what they produce, so stored quizzes are regenerated. */
export const GENERATOR_VERSION = 6;
