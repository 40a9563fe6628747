import { startKeys, startLimits, tryAgainIn } from '../auth/rate-limit-policy';
import { randomId } from '../db/ids';
import { lockAssignmentStart } from '../db/queries/assignments';
import { insertAttempt, resumeOpenAttempt, type Player } from '../db/queries/attempts';
import { listQuestionRows, toQuestion } from '../db/queries/questions';
import { releaseSlot, takeSlot } from '../db/queries/rate-limits';
import { inTransaction, type Tx } from '../db/queries/transaction';
import { maxPointsOf } from '../quiz/grade';
import { selectQuiz } from '../quiz/select';
import { QUESTION_KINDS, type QuestionKind, type Skill } from '../quiz/types';
import { answerKeyOf } from './answer-key';
import { getQuestionBank } from './cached-reads';

/**
 * Deals a new attempt at a quiz: `count` questions (of `skills`, if given) from its bank, balanced and shuffled by
 * `selectQuiz` with the attempt's own id as the seed, stored with the server's start time. Null when the bank has
 * nothing to deal. The start limits and assignment rules are the callers' (`startOpenAttempt`,
 * `startAssignmentAttempt`); tests call this directly.
 */
export async function createAttempt(input: {
  quizId: string;
  player: Player;
  nickname: string;
  count?: number;
  skills?: Skill[];
  /** The kinds of question to deal (an assignment's choice); absent or null deals every kind. */
  kinds?: QuestionKind[] | null;
  assignmentId?: string;
  previewOf?: string;
  tx?: Tx;
}): Promise<{ id: string } | null> {
  // Inside a transaction (an assignment start) the bank is read there; otherwise from the data cache.
  const rows = input.tx ? await listQuestionRows({ quizId: input.quizId, tx: input.tx }) : await getQuestionBank({ quizId: input.quizId });
  if (rows.length === 0) return null;
  const id = randomId();
  // Seeded with the attempt's id: its deal can be told again from the id alone.
  const plan = selectQuiz(rows.map(toQuestion), { count: input.count ?? 10, seed: id, skills: input.skills, kinds: input.kinds ?? QUESTION_KINDS });
  if (plan.length === 0) return null;
  const keys = new Map(rows.map((r) => [r.id, answerKeyOf(r)]));
  const maxScore = plan.reduce((sum, p) => sum + maxPointsOf(keys.get(p.questionId)!), 0);
  return insertAttempt({ ...input, id, plan, maxScore });
}

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
    return { ok: false, retryAfterSeconds: wait, error: `You have started a lot of quizzes in a short time. ${tryAgainIn(wait)}` };
  }
  const created = await createAttempt({ quizId, player, nickname });
  if (!created) {
    await Promise.all([releaseSlot({ slotId: mine.slotId }), releaseSlot({ slotId: shared.slotId })]);
    return { ok: false, error: 'This article has no questions yet.' };
  }
  return { ok: true, id: created.id, resumed: false };
}

export type StartAssignmentResult = { ok: true; attemptId: string } | { ok: false; error: string };

/**
 * Starts (or resumes) a student's attempt at an assignment of their class, inside its window and attempt limit,
 * in one transaction holding the student's row (two starts at once cannot both pass the limit). Null when the
 * student or the assignment does not exist for them (one that has not opened yet counts as not existing).
 */
export async function startAssignmentAttempt(input: { assignmentId: string; studentId: string; nickname: string }): Promise<StartAssignmentResult | null> {
  return inTransaction(async (tx) => {
    const found = await lockAssignmentStart({ assignmentId: input.assignmentId, studentId: input.studentId, tx });
    if (!found) return null;
    if (found.archived) return { ok: false, error: 'This class has been archived by your teacher.' };
    const a = found.assignment;
    if (!a || a.opensAt.getTime() > Date.now()) return null;
    if (a.closesAt.getTime() <= Date.now()) return { ok: false, error: 'This assignment has closed.' };
    const open = found.own.find((o) => !o.submittedAt);
    if (open) return { ok: true, attemptId: open.id };
    if (found.own.length >= a.attemptsAllowed) return { ok: false, error: `You have used all ${a.attemptsAllowed} attempt${a.attemptsAllowed === 1 ? '' : 's'} for this assignment.` };
    const created = await createAttempt({
      quizId: a.quizId, player: { studentId: input.studentId }, nickname: input.nickname, count: a.questionCount,
      skills: a.skills as Skill[], kinds: a.kinds, assignmentId: a.id, tx,
    });
    return created ? { ok: true, attemptId: created.id } : { ok: false, error: 'This assignment has no questions to answer.' };
  });
}
