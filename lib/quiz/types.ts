import type { AnswerKey } from './grade';

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

/**
 * How a question is answered. `choice`: one option. `evidence`: the student selects sentences of the article.
 * `two-part`: part A one option, part B the sentence(s) that support it. `order`: put items in the order they
 * happened. `multi`: pick exactly the stated number of options.
 */
export const QUESTION_KINDS = ['choice', 'evidence', 'two-part', 'order', 'multi'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A generated question with its answer key. Never sent to a browser before grading. */
export interface Question {
  /** Stable id derived from the content (same article, same id). */
  id: string;
  skill: Skill;
  prompt: string;
  /** Absent means `choice` (every question generated before kinds existed). */
  kind?: QuestionKind;
  /**
   * In canonical order: 3 or 4 options (`choice`, part A of `two-part`, `multi`), the items to put in order
   * (`order`), none for `evidence`.
   */
  options: string[];
  /** The right option of `choice` and of part A of `two-part`; -1 for the other kinds (their `key` says it). */
  answer: number;
  /**
   * The key of every kind but `choice` (whose key is `options`/`answer`): `evidence` -> `sentences`,
   * `two-part` -> `two-part`, `order` -> `order`, `multi` -> `several` (see lib/quiz/grade.ts).
   */
  key?: AnswerKey;
  /** Two-part items: the prompt of part B (the sentence that supports part A's answer). */
  partB?: { prompt: string };
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
  kind: QuestionKind;
  prompt: string;
  /** In the order shown to this player (for `order`, the starting order of the items). */
  options: string[];
  /** How many to choose: sentences (`evidence`, part B of `two-part`) or options (`multi`). */
  pick?: number;
  partB?: { prompt: string; pick: number };
}

/** Bumped whenever generators change what they produce, so stored quizzes are regenerated. */
export const GENERATOR_VERSION = 15;
