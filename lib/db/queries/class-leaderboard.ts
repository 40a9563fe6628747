import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
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
  return (await listClassLeaderboards({ assignmentIds: [assignmentId], studentId })).get(assignmentId) ?? null;
}

/**
 * The class boards of several assignments in one query (the class page shows one per assignment; a round trip each
 * cost more than the rows): a board for each of them that is in the student's own class (read from their row in
 * the same statement, never from the caller) and has its leaderboard turned on. The others are absent.
 */
export async function listClassLeaderboards({ assignmentIds, studentId }: { assignmentIds: string[]; studentId: string }): Promise<Map<string, ClassBoard>> {
  const boards = new Map<string, ClassBoard>();
  if (assignmentIds.length === 0) return boards;
  const db = await readyDb();
  const rows = await db
    .select({
      assignmentId: assignments.id, confidenceMarks: assignments.confidenceMarks,
      studentId: students.id, nickname: students.nickname, score: attempts.score, weightedScore: attempts.weightedScore,
      maxScore: attempts.maxScore, submittedAt: attempts.submittedAt,
    })
    .from(assignments)
    // Left joins keep an assignment whose board is on but empty (an empty board, not "no board").
    .leftJoin(attempts, and(eq(attempts.assignmentId, assignments.id), isNotNull(attempts.submittedAt)))
    .leftJoin(students, and(eq(students.id, attempts.studentId), isNull(students.removedAt)))
    .where(and(
      inArray(assignments.id, assignmentIds),
      eq(assignments.classId, sql`(select ${students.classId} from ${students} where ${students.id} = ${studentId})`),
      eq(assignments.showLeaderboard, true),
    ));
  type Entry = { studentId: string; nickname: string; score: number; weightedScore: number | null; maxScore: number; submittedAt: Date };
  const entries = new Map<string, { byConfidence: boolean; best: Map<string, Entry> }>();
  for (const r of rows) {
    const board = entries.get(r.assignmentId) ?? { byConfidence: r.confidenceMarks, best: new Map<string, Entry>() };
    entries.set(r.assignmentId, board);
    // No attempt, or the attempt of a removed student: the assignment's row only.
    if (r.studentId === null || r.nickname === null || r.maxScore === null || r.submittedAt === null) continue;
    const e: Entry = { studentId: r.studentId, nickname: r.nickname, score: r.score ?? 0, weightedScore: r.weightedScore, maxScore: r.maxScore, submittedAt: r.submittedAt };
    const cur = board.best.get(e.studentId);
    if (!cur || ahead(board.byConfidence)(e, cur) < 0) board.best.set(e.studentId, e);
  }
  for (const [id, { byConfidence, best }] of entries) {
    boards.set(id, {
      byConfidence,
      rows: [...best.values()].sort(ahead(byConfidence)).map((r, i) => ({
        rank: i + 1, nickname: r.nickname, score: r.score, maxScore: r.maxScore,
        weightedScore: byConfidence ? (r.weightedScore ?? r.score) : null, mine: r.studentId === studentId,
      })),
    });
  }
  return boards;
}

/**
 * Board order: the ranked mark, then whoever handed in first. An attempt submitted before weighted marks were kept
 * counts its plain score (no confidence: every answer a guess).
 */
function ahead(byConfidence: boolean) {
  const ranked = (r: { score: number; weightedScore: number | null }) => (byConfidence ? (r.weightedScore ?? r.score) : r.score);
  return (x: { score: number; weightedScore: number | null; submittedAt: Date }, y: { score: number; weightedScore: number | null; submittedAt: Date }) =>
    ranked(y) - ranked(x) || x.submittedAt.getTime() - y.submittedAt.getTime();
}
