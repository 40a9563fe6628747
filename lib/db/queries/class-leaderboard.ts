import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { readyDb } from '../ready';
import { assignments, attempts, students } from '../schema';

export type ClassBoardRow = { rank: number; nickname: string; score: number; maxScore: number; mine: boolean };

/**
 * The class leaderboard of one assignment (best attempt per student, score then earlier submission), for a
 * member of that class, and only when the teacher has turned it on; null otherwise.
 */
export async function listClassLeaderboard({ assignmentId, studentId }: { assignmentId: string; studentId: string }): Promise<ClassBoardRow[] | null> {
  const db = await readyDb();
  const [me] = await db.select({ classId: students.classId }).from(students).where(eq(students.id, studentId));
  if (!me) return null;
  const [a] = await db.select().from(assignments).where(and(eq(assignments.id, assignmentId), eq(assignments.classId, me.classId)));
  if (!a || !a.showLeaderboard) return null;
  const rows = await db
    .select({ studentId: attempts.studentId, nickname: students.nickname, score: attempts.score, maxScore: attempts.maxScore, submittedAt: attempts.submittedAt })
    .from(attempts)
    .innerJoin(students, eq(students.id, attempts.studentId))
    .where(and(eq(attempts.assignmentId, a.id), isNotNull(attempts.submittedAt), isNull(students.removedAt)));
  const best = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const cur = best.get(r.studentId!);
    if (!cur || (r.score ?? 0) > (cur.score ?? 0) || ((r.score ?? 0) === (cur.score ?? 0) && r.submittedAt! < cur.submittedAt!)) best.set(r.studentId!, r);
  }
  return [...best.values()]
    .sort((x, y) => (y.score ?? 0) - (x.score ?? 0) || x.submittedAt!.getTime() - y.submittedAt!.getTime())
    .map((r, i) => ({ rank: i + 1, nickname: r.nickname, score: r.score ?? 0, maxScore: r.maxScore, mine: r.studentId === studentId }));
}
