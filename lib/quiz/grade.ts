import type { Question } from './types';

/**
 * The one grader: the only code that decides right, wrong and the score. The submit use case
 * (lib/server/submit-attempt.ts) reads the player's sheet into `PlayerResponse`s, loads each dealt question's
 * `AnswerKey` and calls `gradeSheet`; nothing in SQL grades.
 */

/** Thrown for an answer sheet that does not fit the quiz; the message names the question number. */
export class GradeError extends Error {
  /** The id of the question the message is about, when it is about one (a form shows it next to that field). */
  readonly questionId?: string;
  /** Every question left without an answer, when there are several (the message names them all). */
  readonly missing?: string[];
  constructor(message: string, questionId?: string, missing?: string[]) {
    super(message);
    this.name = 'GradeError';
    this.questionId = questionId;
    if (missing) this.missing = missing;
  }
}

/**
 * The right answer of a question, by kind. Indices are canonical (the player's shuffle is undone before grading).
 * `points` is what a fully right answer is worth: a whole number, 1 unless set.
 * - `one`: one option of `options` is right.
 * - `several`: every option in `answers` and no other (partial credit: right picks less wrong picks).
 * - `order`: the items, listed in their right order (partial credit: neighbouring pairs in the right order).
 * - `sentences`: the sentences of the article (of `within`) that hold the evidence (partial credit as `several`).
 * - `two-part`: part A one option (`answer` of `options`), part B the supporting sentences (of `within`); worth
 *   2 points: both right 2, part A alone 1, otherwise 0 (part B earns nothing without part A).
 */
export type AnswerKey =
  | { kind: 'one'; answer: number; options: number; points?: number }
  | { kind: 'several'; answers: number[]; options: number; points?: number }
  | { kind: 'order'; order: number[]; points?: number }
  | { kind: 'sentences'; sentences: number[]; within: number; points?: number }
  | { kind: 'two-part'; answer: number; options: number; sentences: number[]; within: number; points?: number };

/** What a player answered to one question, in canonical indices; its kind must match the key's. */
export type PlayerResponse =
  | { kind: 'one'; option: number }
  | { kind: 'several'; options: number[] }
  | { kind: 'order'; order: number[] }
  | { kind: 'sentences'; sentences: number[] }
  | { kind: 'two-part'; option: number; sentences: number[] };

export type AnswerKind = AnswerKey['kind'];

/** One graded answer. `credit` is the share of the question that is right (0 to 1); `points` what it earned. */
export interface GradedAnswer {
  questionId: string;
  response: PlayerResponse;
  /** Fully right. */
  correct: boolean;
  credit: number;
  points: number;
  maxPoints: number;
}

export interface SheetResult {
  score: number;
  maxScore: number;
  answers: GradedAnswer[];
}

/**
 * Turns a graded answer's credit into whole points. The default gives `floor(credit × maxPoints)`, so a question
 * worth 1 point earns it only when fully right; a rule may weigh answers otherwise (by the player's confidence, say,
 * even below zero), but must return whole numbers: scores are stored as integers.
 */
export type PointsRule = (answer: Omit<GradedAnswer, 'points'>) => number;

export const defaultPoints: PointsRule = (a) => Math.floor(a.credit * a.maxPoints + 1e-9);

/**
 * Grades a sheet: `responses` maps question id to the player's response. Every question must be answered with a
 * response of its kind, and nothing else may be answered. Throws GradeError naming the question (by its number in
 * `questions`) for a sheet that does not fit.
 */
export function gradeSheet(
  questions: { id: string; key: AnswerKey }[],
  responses: Record<string, PlayerResponse>,
  rule: PointsRule = defaultPoints,
): SheetResult {
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(responses)) {
    if (!known.has(id)) throw new GradeError(`An answer was sent for a question that is not in this quiz (${id}).`);
  }
  const answers = questions.map(({ id, key }, n): GradedAnswer => {
    if (!Object.prototype.hasOwnProperty.call(responses, id)) {
      throw new GradeError(`Question ${n + 1} has no answer. Pick ${key.kind === 'one' ? 'an option' : 'an answer'} for every question.`, id);
    }
    const response = responses[id];
    const credit = creditOf(key, response, n + 1, id);
    const maxPoints = maxPointsOf(key);
    const graded = { questionId: id, response, correct: credit === 1, credit, maxPoints };
    const points = rule(graded);
    if (!Number.isInteger(points)) throw new Error(`gradeSheet: the points rule gave ${points} for question ${n + 1}; points are whole numbers`);
    return { ...graded, points };
  });
  return {
    score: answers.reduce((s, a) => s + a.points, 0),
    maxScore: questions.reduce((s, q) => s + maxPointsOf(q.key), 0),
    answers,
  };
}

/** What a fully right answer is worth: the key's points, else 2 for a two-part item and 1 for the rest. */
export function maxPointsOf(key: AnswerKey): number {
  return key.points ?? (key.kind === 'two-part' ? 2 : 1);
}

/** The response that earns every point of a key (what the result page and the teacher call "the right answer"). */
export function perfectResponse(key: AnswerKey): PlayerResponse {
  switch (key.kind) {
    case 'one':
      return { kind: 'one', option: key.answer };
    case 'several':
      return { kind: 'several', options: key.answers };
    case 'order':
      return { kind: 'order', order: key.order };
    case 'sentences':
      return { kind: 'sentences', sentences: key.sentences };
    case 'two-part':
      return { kind: 'two-part', option: key.answer, sentences: key.sentences };
  }
}

/** The share of a question a response gets right, after checking that the response fits the question. */
function creditOf(key: AnswerKey, response: PlayerResponse, n: number, id: string): number {
  const fail = (why: string) => new GradeError(`Question ${n}${why}`, id);
  if (!response || response.kind !== key.kind) throw fail(' needs a different kind of answer.');
  switch (key.kind) {
    case 'one': {
      const chosen = (response as Extract<PlayerResponse, { kind: 'one' }>).option;
      if (!isIndex(chosen, key.options)) throw fail(`: the chosen option does not exist (pick 1 to ${key.options}).`);
      return chosen === key.answer ? 1 : 0;
    }
    case 'several': {
      const picked = (response as Extract<PlayerResponse, { kind: 'several' }>).options;
      checkPicks(picked, key.options, fail, ': one of the chosen options does not exist.', ': pick at least one option.');
      return setCredit(picked, key.answers);
    }
    case 'sentences': {
      const picked = (response as Extract<PlayerResponse, { kind: 'sentences' }>).sentences;
      checkPicks(picked, key.within, fail, ': one of the chosen sentences is not in the article.', ': pick at least one sentence.');
      return setCredit(picked, key.sentences);
    }
    case 'two-part': {
      const { option, sentences } = response as Extract<PlayerResponse, { kind: 'two-part' }>;
      if (!isIndex(option, key.options)) throw fail(`, part A: the chosen option does not exist (pick 1 to ${key.options}).`);
      checkPicks(sentences, key.within, fail, ', part B: one of the chosen sentences is not in the article.', ', part B: pick a sentence.');
      if (option !== key.answer) return 0;
      const want = new Set(key.sentences);
      return sentences.length === want.size && sentences.every((i) => want.has(i)) ? 1 : 0.5;
    }
    case 'order': {
      const order = (response as Extract<PlayerResponse, { kind: 'order' }>).order;
      const items = key.order.length;
      if (!Array.isArray(order) || order.length !== items || new Set(order).size !== items || !order.every((i) => isIndex(i, items))) {
        throw fail(': put every item in the list in order, each once.');
      }
      return orderCredit(order, key.order);
    }
  }
}

function isIndex(i: unknown, length: number): i is number {
  return typeof i === 'number' && Number.isInteger(i) && i >= 0 && i < length;
}

function checkPicks(picked: unknown, within: number, fail: (why: string) => GradeError, outside: string, none: string): void {
  if (!Array.isArray(picked) || picked.length === 0) throw fail(none);
  if (!picked.every((i) => isIndex(i, within))) throw fail(outside);
  if (new Set(picked).size !== picked.length) throw fail(': each choice may be picked only once.');
}

/** Right picks less wrong picks, as a share of the right ones (never below 0): picking everything earns nothing. */
function setCredit(picked: number[], right: number[]): number {
  const want = new Set(right);
  const hits = picked.filter((i) => want.has(i)).length;
  const misses = picked.length - hits;
  return want.size === 0 ? (picked.length === 0 ? 1 : 0) : Math.max(0, hits - misses) / want.size;
}

/**
 * The neighbouring pairs of the player's order (first with second, second with third, …), each marked right when the
 * key has the same two items side by side in that order. The result page shows these; `orderCredit` counts them.
 */
export function orderPairs(order: readonly number[], right: readonly number[]): { before: number; after: number; right: boolean }[] {
  const next = new Map(right.slice(0, -1).map((item, i) => [item, right[i + 1]]));
  return order.slice(0, -1).map((before, i) => ({ before, after: order[i + 1], right: next.get(before) === order[i + 1] }));
}

/**
 * The share of neighbouring pairs the player got right (the partial credit for an order: "adjacent pairs in
 * the right order"); 1 item is right by itself. Stricter than counting every pair: moving one item to the far end
 * keeps most pairs of items in order, but breaks only the neighbours it left and found.
 */
function orderCredit(order: number[], right: number[]): number {
  if (right.length < 2) return 1;
  const pairs = orderPairs(order, right);
  return pairs.filter((p) => p.right).length / pairs.length;
}

/** What grading a single-choice quiz needs of a question: a whole Question, or just its key. */
export type Gradable = Pick<Question, 'id' | 'answer'> & { options: { readonly length: number } };

export interface GradeResult {
  score: number;
  maxScore: number;
  results: { questionId: string; chosen: number; correct: boolean }[];
}

/** The key of a single-choice question (every question today). */
export function singleChoiceKey(q: Gradable): AnswerKey {
  return { kind: 'one', answer: q.answer, options: q.options.length };
}

/**
 * Grades a single-choice quiz. `answers` maps question id -> CANONICAL option index (callers undo the player's
 * shuffle first). Every question must be answered, and nothing else may be. A thin form of `gradeSheet`.
 */
export function gradeAttempt(questions: Gradable[], answers: Record<string, number>): GradeResult {
  // No prototype: an answer keyed '__proto__' is an answer like any other (and refused as not in the quiz).
  const responses: Record<string, PlayerResponse> = Object.create(null);
  for (const [id, option] of Object.entries(answers)) responses[id] = { kind: 'one', option };
  const sheet = gradeSheet(questions.map((q) => ({ id: q.id, key: singleChoiceKey(q) })), responses);
  return {
    score: sheet.score,
    maxScore: sheet.maxScore,
    results: sheet.answers.map((a) => ({ questionId: a.questionId, chosen: answers[a.questionId], correct: a.correct })),
  };
}
