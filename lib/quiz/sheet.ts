import { GradeError, type AnswerKey, type PlayerResponse } from './grade';

/**
 * The questions a player was dealt, in shown order, with each question's option order (shown index -> canonical)
 * and, when it is not single choice, its key (whose kind says which answer shape to expect).
 */
export type DealtPlan = readonly { questionId: string; order: readonly number[]; key?: AnswerKey }[];

/**
 * One answer as the player sent it, in SHOWN indices: a plain number or `{option}` (single choice), `{options}`
 * (several answers), `{order}` (the items as the player ordered them), `{sentences}` (sentence indices of the
 * article, which is never shuffled), `{option, sentences}` (a two-part item).
 */
export type ShownAnswer =
  | number
  | { option: number }
  | { options: number[] }
  | { order: number[] }
  | { sentences: number[] }
  | { option: number; sentences: number[] };

/** What each kind asks for, said when an answer has another shape. */
const WANTED: Record<AnswerKey['kind'], string> = {
  one: 'Pick one option.',
  several: 'Tick the options you choose.',
  order: 'Put the items in order.',
  sentences: 'Select sentences of the article.',
  'two-part': 'Answer part A and part B.',
};

/**
 * Reads an answer sheet as the player sent it (question id -> ShownAnswer) into canonical responses for
 * `gradeSheet`, undoing the player's option shuffle (the plan's `order`). Throws GradeError, naming the question by
 * its number in the plan, for an answer to a question that was not dealt, a missing answer (every one, when several
 * are missing), an answer of the wrong shape, an index that is not one of the options (or sentences), the same one
 * twice, another number of picks than the question asks for, or an order that does not list every item once.
 * Grading is gradeSheet's alone.
 */
export function readSheet(plan: DealtPlan, shown: Record<string, ShownAnswer>): Record<string, PlayerResponse> {
  const dealt = new Set(plan.map((p) => p.questionId));
  if (Object.keys(shown).some((id) => !dealt.has(id))) throw new GradeError('One of the answers is for a question that is not in this quiz.');
  // Several questions left blank are all named at once (one alone gets a message saying what it wants).
  const missing = plan.flatMap((p, i) => (Object.prototype.hasOwnProperty.call(shown, p.questionId) ? [] : [{ id: p.questionId, n: i + 1 }]));
  if (missing.length > 1) {
    throw new GradeError(`Questions ${andList(missing.map((m) => String(m.n)))} have no answer yet.`, missing[0].id, missing.map((m) => m.id));
  }
  const responses: Record<string, PlayerResponse> = Object.create(null);
  for (const [n, p] of plan.entries()) {
    const kind = p.key?.kind ?? 'one';
    if (!Object.prototype.hasOwnProperty.call(shown, p.questionId)) {
      throw new GradeError(`Question ${n + 1} has no answer yet. ${WANTED[kind]}`, p.questionId);
    }
    responses[p.questionId] = readOne(p, shown[p.questionId], (why) => new GradeError(`Question ${n + 1}${why}`, p.questionId));
  }
  return responses;
}

/** "3 and 7", "2, 5 and 7". */
function andList(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

type Fail = (why: string) => GradeError;

function readOne(p: DealtPlan[number], answer: ShownAnswer, fail: Fail): PlayerResponse {
  const key: AnswerKey = p.key ?? { kind: 'one', answer: -1, options: p.order.length };
  const a = (typeof answer === 'object' && answer !== null ? answer : { option: answer }) as Record<string, unknown>;
  const has = (...fields: string[]) => Object.keys(a).sort().join(',') === fields.join(',');
  const wrongShape = fail(` needs another kind of answer. ${WANTED[key.kind]}`);
  switch (key.kind) {
    case 'one':
      if (!has('option')) throw wrongShape;
      // -0 reads as option 0, as it would after a trip through JSON.
      return { kind: 'one', option: shownOption(p.order, a.option, fail, ' has an answer that is not one of its options.') };
    case 'several': {
      if (!has('options')) throw wrongShape;
      const picked = distinct(a.options, p.order.length, fail, ': one of the ticked options does not exist.', ': the same option was ticked twice.');
      const want = key.answers.length;
      if (picked.length !== want) throw fail(`: tick exactly ${want} options (you ticked ${picked.length}).`);
      return { kind: 'several', options: picked.map((i) => p.order[i]) };
    }
    case 'order': {
      if (!has('order')) throw wrongShape;
      const items = p.order.length;
      const order = distinct(a.order, items, fail, ': the order names an item that is not in the list.', ': the order lists an item twice.');
      if (order.length !== items) throw fail(`: put all ${items} items in order, each once.`);
      return { kind: 'order', order: order.map((i) => p.order[i]) };
    }
    case 'sentences': {
      if (!has('sentences')) throw wrongShape;
      return { kind: 'sentences', sentences: sentencesOf(a.sentences, key.within, key.sentences.length, fail, '') };
    }
    case 'two-part': {
      if (!has('option', 'sentences')) throw wrongShape;
      const option = shownOption(p.order, a.option, fail, ', part A: the chosen option does not exist.');
      return { kind: 'two-part', option, sentences: sentencesOf(a.sentences, key.within, key.sentences.length, fail, ', part B') };
    }
  }
}

/** The canonical option behind a shown index. */
function shownOption(order: readonly number[], i: unknown, fail: Fail, why: string): number {
  if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= order.length) throw fail(why);
  return order[i] + 0; // + 0 turns -0 into 0
}

/** A list of whole numbers below `length`, each once. */
function distinct(list: unknown, length: number, fail: Fail, outside: string, twice: string): number[] {
  if (!Array.isArray(list) || !list.every((i) => typeof i === 'number' && Number.isInteger(i) && i >= 0 && i < length)) throw fail(outside);
  if (new Set(list).size !== list.length) throw fail(twice);
  return (list as number[]).map((i) => i + 0);
}

/** Sentence indices of the article (never shuffled, so shown and canonical are one), exactly `want` of them. */
function sentencesOf(list: unknown, within: number, want: number, fail: Fail, part: string): number[] {
  const picked = distinct(list, within, fail, `${part}: one of the selected sentences is not in the article.`, `${part}: the same sentence was selected twice.`);
  if (picked.length !== want) {
    throw fail(`${part}: select exactly ${want} sentence${want === 1 ? '' : 's'} (you selected ${picked.length}).`);
  }
  return picked;
}
