import { listHeldBackSkills } from '../db/queries/held-back';
import { getOwnedAssignment, getQuizSentences, listAttemptScores, listBank, listResponses, listRoster, type AttemptScore } from '../db/queries/results';
import type { QuestionKind, Skill } from '../quiz/types';
import { kindOfKey } from '../db/queries/questions';
import { creditOf, responseOf, wrongParts } from './answer-summary';
import type { Actor } from './outcome';

export type StudentResult = {
  studentId: string;
  nickname: string;
  status: 'not-started' | 'started' | 'submitted';
  attemptId: string | null;
  score: number | null;
  maxScore: number | null;
  durationMs: number | null;
  /** Confidence-weighted marks (out of 3 × maxScore), only when the assignment uses them. */
  weightedScore: number | null;
};
/**
 * `partialCredit`: the mean share of the question the answers got right, as the grader credits it (for an order,
 * the neighbouring pairs in the right order); `commonWrong`: the most chosen wrong option, sentence or order.
 */
export type QuestionResult = {
  id: string; prompt: string; skill: Skill; kind: QuestionKind; answered: number;
  correctShare: number | null; partialCredit: number | null; commonWrong: string | null;
};
export type SkillResult = { skill: Skill; answered: number; correctShare: number };
/** Per kind of question: the share fully right, the mean credit, and the most chosen wrong answer of that kind. */
export type KindResult = { kind: QuestionKind; answered: number; correctShare: number; partialCredit: number; commonWrong: string | null };
export type AssignmentResults = {
  students: StudentResult[];
  questions: QuestionResult[];
  skills: SkillResult[];
  kinds: KindResult[];
  counts: { notStarted: number; started: number; submitted: number };
  averageScore: number | null;
  /** The assignment uses confidence-weighted marks beside the plain score. */
  confidenceMarks: boolean;
};

/**
 * A teacher reads the live results of an assignment: null unless they own its class. Each student counts with their
 * best submitted attempt; the item analysis uses those same attempts.
 */
export async function getAssignmentResults(user: Actor, { assignmentId }: { assignmentId: string }): Promise<AssignmentResults | null> {
  return (await getAssignmentWithResults(user, { assignmentId }))?.results ?? null;
}

/** The assignment whose results a teacher reads. */
export type ResultsAssignment = NonNullable<Awaited<ReturnType<typeof getOwnedAssignment>>>;

/**
 * The same results with the assignment they are of (its class, article and settings), for the results page: the
 * owner check reads them anyway, so the page asks for them once (a round trip to the database less per view).
 */
export async function getAssignmentWithResults(user: Actor, { assignmentId }: { assignmentId: string }): Promise<{ assignment: ResultsAssignment; results: AssignmentResults } | null> {
  const a = await getOwnedAssignment({ assignmentId, teacherId: user.id });
  if (!a) return null;
  return { assignment: a, results: await resultsOf(user, a) };
}

async function resultsOf(user: Actor, a: ResultsAssignment): Promise<AssignmentResults> {
  const [heldBack, roster, tries] = await Promise.all([
    // Another teacher's open assignment on this article may hold its answers back: a question's share of right
    // answers (in a class of one, right or wrong) would give them away, so those stay blank until it closes.
    listHeldBackSkills({ articleId: a.articleId, viewerUserId: user.id }),
    listRoster({ classId: a.classId }),
    listAttemptScores({ assignmentId: a.id }),
  ]);
  const best = new Map<string, AttemptScore>();
  const started = new Set<string>();
  const onRoster = new Set(roster.map((s) => s.id));
  for (const t of tries) {
    // Removed students leave the figures too, so the roster and the averages always agree.
    if (!t.studentId || !onRoster.has(t.studentId)) continue;
    started.add(t.studentId);
    if (!t.submittedAt) continue;
    const cur = best.get(t.studentId);
    if (!cur || (t.score ?? 0) > (cur.score ?? 0)) best.set(t.studentId, t);
  }
  const studentsOut: StudentResult[] = roster
    .map((s) => {
      const b = best.get(s.id);
      return {
        studentId: s.id, nickname: s.nickname,
        status: b ? ('submitted' as const) : started.has(s.id) ? ('started' as const) : ('not-started' as const),
        attemptId: b?.id ?? tries.find((t) => t.studentId === s.id)?.id ?? null,
        score: b?.score ?? null, maxScore: b?.maxScore ?? null, durationMs: b?.durationMs ?? null,
        weightedScore: a.confidenceMarks ? (b?.weightedScore ?? null) : null,
      };
    })
    .sort((x, y) => x.nickname.localeCompare(y.nickname));

  const [rows, bank, sentences] = await Promise.all([
    listResponses({ attemptIds: [...best.values()].map((b) => b.id) }),
    listBank({ quizId: a.quizId }),
    getQuizSentences({ quizId: a.quizId }),
  ]);
  const qOut: QuestionResult[] = [];
  const skillTotals = new Map<Skill, { answered: number; right: number }>();
  const kindTotals = new Map<QuestionKind, { answered: number; right: number; credit: number; wrong: Map<string, number> }>();
  const byQuestion = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = byQuestion.get(r.questionId);
    if (list) list.push(r);
    else byQuestion.set(r.questionId, [r]);
  }
  for (const q of bank) {
    const mine = byQuestion.get(q.id) ?? [];
    if (mine.length === 0) continue;
    const kind = kindOfKey(q.key);
    if (heldBack.has(q.skill)) {
      qOut.push({ id: q.id, prompt: q.prompt, skill: q.skill, kind, answered: mine.length, correctShare: null, partialCredit: null, commonWrong: null });
      continue;
    }
    const right = mine.filter((r) => r.correct).length;
    const wrongCounts = new Map<string, number>();
    let credit = 0;
    for (const r of mine) {
      const response = responseOf(r);
      if (!response) continue;
      credit += creditOf(q, response);
      for (const w of wrongParts(q, response, sentences)) wrongCounts.set(w, (wrongCounts.get(w) ?? 0) + 1);
    }
    qOut.push({
      id: q.id, prompt: q.prompt, skill: q.skill, kind, answered: mine.length, correctShare: right / mine.length,
      partialCredit: credit / mine.length, commonWrong: mostChosen(wrongCounts),
    });
    const st = skillTotals.get(q.skill) ?? { answered: 0, right: 0 };
    skillTotals.set(q.skill, { answered: st.answered + mine.length, right: st.right + right });
    const kt = kindTotals.get(kind) ?? { answered: 0, right: 0, credit: 0, wrong: new Map<string, number>() };
    for (const [w, n] of wrongCounts) kt.wrong.set(w, (kt.wrong.get(w) ?? 0) + n);
    kindTotals.set(kind, { answered: kt.answered + mine.length, right: kt.right + right, credit: kt.credit + credit, wrong: kt.wrong });
  }
  qOut.sort((x, y) => (x.correctShare ?? 1) - (y.correctShare ?? 1));
  const submittedScores = [...best.values()].map((b) => (b.score ?? 0) / b.maxScore);
  return {
    students: studentsOut,
    questions: qOut,
    skills: [...skillTotals.entries()].map(([skill, t]) => ({ skill, answered: t.answered, correctShare: t.right / t.answered })).sort((x, y) => x.correctShare - y.correctShare),
    kinds: [...kindTotals.entries()]
      .map(([kind, t]) => ({ kind, answered: t.answered, correctShare: t.right / t.answered, partialCredit: t.credit / t.answered, commonWrong: mostChosen(t.wrong) }))
      .sort((x, y) => x.correctShare - y.correctShare),
    counts: {
      notStarted: studentsOut.filter((s) => s.status === 'not-started').length,
      started: studentsOut.filter((s) => s.status === 'started').length,
      submitted: studentsOut.filter((s) => s.status === 'submitted').length,
    },
    confidenceMarks: a.confidenceMarks,
    averageScore: submittedScores.length ? submittedScores.reduce((x, y) => x + y, 0) / submittedScores.length : null,
  };
}

/** The answer chosen most often (the first in words on a tie, so the table does not flicker between refreshes). */
function mostChosen(counts: Map<string, number>): string | null {
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? null;
}
