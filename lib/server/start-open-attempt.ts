import { startKeys, startLimits } from '../auth/rate-limit-policy';
import { createAttempt, resumeOpenAttempt, type Player } from '../db/queries/attempts';
import { checkRateLimit, recordFailure } from '../db/queries/rate-limits';

export type StartOpenResult =
  | { ok: true; id: string; resumed: boolean }
  | { ok: false; error: string; retryAfterSeconds?: number };

/**
 * Starts (or resumes) a player's open-play attempt at a quiz, shared by the quiz page's form and the JSON API.
 * Resuming the player's unfinished attempt is always allowed; a new attempt counts against the player's and the
 * address's start limits (`startLimits`), each start logged in the sliding log the sign-in limits use. The check
 * and the log are two steps: starts sent at the same instant can pass the limit by the number in flight.
 */
export async function startOpenAttempt(input: { quizId: string; player: Player; nickname: string; address: string; now?: number }): Promise<StartOpenResult> {
  const { quizId, player, nickname } = input;
  const resumed = await resumeOpenAttempt({ quizId, player, nickname });
  if (resumed) return { ok: true, id: resumed.id, resumed: true };
  const limits = startLimits();
  const [playerKey, addressKey] = startKeys(input.address, player);
  const checks = await Promise.all([
    checkRateLimit({ key: playerKey, limit: limits.perPlayer, windowSeconds: limits.windowSeconds, now: input.now }),
    checkRateLimit({ key: addressKey, limit: limits.perAddress, windowSeconds: limits.windowSeconds, now: input.now }),
  ]);
  const wait = Math.max(0, ...checks.map((c) => (c.allowed ? 0 : c.retryAfterSeconds)));
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    return { ok: false, retryAfterSeconds: wait, error: `You have started a lot of quizzes in a short time. Try again in ${wait < 120 ? `${wait} seconds` : `${minutes} minutes`}.` };
  }
  const created = await createAttempt({ quizId, player, nickname });
  if (!created) return { ok: false, error: 'This article has no questions yet.' };
  // Logged under both keys (the log is the sign-in limiter's: a start is an event of the same kind).
  await Promise.all([playerKey, addressKey].map((key) => recordFailure({ key, windowSeconds: limits.windowSeconds, now: input.now })));
  return { ok: true, id: created.id, resumed: false };
}
