import { startKeys, startLimits } from '../auth/rate-limit-policy';
import { createAttempt, resumeOpenAttempt, type Player } from '../db/queries/attempts';
import { releaseSlot, takeSlot } from '../db/queries/rate-limits';
import { getQuestionBank } from './cached-reads';

export type StartOpenResult =
  | { ok: true; id: string; resumed: boolean }
  | { ok: false; error: string; retryAfterSeconds?: number };

/**
 * Starts (or resumes) a player's open-play attempt at a quiz, shared by the quiz page's form and the JSON API.
 * Resuming the player's unfinished attempt is always allowed; a new attempt takes a slot of the player's and of the
 * address's start limits (`startLimits`) in the sliding log the sign-in limits use, counted and logged under a
 * lock on the key (`takeSlot`), so starts sent at the same instant cannot pass the limit together.
 */
export async function startOpenAttempt(input: { quizId: string; player: Player; nickname: string; address: string; now?: number }): Promise<StartOpenResult> {
  const { quizId, player, nickname } = input;
  const resumed = await resumeOpenAttempt({ quizId, player, nickname });
  if (resumed) return { ok: true, id: resumed.id, resumed: true };
  const limits = startLimits();
  const [playerKey, addressKey] = startKeys(input.address, player);
  const window = { windowSeconds: limits.windowSeconds, now: input.now };
  const mine = await takeSlot({ key: playerKey, limit: limits.perPlayer, ...window });
  const shared = mine.allowed ? await takeSlot({ key: addressKey, limit: limits.perAddress, ...window }) : null;
  if (!mine.allowed || !shared?.allowed) {
    if (mine.allowed) await releaseSlot({ slotId: mine.slotId });
    const wait = !mine.allowed ? mine.retryAfterSeconds : shared && !shared.allowed ? shared.retryAfterSeconds : 1;
    return { ok: false, retryAfterSeconds: wait, error: `You have started a lot of quizzes in a short time. Try again in ${wait < 120 ? `${wait} seconds` : `${Math.ceil(wait / 60)} minutes`}.` };
  }
  const created = await createAttempt({ quizId, player, nickname, bank: await getQuestionBank({ quizId }) });
  if (!created) {
    await Promise.all([releaseSlot({ slotId: mine.slotId }), releaseSlot({ slotId: shared.slotId })]);
    return { ok: false, error: 'This article has no questions yet.' };
  }
  return { ok: true, id: created.id, resumed: false };
}
