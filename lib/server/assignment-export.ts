import { csvFilename } from '../csv';
import { listHeldBackSkills } from '../db/queries/held-back';
import { getOwnedAssignment, listAnswers, listBank, listSubmittedAttempts } from '../db/queries/results';
import { CONFIDENCE_NAMES } from '../quiz/confidence';
import type { Actor } from './outcome';

type Cell = string | number;

/**
 * A teacher downloads an assignment's results as spreadsheet rows: null unless they own its class. A row per
 * student per question of their best attempt (with the confidence given and its weighted marks), then a summary row
 * per student (with the confidence-weighted total).
 */
export async function getAssignmentExport(user: Actor, { assignmentId }: { assignmentId: string }): Promise<{ filename: string; rows: Cell[][] } | null> {
  const a = await getOwnedAssignment({ assignmentId, teacherId: user.id });
  if (!a) return null;
  const all = await listSubmittedAttempts({ assignmentId: a.id });
  // Like the results page: each student's best attempt (highest score, then the earlier one), and how many they used.
  const used = new Map<string, number>();
  const bestOf = new Map<string, (typeof all)[number]>();
  for (const t of all) {
    const sid = t.attempt.studentId!;
    used.set(sid, (used.get(sid) ?? 0) + 1);
    const cur = bestOf.get(sid);
    if (!cur || (t.attempt.score ?? 0) > (cur.attempt.score ?? 0)) bestOf.set(sid, t);
  }
  const tries = [...bestOf.values()];
  const [bankRows, given, heldBack] = await Promise.all([
    listBank({ quizId: a.quizId }),
    listAnswers({ attemptIds: tries.map((t) => t.attempt.id) }),
    // Another teacher's class may be doing this article with its answers held back: so are they here.
    listHeldBackSkills({ articleId: a.articleId, viewerUserId: user.id }),
  ]);
  const bank = new Map(bankRows.map((q) => [q.id, q]));
  const rows: Cell[][] = [];
  for (const { attempt, nickname } of tries) {
    attempt.plan.forEach((p, i) => {
      const q = bank.get(p.questionId);
      const ans = given.find((g) => g.attemptId === attempt.id && g.questionId === p.questionId);
      if (!q || !ans) return;
      const held = heldBack.has(q.skill);
      rows.push([
        'answer', nickname, i + 1, q.skill, q.prompt, (ans.chosen === null ? '' : q.options[ans.chosen]) ?? '', held ? 'held back' : q.options[q.correctOption], held ? 'held back' : ans.correct ? 'yes' : 'no', '', '', '', '', '',
        // How sure the student said they were, and what that made of the answer (a verdict, so held back with it).
        ans.confidence ? CONFIDENCE_NAMES[ans.confidence] : '', held ? 'held back' : (ans.weightedPoints ?? ''),
      ]);
    });
  }
  for (const { attempt, nickname } of tries) {
    rows.push(['summary', nickname, '', '', '', '', '', '', attempt.score ?? 0, attempt.maxScore, Math.round((attempt.durationMs ?? 0) / 1000), attempt.submittedAt!.toISOString(), used.get(attempt.studentId!) ?? 1, '', attempt.weightedScore ?? '']);
  }
  return { filename: csvFilename(a.className, 'results'), rows };
}
