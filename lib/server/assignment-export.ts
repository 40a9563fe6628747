import type { CsvCell } from '../csv';
import { listHeldBackSkills } from '../db/queries/held-back';
import { getOwnedAssignment, listAnswers, listAssignmentAttempts, listBank, listRoster } from '../db/queries/results';
import type { AnswerRow, AttemptRow, QuestionRow } from '../db/schema';
import { exportFilename, formatInZone } from './export-format';
import type { Actor } from './outcome';

/*
 * A teacher downloads an assignment's results as two spreadsheets: the gradebook (one row per student of the
 * class, started or not, with a column per question in the bank's fixed order) and every answer (one row per
 * answer of every submitted attempt). Times are written in the teacher's time zone. Answers that another
 * teacher's open assignment on this article holds back are held back here too.
 */

/** A spreadsheet to download: its file name, header and rows. */
export type ExportFile = { filename: string; header: string[]; rows: CsvCell[][] };

/** One answer of the per-answer file, with everything a column may need. */
export type AnswerLine = {
  nickname: string;
  attempt: AttemptRow;
  /** 1 for a student's first submitted attempt, 2 for the next… */
  attemptNumber: number;
  /** Whether this attempt is the one the gradebook counts (the student's best). */
  counted: boolean;
  /** The question's number in the bank's fixed order (the gradebook's column). */
  questionNumber: number;
  question: QuestionRow;
  answer: AnswerRow;
  heldBack: boolean;
  timeZone: string;
};

/**
 * The per-answer file's columns, in order. A new column (a confidence rating, say) is one more entry here.
 */
export const ANSWER_COLUMNS: { header: (timeZone: string) => string; cell: (a: AnswerLine) => CsvCell }[] = [
  { header: () => 'student', cell: (a) => a.nickname },
  { header: () => 'attempt', cell: (a) => a.attemptNumber },
  { header: () => 'counted in gradebook', cell: (a) => (a.counted ? 'yes' : 'no') },
  { header: (tz) => `submitted at (${tz})`, cell: (a) => formatInZone(a.attempt.submittedAt, a.timeZone) },
  { header: () => 'question number', cell: (a) => a.questionNumber },
  { header: () => 'skill', cell: (a) => a.question.skill },
  { header: () => 'question', cell: (a) => a.question.prompt },
  { header: () => 'answer given', cell: (a) => (a.answer.chosen === null ? '' : (a.question.options[a.answer.chosen] ?? '')) },
  { header: () => 'right answer', cell: (a) => (a.heldBack ? 'held back' : (a.question.options[a.question.correctOption] ?? '')) },
  { header: () => 'correct', cell: (a) => (a.heldBack ? 'held back' : a.answer.correct ? 'yes' : 'no') },
  { header: () => 'points', cell: (a) => (a.heldBack ? 'held back' : (a.answer.points ?? (a.answer.correct ? 1 : 0))) },
];

/** Everything both files are made from; null unless the teacher owns the assignment's class. */
async function load(user: Actor, assignmentId: string) {
  const a = await getOwnedAssignment({ assignmentId, teacherId: user.id });
  if (!a) return null;
  const [roster, tries, bank, heldBack] = await Promise.all([
    listRoster({ classId: a.classId }),
    listAssignmentAttempts({ assignmentId: a.id }),
    listBank({ quizId: a.quizId }),
    listHeldBackSkills({ articleId: a.articleId, viewerUserId: user.id }),
  ]);
  const students = roster.sort((x, y) => x.nickname.localeCompare(y.nickname)).map((s) => {
    const own = tries.filter((t) => t.studentId === s.id);
    const sent = own.filter((t) => t.submittedAt).sort((x, y) => x.submittedAt!.getTime() - y.submittedAt!.getTime());
    // Like the results page: the best attempt counts (highest score, then the earlier one).
    const best = sent.reduce<AttemptRow | null>((b, t) => (!b || (t.score ?? 0) > (b.score ?? 0) ? t : b), null);
    return { ...s, started: own.length > 0, sent, best };
  });
  const given = await listAnswers({ attemptIds: students.flatMap((s) => s.sent.map((t) => t.id)) });
  return { a, students, bank, heldBack, given };
}

/** The gradebook: a row per student of the class, a column per question of the bank in its fixed order. */
export async function getGradebook(user: Actor, { assignmentId, timeZone }: { assignmentId: string; timeZone: string }): Promise<ExportFile | null> {
  const data = await load(user, assignmentId);
  if (!data) return null;
  const { a, students, bank, heldBack, given } = data;
  const header = ['student', 'status', 'score', 'out of', 'percent', 'time taken (s)', `submitted at (${timeZone})`, 'attempts submitted',
    ...bank.map((q, i) => `Q${i + 1}: ${q.prompt}`)];
  const rows = students.map((s): CsvCell[] => {
    const b = s.best;
    const status = b ? 'submitted' : s.started ? 'started' : 'not started';
    const cells = bank.map((q): CsvCell => {
      const ans = b && given.find((g) => g.attemptId === b.id && g.questionId === q.id);
      if (!ans) return '';
      return heldBack.has(q.skill) ? 'held back' : (ans.points ?? (ans.correct ? 1 : 0));
    });
    return [s.nickname, status, b?.score ?? '', b?.maxScore ?? '', b ? Math.round((100 * (b.score ?? 0)) / b.maxScore) : '',
      b ? Math.round((b.durationMs ?? 0) / 1000) : '', formatInZone(b?.submittedAt ?? null, timeZone), s.sent.length, ...cells];
  });
  return { filename: exportFilename(a.articleTitle, a.className, 'gradebook'), header, rows };
}

/** Every answer of every submitted attempt, one row each, with the columns of ANSWER_COLUMNS. */
export async function getAnswerExport(user: Actor, { assignmentId, timeZone }: { assignmentId: string; timeZone: string }): Promise<ExportFile | null> {
  const data = await load(user, assignmentId);
  if (!data) return null;
  const { a, students, bank, heldBack, given } = data;
  const number = new Map(bank.map((q, i) => [q.id, { q, n: i + 1 }]));
  const lines: AnswerLine[] = students.flatMap((s) => s.sent.flatMap((attempt, i) => attempt.plan.flatMap((p) => {
    const found = number.get(p.questionId);
    const answer = given.find((g) => g.attemptId === attempt.id && g.questionId === p.questionId);
    if (!found || !answer) return [];
    return [{ nickname: s.nickname, attempt, attemptNumber: i + 1, counted: attempt.id === s.best?.id, questionNumber: found.n, question: found.q,
      answer, heldBack: heldBack.has(found.q.skill), timeZone }];
  })));
  return {
    filename: exportFilename(a.articleTitle, a.className, 'answers'),
    header: ANSWER_COLUMNS.map((c) => c.header(timeZone)),
    rows: lines.map((l) => ANSWER_COLUMNS.map((c) => c.cell(l))),
  };
}
