import { ownsAttempt } from '../auth/owns-attempt';
import { withDbTimeout } from '../db/errors';
import { lockAttempt, updateAttemptDraft, type Player } from '../db/queries/attempts';
import { inTransaction, type Tx } from '../db/queries/transaction';
import type { AttemptDraft, AttemptPlan } from '../db/schema';
import type { ShownAnswer } from '../quiz/sheet';
import { CLOSED } from './submit-attempt';

/** How long a save may take before the browser is told to try again (it retries on its own). */
export const SAVE_DRAFT_TIMEOUT_MS = 5_000;

export type SaveDraftResult =
  | { ok: true }
  /** `final`: the attempt can no longer change (handed in, or its assignment closed): saving again will not help. */
  | { ok: false; error: string; final: boolean; field?: string };

export const SUBMITTED = 'This quiz has been handed in, so its answers can no longer change.';

/**
 * Saves what a player has chosen so far in their open attempt, replacing the last save (`draft`: answers in shown
 * indices, possibly unfinished, and how sure they were). Only the attempt's owner may save, only while it is open
 * and not yet handed in; every answer must be for a question dealt in this attempt and name only options it shows.
 * Nothing is graded and no key is read: the draft is the player's own input, kept for the next time they open the
 * attempt. Null when the attempt does not exist or is not the player's.
 *
 * The row lock orders a save against a submit: a save that arrives while the attempt is being handed in waits,
 * then finds it submitted and is refused, so a late save can never follow a submit.
 */
export async function saveDraft(input: { id: string; player: Player; draft: AttemptDraft }): Promise<SaveDraftResult | null> {
  return withDbTimeout(inTransaction((tx) => saveIn(tx, input)), SAVE_DRAFT_TIMEOUT_MS);
}

async function saveIn(tx: Tx, { id, player, draft }: { id: string; player: Player; draft: AttemptDraft }): Promise<SaveDraftResult | null> {
  const locked = await lockAttempt({ id, tx });
  if (!locked || !ownsAttempt(locked.attempt, player)) return null;
  if (locked.attempt.submittedAt) return { ok: false, error: SUBMITTED, final: true };
  if (locked.closed) return { ok: false, error: CLOSED, final: true };
  const refused = checkDraft(locked.attempt.plan, draft);
  if (refused) return { ok: false, final: false, ...refused };
  await updateAttemptDraft({ id, draft, tx });
  return { ok: true };
}

/** Why a draft does not fit the dealt questions (the first question it finds wrong), or null when it fits. */
export function checkDraft(plan: AttemptPlan, draft: AttemptDraft): { error: string; field?: string } | null {
  const number = new Map(plan.map((p, i) => [p.questionId, i + 1]));
  for (const id of [...Object.keys(draft.answers), ...Object.keys(draft.confidence)]) {
    if (!number.has(id)) return { error: 'One of the answers is for a question that is not in this quiz.' };
  }
  for (const p of plan) {
    const answer = draft.answers[p.questionId];
    if (answer === undefined || fitsOptions(answer, p.order.length)) continue;
    return { error: `Question ${number.get(p.questionId)} has an answer that is not one of its options.`, field: p.questionId };
  }
  return null;
}

/**
 * Whether an answer names only options the question shows, each once (`options`: how many it shows; 0 for a
 * question answered with sentences only). Sentence numbers are bounded by the schema; the submit checks them
 * against the article.
 */
function fitsOptions(answer: ShownAnswer, options: number): boolean {
  const a = typeof answer === 'number' ? { option: answer } : (answer as { option?: number; options?: number[]; order?: number[] });
  const picked = [...(a.option === undefined ? [] : [a.option]), ...(a.options ?? []), ...(a.order ?? [])];
  if (picked.some((i) => i >= options)) return false;
  return new Set(a.options ?? []).size === (a.options?.length ?? 0) && new Set(a.order ?? []).size === (a.order?.length ?? 0);
}
