import { GradeError, type PlayerResponse } from './grade';

/** The questions a player was dealt, in shown order, with each question's option order (shown index -> canonical). */
export type DealtPlan = readonly { questionId: string; order: readonly number[] }[];

/**
 * Reads a single-choice answer sheet as the player sent it (`shown`: question id -> index of the option as they
 * saw it) into canonical responses for `gradeSheet`, undoing the player's option shuffle (the plan's `order`).
 * Throws GradeError, naming the question by its number in the plan, for an answer to a question that was not dealt,
 * a missing answer or an index that is not one of the options.
 */
export function readSheet(plan: DealtPlan, shown: Record<string, number>): Record<string, PlayerResponse> {
  const dealt = new Set(plan.map((p) => p.questionId));
  if (Object.keys(shown).some((id) => !dealt.has(id))) throw new GradeError('One of the answers is for a question that is not in this quiz.');
  const responses: Record<string, PlayerResponse> = Object.create(null);
  for (const [n, p] of plan.entries()) {
    if (!Object.prototype.hasOwnProperty.call(shown, p.questionId)) {
      throw new GradeError(`Question ${n + 1} has no answer yet. Pick one option.`, p.questionId);
    }
    const i = shown[p.questionId];
    if (!Number.isInteger(i) || i < 0 || i >= p.order.length) {
      throw new GradeError(`Question ${n + 1} has an answer that is not one of its options.`, p.questionId);
    }
    // -0 reads as option 0, as it would after a trip through JSON.
    responses[p.questionId] = { kind: 'one', option: p.order[i] };
  }
  return responses;
}
