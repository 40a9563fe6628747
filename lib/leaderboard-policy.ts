/**
 * What the public leaderboard ranks, in one place (the submit statement, the result page and the tests use it):
 *
 * - A player's first submitted open-play attempt on an article, and only that one. After it, the player has seen
 *   the right options of the questions it dealt, so a replay measures memory, not reading; replays are still
 *   graded, stored and shown to the player, just not ranked.
 * - Only when it took at least `MIN_RANKED_MS_PER_QUESTION` per question. Reading a prompt and four options takes
 *   longer than that even for a fast adult reader (about 30 words at 250 words a minute is 7 s); 2 s is a floor
 *   that only answers that did not read the questions (a script, or clicking through) fall under. Such an attempt
 *   is stored and graded, and the player is told why it is not on the board.
 */
export const MIN_RANKED_MS_PER_QUESTION = 2_000;

/**
 * The floor in force. `RANKED_MIN_MS_PER_QUESTION` may lower it for test servers whose scripted players answer in
 * milliseconds (the Playwright servers set 0); production leaves it unset.
 */
export function minRankedMsPerQuestion(): number {
  const raw = process.env.RANKED_MIN_MS_PER_QUESTION;
  const n = raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : MIN_RANKED_MS_PER_QUESTION;
}

/** Why a submitted open-play attempt is not on the board, in the player's words; null when it is ranked. */
export function unrankedReason(a: { durationMs: number | null; maxScore: number; firstPlay: boolean }, floorMs = minRankedMsPerQuestion()): string | null {
  if (!a.firstPlay) return 'Only your first play of an article goes on the leaderboard, so this replay is practice: it is not ranked.';
  if ((a.durationMs ?? 0) < floorMs * a.maxScore) {
    const seconds = Math.round((floorMs * a.maxScore) / 1000);
    return `This play is not on the leaderboard: it was finished faster than anyone can read the questions (under ${seconds} seconds for ${a.maxScore} questions). Your score is kept.`;
  }
  return null;
}
