import { ownsAttempt } from '../auth/owns-attempt';
import { getAttemptRow, listAnswers, type Player } from '../db/queries/attempts';
import { getFirstOpenPlay, listHeldBackSkills } from '../db/queries/held-back';
import { toQuestion } from '../db/queries/questions';
import type { AttemptRow } from '../db/schema';
import type { PlayerResponse } from '../quiz/grade';
import { calibration, type CalibrationLevel, type Confidence } from '../quiz/confidence';
import type { Question } from '../quiz/types';
import { getQuestionBank } from './cached-reads';

export type Reveal = 'answer' | 'verdict' | 'held-back';

export type AttemptView = {
  attempt: AttemptRow;
  articleSlug: string;
  articleTitle: string;
  /** Questions in the order dealt, with the option order this player sees. */
  dealt: { question: Question; order: number[] }[];
  /** Canonical chosen option per question id, once submitted (single-choice answers). */
  chosen: Record<string, number>;
  /**
   * What the player answered to each question (any kind, canonical indices), whether it was fully right and the
   * points it earned, once submitted. Answers stored before responses were kept have only `chosen`.
   */
  answers: Record<string, { response: PlayerResponse | null; correct: boolean; points: number | null }>;
  /** The assignment this attempt belongs to (class attempts), with what it lets the student see. */
  assignment: { id: string; closesAt: Date; revealAnswers: 'after-submit' | 'after-close'; showLeaderboard: boolean; confidenceMarks: boolean } | null;
  /** How sure the player said they were, per question id (only those they said). */
  confidence: Record<string, Confidence>;
  /**
   * Right per confidence level over the questions whose verdict this viewer may see (held-back ones left out: a
   * count per level would give their verdicts away); null before the submit.
   */
  calibration: CalibrationLevel[] | null;
  /**
   * Once submitted, what the viewer may see of each dealt question (by id): `answer` the right option, explanation
   * and evidence; `verdict` only whether they were right (an open-play replay: the evidence quotes the answer);
   * `held-back` nothing but their own choice (an open assignment on this article holds its answers back).
   */
  reveal: Record<string, Reveal>;
  /** A submitted open-play attempt that is the player's first on this article (the one the board ranks). */
  firstPlay: boolean;
  /**
   * The student sees only their score: their class shows the right answers after the assignment closes, and it has
   * not closed yet (a teacher always sees them).
   */
  scoreOnly: boolean;
};

/**
 * An attempt as its viewer may see it, or null when it does not exist or is not this player's. `asTeacher` skips
 * the ownership check: the caller has already checked that the attempt is in one of their classes. This is where
 * the rule about revealing answers lives (`reveal`); pages only follow it.
 */
export async function getAttempt({ id, player, asTeacher = false, viewerUserId }: {
  id: string;
  player: Player;
  asTeacher?: boolean;
  /** The signed-in viewer (a teacher opening a student's attempt), when not the player's own account. */
  viewerUserId?: string;
}): Promise<AttemptView | null> {
  const row = await getAttemptRow({ id });
  if (!row || (!asTeacher && !ownsAttempt(row.attempt, player))) return null;
  const { attempt } = row;
  // Only the dealt questions are turned into Questions (a bank holds several times as many).
  const bank = new Map((await getQuestionBank({ quizId: attempt.quizId })).map((q) => [q.id, q]));
  const dealt = attempt.plan.flatMap((p) => {
    const row = bank.get(p.questionId);
    return row ? [{ question: toQuestion(row), order: p.order }] : [];
  });
  const submitted = !!attempt.submittedAt;
  const chosenRows = submitted ? await listAnswers({ attemptId: id }) : [];
  // Held back for this viewer: every question of a skill that an open "answers after closing" assignment on this
  // article may deal, unless the viewer set that assignment. Replays of open play show only right or wrong.
  const heldBack = submitted ? await listHeldBackSkills({ articleId: row.articleId, viewerUserId: viewerUserId ?? player.userId }) : new Set<string>();
  // A teacher's preview of their assignment is not open play: it shows the answers, like the key they already hold.
  const isOpenPlay = !attempt.assignmentId && !attempt.studentId && !attempt.previewOf;
  const firstPlay = submitted && isOpenPlay && (await getFirstOpenPlay({ articleId: row.articleId, owner: attempt })) === attempt.id;
  const reveal: Record<string, Reveal> = {};
  for (const { question } of dealt) {
    reveal[question.id] = heldBack.has(question.skill) ? 'held-back' : isOpenPlay && !firstPlay ? 'verdict' : 'answer';
  }
  const assignment = row.assignment?.id ? row.assignment : null;
  const confidence: Record<string, Confidence> = {};
  for (const a of chosenRows) if (a.confidence) confidence[a.questionId] = a.confidence;
  const shown = chosenRows.filter((a) => reveal[a.questionId] && reveal[a.questionId] !== 'held-back');
  return {
    assignment,
    scoreOnly: !asTeacher && !!assignment && assignment.revealAnswers === 'after-close' && assignment.closesAt.getTime() > Date.now(),
    reveal,
    firstPlay,
    confidence,
    calibration: submitted ? calibration(shown) : null,
    attempt,
    articleSlug: row.articleSlug,
    articleTitle: row.articleTitle,
    dealt,
    chosen: Object.fromEntries(chosenRows.flatMap((a) => (a.chosen === null ? [] : [[a.questionId, a.chosen]]))),
    answers: Object.fromEntries(chosenRows.map((a) => [a.questionId, { response: a.response, correct: a.correct, points: a.points }])),
  };
}
