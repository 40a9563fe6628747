import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { readyDb } from '../ready';
import { answers, assignments, attempts, classes, questions, quizzes, students } from '../schema';
import { listHeldBackSkills } from './held-back';

export type StudentResult = {
  studentId: string;
  nickname: string;
  status: 'not-started' | 'started' | 'submitted';
  attemptId: string | null;
  score: number | null;
  maxScore: number | null;
  durationMs: number | null;
};
export type QuestionResult = { id: string; prompt: string; skill: string; answered: number; correctShare: number | null; commonWrong: string | null };
export type SkillResult = { skill: string; answered: number; correctShare: number };
export type AssignmentResults = {
  students: StudentResult[];
  questions: QuestionResult[];
  skills: SkillResult[];
  counts: { notStarted: number; started: number; submitted: number };
  averageScore: number | null;
};

/**
 * Live results of an assignment for the teacher who owns its class (null for anyone else). Each student counts
 * with their best submitted attempt; the item analysis uses those same attempts.
 */
export async function getAssignmentResults({ assignmentId, teacherId }: { assignmentId: string; teacherId: string }): Promise<AssignmentResults | null> {
  const db = await readyDb();
  const [a] = await db
    .select({ id: assignments.id, classId: assignments.classId, quizId: assignments.quizId, articleId: quizzes.articleId })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
    .where(and(eq(assignments.id, assignmentId), eq(classes.teacherId, teacherId)));
  if (!a) return null;
  // Another teacher's open assignment on this article may hold its answers back: a question's share of right
  // answers (in a class of one, right or wrong) would give them away, so those stay blank until it closes.
  const heldBack = await listHeldBackSkills({ articleId: a.articleId, viewerUserId: teacherId });
  const roster = await db.select({ id: students.id, nickname: students.nickname }).from(students).where(and(eq(students.classId, a.classId), isNull(students.removedAt)));
  const tries = await db.select().from(attempts).where(eq(attempts.assignmentId, a.id));
  const best = new Map<string, (typeof tries)[number]>();
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
      };
    })
    .sort((x, y) => x.nickname.localeCompare(y.nickname));

  const bestIds = [...best.values()].map((b) => b.id);
  const rows = bestIds.length
    ? await db
        .select({ questionId: answers.questionId, chosen: answers.chosen, correct: answers.correct })
        .from(answers)
        .where(and(inArray(answers.attemptId, bestIds), isNotNull(answers.questionId)))
    : [];
  const bank = await db.select().from(questions).where(eq(questions.quizId, a.quizId));
  const qOut: QuestionResult[] = [];
  const skillTotals = new Map<string, { answered: number; right: number }>();
  for (const q of bank) {
    const mine = rows.filter((r) => r.questionId === q.id);
    if (mine.length === 0) continue;
    if (heldBack.has(q.skill)) {
      qOut.push({ id: q.id, prompt: q.prompt, skill: q.skill, answered: mine.length, correctShare: null, commonWrong: null });
      continue;
    }
    const right = mine.filter((r) => r.correct).length;
    const wrongCounts = new Map<number, number>();
    for (const r of mine) if (!r.correct && r.chosen !== null) wrongCounts.set(r.chosen, (wrongCounts.get(r.chosen) ?? 0) + 1);
    const top = [...wrongCounts.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0];
    qOut.push({ id: q.id, prompt: q.prompt, skill: q.skill, answered: mine.length, correctShare: right / mine.length, commonWrong: top ? q.options[top[0]] : null });
    const st = skillTotals.get(q.skill) ?? { answered: 0, right: 0 };
    skillTotals.set(q.skill, { answered: st.answered + mine.length, right: st.right + right });
  }
  qOut.sort((x, y) => (x.correctShare ?? 1) - (y.correctShare ?? 1));
  const submittedScores = [...best.values()].map((b) => (b.score ?? 0) / b.maxScore);
  return {
    students: studentsOut,
    questions: qOut,
    skills: [...skillTotals.entries()].map(([skill, t]) => ({ skill, answered: t.answered, correctShare: t.right / t.answered })).sort((x, y) => x.correctShare - y.correctShare),
    counts: {
      notStarted: studentsOut.filter((s) => s.status === 'not-started').length,
      started: studentsOut.filter((s) => s.status === 'started').length,
      submitted: studentsOut.filter((s) => s.status === 'submitted').length,
    },
    averageScore: submittedScores.length ? submittedScores.reduce((x, y) => x + y, 0) / submittedScores.length : null,
  };
}

/** Whether a teacher may see an attempt: it belongs to an assignment of one of their classes. */
export async function teacherOwnsAttempt({ attemptId, teacherId }: { attemptId: string; teacherId: string }): Promise<boolean> {
  const db = await readyDb();
  const [row] = await db
    .select({ id: attempts.id })
    .from(attempts)
    .innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(and(eq(attempts.id, attemptId), eq(classes.teacherId, teacherId)));
  return !!row;
}
