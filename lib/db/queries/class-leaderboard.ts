import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { readyDb } from '../ready';
import { assignments, attempts, students } from '../schema';

export type ClassBoardRow = { rank: number; nickname: string; score: number; maxScore: number; weightedScore: number | null; mine: boolean };

/** A class board: the rows and whether they rank by confidence-weighted marks (the assignment's setting). */
export type ClassBoard = { byConfidence: boolean; rows: ClassBoardRow[] };

/**
 * The class leaderboard of one assignment (best attempt per student, then earlier submission), for a member of
 * that class, and only when the teacher has turned it on; null otherwise. Where the assignment uses confidence
 * marks it ranks by them (the plain score shown beside), else by the plain score.
 */
export async function listClassLeaderboard({ assignmentId, studentId }: { assignmentId: string; studentId: string }): Promise<ClassBoard | null> {
  const db = await readyDb();
  const [me] = await db.select({ classId: students.classId }).from(students).where(eq(students.id, studentId));
  if (!me) return null;
  const [a] = await db.select().from(assignments).where(and(eq(assignments.id, assignmentId), eq(assignments.classId, me.classId)));
  if (!a || !a.showLeaderboard) return null;
  const rows = await db
    .select({
      studentId: attempts.studentId, nickname: students.nickname, score: attempts.score, weightedScore: attempts.weightedScore,
      maxScore: attempts.maxScore, submittedAt: attempts.submittedAt,
    })
    .from(attempts)
    .innerJoin(students, eq(students.id, attempts.studentId))
    .where(and(eq(attempts.assignmentId, a.id), isNotNull(attempts.submittedAt), isNull(students.removedAt)));
  // An attempt submitted before weighted marks were kept counts its plain score (no confidence: every answer a guess).
  const ranked = (r: (typeof rows)[number]) => (a.confidenceMarks ? (r.weightedScore ?? r.score ?? 0) : (r.score ?? 0));
  const ahead = (x: (typeof rows)[number], y: (typeof rows)[number]) => ranked(y) - ranked(x) || x.submittedAt!.getTime() - y.submittedAt!.getTime();
  const best = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const cur = best.get(r.studentId!);
    if (!cur || ahead(r, cur) < 0) best.set(r.studentId!, r);
  }
  return {
    byConfidence: a.confidenceMarks,
    rows: [...best.values()].sort(ahead).map((r, i) => ({
      rank: i + 1, nickname: r.nickname, score: r.score ?? 0, maxScore: r.maxScore,
      weightedScore: a.confidenceMarks ? (r.weightedScore ?? r.score ?? 0) : null, mine: r.studentId === studentId,
    })),
  };
}
