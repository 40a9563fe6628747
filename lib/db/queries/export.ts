import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { readyDb } from '../ready';
import { answers, assignments, attempts, classes, questions, quizzes, students } from '../schema';
import { listHeldBackSkills } from './held-back';

type Cell = string | number;

/**
 * Every submitted attempt of an assignment as spreadsheet rows, for the teacher who owns the class (else null):
 * a row per student per question of their best attempt, then a summary row per student.
 */
export async function getAssignmentExport({ assignmentId, teacherId }: { assignmentId: string; teacherId: string }): Promise<{ filename: string; rows: Cell[][] } | null> {
  const db = await readyDb();
  const [a] = await db
    .select({ id: assignments.id, quizId: assignments.quizId, className: classes.name, articleId: quizzes.articleId })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(quizzes, eq(quizzes.id, assignments.quizId))
    .where(and(eq(assignments.id, assignmentId), eq(classes.teacherId, teacherId)));
  if (!a) return null;
  const all = await db
    .select({ attempt: attempts, nickname: students.nickname })
    .from(attempts)
    .innerJoin(students, eq(students.id, attempts.studentId))
    .where(and(eq(attempts.assignmentId, a.id), isNotNull(attempts.submittedAt), isNull(students.removedAt)))
    .orderBy(asc(students.nickname), asc(attempts.submittedAt));
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
  const bank = new Map((await db.select().from(questions).where(eq(questions.quizId, a.quizId))).map((q) => [q.id, q]));
  const given = tries.length ? await db.select().from(answers).where(inArray(answers.attemptId, tries.map((t) => t.attempt.id))) : [];
  // Another teacher's class may be doing this article with its answers held back: so are they here.
  const heldBack = await listHeldBackSkills({ articleId: a.articleId, viewerUserId: teacherId });
  const rows: Cell[][] = [];
  for (const { attempt, nickname } of tries) {
    attempt.plan.forEach((p, i) => {
      const q = bank.get(p.questionId);
      const ans = given.find((g) => g.attemptId === attempt.id && g.questionId === p.questionId);
      if (!q || !ans) return;
      const held = heldBack.has(q.skill);
      rows.push(['answer', nickname, i + 1, q.skill, q.prompt, (ans.chosen === null ? '' : q.options[ans.chosen]) ?? '', held ? 'held back' : q.options[q.correctOption], held ? 'held back' : ans.correct ? 'yes' : 'no', '', '', '', '', '']);
    });
  }
  for (const { attempt, nickname } of tries) {
    rows.push(['summary', nickname, '', '', '', '', '', '', attempt.score ?? 0, attempt.maxScore, Math.round((attempt.durationMs ?? 0) / 1000), attempt.submittedAt!.toISOString(), used.get(attempt.studentId!) ?? 1]);
  }
  const safeName = a.className.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'class';
  return { filename: `${safeName}-results.csv`.replace(/[^\x20-\x7e]/g, '_'), rows };
}
