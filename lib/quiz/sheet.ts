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
 * its number in the plan, for an answer to a question that was not dealt, a missing answer, an answer of the wrong
 * shape, an index that is not one of the options (or sentences), the same one twice, another number of picks than
 * the question asks for, or an order that does not list every item once. When several questions have such a
 * problem, one error names them all (and lists their ids in `missing`). Grading is gradeSheet's alone.
 */
export function readSheet(plan: DealtPlan, shown: Record<string, ShownAnswer>): Record<string, PlayerResponse> {
  const dealt = new Set(plan.map((p) => p.questionId));
  if (Object.keys(shown).some((id) => !dealt.has(id))) throw new GradeError('One of the answers is for a question that is not in this quiz.');
  // Every question that is not finished is named at once: several left blank in one sentence, and blanks beside
  // half-answered ones (one sentence of two picked, say) each with what it still wants.
  const missing = plan.flatMap((p, i) => (Object.prototype.hasOwnProperty.call(shown, p.questionId) ? [] : [{ id: p.questionId, n: i + 1 }]));
  const responses: Record<string, PlayerResponse> = Object.create(null);
  const problems: { id: string; n: number; message: string }[] = [];
  for (const [n, p] of plan.entries()) {
    const kind = p.key?.kind ?? 'one';
    if (!Object.prototype.hasOwnProperty.call(shown, p.questionId)) {
      problems.push({ id: p.questionId, n: n + 1, message: `Question ${n + 1} has no answer yet. ${WANTED[kind]}` });
      continue;
    }
    try {
      responses[p.questionId] = readOne(p, shown[p.questionId], (why) => new GradeError(`Question ${n + 1}${why}`, p.questionId));
    } catch (err) {
      if (!(err instanceof GradeError)) throw err;
      problems.push({ id: p.questionId, n: n + 1, message: err.message });
    }
  }
  if (problems.length === 1) throw new GradeError(problems[0].message, problems[0].id);
  if (problems.length > 1) {
    const ids = problems.map((m) => m.id);
    if (missing.length === problems.length) throw new GradeError(`Questions ${andList(missing.map((m) => String(m.n)))} have no answer yet.`, ids[0], ids);
    const said = problems.map((m) => (missing.some((x) => x.id === m.id) ? `Question ${m.n} has no answer yet.` : m.message));
    throw new GradeError(`Questions ${andList(problems.map((m) => String(m.n)))} are not finished yet. ${said.join(' ')}`, ids[0], ids);
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
