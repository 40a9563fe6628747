import { csvFilename } from '../csv';
import { listHeldBackSkills } from '../db/queries/held-back';
import { kindOfKey } from '../db/queries/questions';
import { getOwnedAssignment, getQuizSentences, listAnswers, listBank, listSubmittedAttempts } from '../db/queries/results';
import { KIND_NAMES } from '../quiz/kind-names';
import { maxPointsOf } from '../quiz/grade';
import type { QuestionKind } from '../quiz/types';
import { answerKeyOf } from './answer-key';
import { creditOf, describeKey, describeResponse, responseOf, wrongParts } from './answer-summary';
import { CONFIDENCE_NAMES } from '../quiz/confidence';
import type { Actor } from './outcome';

type Cell = string | number;

/** The CSV's columns; rows of every type fill the ones that apply to them. */
export const EXPORT_COLUMNS = [
  'row type', 'student', 'question number', 'skill', 'question', 'answer given', 'right answer', 'correct', 'score', 'max score',
  'time (s)', 'submitted at', 'attempts used', 'kind', 'points', 'max points', 'partial credit', 'confidence', 'confidence marks',
];

/**
 * A teacher downloads an assignment's results as spreadsheet rows: null unless they own its class. A row per
 * student per question of their best attempt (with its kind, points and the grader's partial credit), a summary
 * row per student, then a row per kind of question: the share fully right, the mean partial credit and the most
 * chosen wrong answer (in "answer given"). Answer rows carry the confidence given and its weighted marks, summary
 * rows the confidence-weighted total.
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
  const [bankRows, given, heldBack, sentences] = await Promise.all([
    listBank({ quizId: a.quizId }),
    listAnswers({ attemptIds: tries.map((t) => t.attempt.id) }),
    // Another teacher's class may be doing this article with its answers held back: so are they here.
    listHeldBackSkills({ articleId: a.articleId, viewerUserId: user.id }),
    getQuizSentences({ quizId: a.quizId }),
  ]);
  const bank = new Map(bankRows.map((q) => [q.id, q]));
  const rows: Cell[][] = [];
  const byKind = new Map<QuestionKind, { answered: number; right: number; credit: number; wrong: Map<string, number> }>();
  for (const { attempt, nickname } of tries) {
    attempt.plan.forEach((p, i) => {
      const q = bank.get(p.questionId);
      const ans = given.find((g) => g.attemptId === attempt.id && g.questionId === p.questionId);
      if (!q || !ans) return;
      const held = heldBack.has(q.skill);
      const response = responseOf(ans);
      const kind = kindOfKey(q.key);
      const credit = response ? creditOf(q, response) : 0;
      const maxPoints = maxPointsOf(answerKeyOf(q));
      const points = ans.points ?? (ans.correct ? 1 : 0);
      rows.push([
        'answer', nickname, i + 1, q.skill, q.prompt, response ? describeResponse(q, response, sentences) : '',
        held ? 'held back' : describeKey(q, sentences), held ? 'held back' : ans.correct ? 'yes' : credit > 0 ? 'partly' : 'no', '', '', '', '', '',
        kind, held ? 'held back' : points, maxPoints, held ? 'held back' : Math.round(credit * 100) / 100,
        // How sure the student said they were, and what that made of the answer (a verdict, so held back with it).
        ans.confidence ? CONFIDENCE_NAMES[ans.confidence] : '', held ? 'held back' : (ans.weightedPoints ?? ''),
      ]);
      if (held || !response) return;
      const t = byKind.get(kind) ?? { answered: 0, right: 0, credit: 0, wrong: new Map<string, number>() };
      t.answered++;
      t.right += ans.correct ? 1 : 0;
      t.credit += credit;
      for (const w of wrongParts(q, response, sentences)) t.wrong.set(w, (t.wrong.get(w) ?? 0) + 1);
      byKind.set(kind, t);
    });
  }
  for (const { attempt, nickname } of tries) {
    rows.push(['summary', nickname, '', '', '', '', '', '', attempt.score ?? 0, attempt.maxScore, Math.round((attempt.durationMs ?? 0) / 1000), attempt.submittedAt!.toISOString(), used.get(attempt.studentId!) ?? 1, '', '', '', '', '', attempt.weightedScore ?? '']);
  }
  for (const [kind, t] of byKind) {
    const wrong = [...t.wrong.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? '';
    const share = (x: number) => `${Math.round((x / t.answered) * 100)}%`;
    rows.push(['kind', '', '', '', KIND_NAMES[kind], wrong, '', share(t.right), '', '', '', '', '', kind, '', '', share(t.credit)]);
  }
  return { filename: csvFilename(a.className, 'results'), rows };
}
