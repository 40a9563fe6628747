import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { readyDb } from '../ready';
import { answers, assignments, attempts, classes, questions, students } from '../schema';

type Cell = string | number;

/**
 * Every submitted attempt of an assignment as spreadsheet rows, for the teacher who owns the class (else null):
 * a row per student per question, then a summary row per attempt.
 */
export async function getAssignmentExport({ assignmentId, teacherId }: { assignmentId: string; teacherId: string }): Promise<{ filename: string; rows: Cell[][] } | null> {
  const db = await readyDb();
  const [a] = await db
    .select({ id: assignments.id, quizId: assignments.quizId, className: classes.name })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(and(eq(assignments.id, assignmentId), eq(classes.teacherId, teacherId)));
  if (!a) return null;
  const tries = await db
    .select({ attempt: attempts, nickname: students.nickname })
    .from(attempts)
    .innerJoin(students, eq(students.id, attempts.studentId))
    .where(and(eq(attempts.assignmentId, a.id), isNotNull(attempts.submittedAt)))
    .orderBy(asc(students.nickname), asc(attempts.submittedAt));
  const bank = new Map((await db.select().from(questions).where(eq(questions.quizId, a.quizId))).map((q) => [q.id, q]));
  const given = tries.length ? await db.select().from(answers).where(inArray(answers.attemptId, tries.map((t) => t.attempt.id))) : [];
  const rows: Cell[][] = [];
  for (const { attempt, nickname } of tries) {
    attempt.plan.forEach((p, i) => {
      const q = bank.get(p.questionId);
      const ans = given.find((g) => g.attemptId === attempt.id && g.questionId === p.questionId);
      if (!q || !ans) return;
      rows.push(['answer', nickname, i + 1, q.skill, q.prompt, q.options[ans.chosen] ?? '', q.options[q.correctOption], ans.correct ? 'yes' : 'no', '', '', '', '']);
    });
  }
  for (const { attempt, nickname } of tries) {
    rows.push(['summary', nickname, '', '', '', '', '', '', attempt.score ?? 0, attempt.maxScore, Math.round((attempt.durationMs ?? 0) / 1000), attempt.submittedAt!.toISOString()]);
  }
  const safeName = a.className.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'class';
  return { filename: `${safeName}-results.csv`.replace(/[^\x20-\x7e]/g, '_'), rows };
}
