import type { CsvCell } from '../csv';
import { listHeldBackSkills } from '../db/queries/held-back';
import { kindOfKey } from '../db/queries/questions';
import { getOwnedAssignment, getQuizSentences, listAnswers, listAssignmentAttempts, listBank, listRoster } from '../db/queries/results';
import type { AnswerRow, AttemptRow, QuestionRow } from '../db/schema';
import { CONFIDENCE_NAMES } from '../quiz/confidence';
import { maxPointsOf } from '../quiz/grade';
import { KIND_NAMES } from '../quiz/kind-names';
import type { QuestionKind } from '../quiz/types';
import { answerKeyOf } from './answer-key';
import { creditOf, describeKey, describeResponse, responseOf, wrongParts } from './answer-summary';
import { exportFilename, formatInZone } from './export-format';
import type { Actor } from './outcome';

/*
 * A teacher downloads an assignment's results as three spreadsheets: the gradebook (one row per student of the
 * class, started or not, with a column per question in the bank's fixed order), every answer (one row per
 * answer of every submitted attempt, with its kind, points, partial credit and confidence) and a row per kind of
 * question (the share right, the mean partial credit, the most chosen wrong answer). Times are written in the teacher's time zone. Answers that another
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
  /** Whether the assignment uses confidence marks (the column stays, empty, when it does not). */
  marks: boolean;
  timeZone: string;
  /** The article's sentences, which evidence answers point at. */
  sentences: readonly { text: string }[];
};

/** The credit the grader gives an answer (0 to 1), for any kind. */
const creditOfLine = (a: AnswerLine) => {
  const r = responseOf(a.answer);
  return r ? creditOf(a.question, r) : 0;
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
  { header: () => 'kind', cell: (a) => kindOfKey(a.question.key) },
  { header: () => 'answer given', cell: (a) => { const r = responseOf(a.answer); return r ? describeResponse(a.question, r, a.sentences) : ''; } },
  { header: () => 'right answer', cell: (a) => (a.heldBack ? 'held back' : describeKey(a.question, a.sentences)) },
  { header: () => 'correct', cell: (a) => (a.heldBack ? 'held back' : a.answer.correct ? 'yes' : creditOfLine(a) > 0 ? 'partly' : 'no') },
  { header: () => 'points', cell: (a) => (a.heldBack ? 'held back' : (a.answer.points ?? (a.answer.correct ? 1 : 0))) },
  { header: () => 'max points', cell: (a) => maxPointsOf(answerKeyOf(a.question)) },
  { header: () => 'partial credit', cell: (a) => (a.heldBack ? 'held back' : Math.round(creditOfLine(a) * 100) / 100) },
  // How sure the student said they were, and what that made of the answer (a verdict, so held back with it).
  { header: () => 'confidence', cell: (a) => (a.answer.confidence ? CONFIDENCE_NAMES[a.answer.confidence] : '') },
  { header: () => 'confidence marks', cell: (a) => (!a.marks ? '' : a.heldBack ? 'held back' : (a.answer.weightedPoints ?? '')) },
];

/** Everything both files are made from; null unless the teacher owns the assignment's class. */
async function load(user: Actor, assignmentId: string) {
  const a = await getOwnedAssignment({ assignmentId, teacherId: user.id });
  if (!a) return null;
  const [roster, tries, bank, heldBack, sentences] = await Promise.all([
    listRoster({ classId: a.classId }),
    listAssignmentAttempts({ assignmentId: a.id }),
    listBank({ quizId: a.quizId }),
    listHeldBackSkills({ articleId: a.articleId, viewerUserId: user.id }),
    getQuizSentences({ quizId: a.quizId }),
  ]);
  const students = roster.sort((x, y) => x.nickname.localeCompare(y.nickname)).map((s) => {
    const own = tries.filter((t) => t.studentId === s.id);
    const sent = own.filter((t) => t.submittedAt).sort((x, y) => x.submittedAt!.getTime() - y.submittedAt!.getTime());
    // Like the results page: the best attempt counts (highest score, then the earlier one).
    const best = sent.reduce<AttemptRow | null>((b, t) => (!b || (t.score ?? 0) > (b.score ?? 0) ? t : b), null);
    return { ...s, started: own.length > 0, sent, best };
  });
  const given = await listAnswers({ attemptIds: students.flatMap((s) => s.sent.map((t) => t.id)) });
  // The gradebook's columns: the questions of the bank dealt to anyone in this assignment, in the bank's order (an
  // assignment of 8 questions from a bank of 30 would otherwise be mostly empty columns).
  const dealt = new Set(tries.flatMap((t) => t.plan.map((p) => p.questionId)));
  const columns = bank.filter((q) => dealt.has(q.id));
  return { a, students, columns, heldBack, given, sentences };
}

/**
 * The gradebook: a row per student of the class, a column per question dealt in the assignment, in the bank's fixed
 * order. Confidence marks are filled in only when the assignment uses them.
 */
export async function getGradebook(user: Actor, { assignmentId, timeZone }: { assignmentId: string; timeZone: string }): Promise<ExportFile | null> {
  const data = await load(user, assignmentId);
  if (!data) return null;
  const { a, students, columns, heldBack, given } = data;
  const header = ['student', 'status', 'score', 'out of', 'percent', 'confidence marks', 'time taken (s)', `submitted at (${timeZone})`, 'attempts submitted',
    ...columns.map((q, i) => `Q${i + 1}: ${q.prompt}`)];
  const rows = students.map((s): CsvCell[] => {
    const b = s.best;
    const status = b ? 'submitted' : s.started ? 'started' : 'not started';
    const cells = columns.map((q): CsvCell => {
      const ans = b && given.find((g) => g.attemptId === b.id && g.questionId === q.id);
      if (!ans) return '';
      return heldBack.has(q.skill) ? 'held back' : (ans.points ?? (ans.correct ? 1 : 0));
    });
    return [s.nickname, status, b?.score ?? '', b?.maxScore ?? '', b ? Math.round((100 * (b.score ?? 0)) / b.maxScore) : '', a.confidenceMarks ? (b?.weightedScore ?? '') : '',
      b ? Math.round((b.durationMs ?? 0) / 1000) : '', formatInZone(b?.submittedAt ?? null, timeZone), s.sent.length, ...cells];
  });
  return { filename: exportFilename(a.articleTitle, a.className, 'gradebook'), header, rows };
}

/** Every answer of every submitted attempt, one row each, with the columns of ANSWER_COLUMNS. */
export async function getAnswerExport(user: Actor, { assignmentId, timeZone }: { assignmentId: string; timeZone: string }): Promise<ExportFile | null> {
  const data = await load(user, assignmentId);
  if (!data) return null;
  const lines = answerLines(data, timeZone);
  return {
    filename: exportFilename(data.a.articleTitle, data.a.className, 'answers'),
    header: ANSWER_COLUMNS.map((c) => c.header(timeZone)),
    rows: lines.map((l) => ANSWER_COLUMNS.map((c) => c.cell(l))),
  };
}

/**
 * A row per kind of question answered: answers counted, the share fully right, the mean partial credit and the most
 * chosen wrong answer (a wrong option, sentence or order), over every submitted attempt; held-back answers left out.
 */
export async function getKindSummary(user: Actor, { assignmentId, timeZone }: { assignmentId: string; timeZone: string }): Promise<ExportFile | null> {
  const data = await load(user, assignmentId);
  if (!data) return null;
  const byKind = new Map<QuestionKind, { answered: number; right: number; credit: number; wrong: Map<string, number> }>();
  for (const l of answerLines(data, timeZone)) {
    const response = responseOf(l.answer);
    if (l.heldBack || !response) continue;
    const kind = kindOfKey(l.question.key);
    const t = byKind.get(kind) ?? { answered: 0, right: 0, credit: 0, wrong: new Map<string, number>() };
    t.answered++;
    t.right += l.answer.correct ? 1 : 0;
    t.credit += creditOf(l.question, response);
    for (const w of wrongParts(l.question, response, l.sentences)) t.wrong.set(w, (t.wrong.get(w) ?? 0) + 1);
    byKind.set(kind, t);
  }
  const share = (x: number, of: number) => `${Math.round((x / of) * 100)}%`;
  const rows = [...byKind].map(([kind, t]): CsvCell[] => {
    const wrong = [...t.wrong.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? '';
    return [KIND_NAMES[kind], kind, t.answered, share(t.right, t.answered), share(t.credit, t.answered), wrong];
  });
  return {
    filename: exportFilename(data.a.articleTitle, data.a.className, 'kinds'),
    header: ['kind of question', 'kind', 'answers', 'fully right', 'mean partial credit', 'most chosen wrong answer'],
    rows,
  };
}

/** Every answer of every submitted attempt, as the per-answer file's lines. */
function answerLines(data: NonNullable<Awaited<ReturnType<typeof load>>>, timeZone: string): AnswerLine[] {
  const { a, students, columns, heldBack, given, sentences } = data;
  const number = new Map(columns.map((q, i) => [q.id, { q, n: i + 1 }]));
  return students.flatMap((s) => s.sent.flatMap((attempt, i) => attempt.plan.flatMap((p) => {
    const found = number.get(p.questionId);
    const answer = given.find((g) => g.attemptId === attempt.id && g.questionId === p.questionId);
    if (!found || !answer) return [];
    return [{ nickname: s.nickname, attempt, attemptNumber: i + 1, counted: attempt.id === s.best?.id, questionNumber: found.n, question: found.q,
      answer, heldBack: heldBack.has(found.q.skill), marks: a.confidenceMarks, timeZone, sentences }];
  })));
}
