import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/lib/db/client';
import { createAssignment } from '@/lib/db/queries/assignments';
import { listClassLeaderboard } from '@/lib/db/queries/class-leaderboard';
import { createClass } from '@/lib/db/queries/classes';
import type { Player } from '@/lib/db/queries/attempts';
import { joinClass } from '@/lib/db/queries/students';
import { leaderboardEntries } from '@/lib/db/schema';
import type { Confidence } from '@/lib/quiz/confidence';
import type { Question } from '@/lib/quiz/types';
import { getLeaderboard } from '@/lib/server/leaderboard';
import { createAttempt, startAssignmentAttempt } from '@/lib/server/start-attempt';
import { submitAttempt } from '@/lib/server/submit-attempt';
import { getAttempt } from '@/lib/server/attempt-view';
import { guest, makeQuiz, makeTeacher, openAssignment, shownFor, startedAgo } from './helpers';

afterAll(closeDb);

/**
 * A play of a 4-question quiz: `wrong` questions (by dealt position) answered wrongly, the rest rightly, and
 * `sure[i]` the confidence said for the i-th dealt question (undefined: nothing said).
 */
async function hand(id: string, player: Player, wrong: number[], sure: (Confidence | undefined)[]) {
  const dealt = (await getAttempt({ id, player }))!.dealt.map((d) => d.question.id);
  const shown = await shownFor(id, player, (q: Question) => (wrong.includes(dealt.indexOf(q.id)) ? (q.answer + 1) % 4 : q.answer));
  const confidence = Object.fromEntries(dealt.flatMap((q, i) => (sure[i] ? [[q, sure[i]]] : [])));
  const result = await submitAttempt({ id, player, shown, confidence, idempotencyKey: `hand-${id.slice(0, 12)}` });
  expect(result?.ok).toBe(true);
}

const S: Confidence = 'sure', F: Confidence = 'fairly', G: Confidence = 'guess';

describe('the confidence board of open play', () => {
  it('ranks by weighted marks (hand-computed), ties by the earlier submit, and places the viewer’s own row', async () => {
    const { slug, quizId } = await makeQuiz(4);
    // Handed in in this order. Plain score, and weighted: right 1/2/3, wrong 0/-2/-6 (guess/fairly/sure).
    const plays: { name: string; wrong: number[]; sure: (Confidence | undefined)[] }[] = [
      { name: 'Ada', wrong: [], sure: [undefined, undefined, undefined, undefined] }, // 4; 1+1+1+1 = 4
      { name: 'Bo', wrong: [3], sure: [S, S, S, S] }, //                                 3; 3+3+3-6 = 3
      { name: 'Cy', wrong: [3], sure: [S, S, S, G] }, //                                 3; 3+3+3+0 = 9
      { name: 'Di', wrong: [], sure: [F, F, F, F] }, //                                  4; 2+2+2+2 = 8
      { name: 'Ed', wrong: [0, 1], sure: [G, G, F, F] }, //                               2; 0+0+2+2 = 4 (ties Ada, later)
    ];
    const players: Record<string, Player> = {};
    const attemptOf: Record<string, string> = {};
    for (const p of plays) {
      players[p.name] = guest();
      const { id } = (await createAttempt({ quizId, player: players[p.name], nickname: p.name }))!;
      attemptOf[p.name] = id;
      await startedAgo(id, 60);
      await hand(id, players[p.name], p.wrong, p.sure);
    }
    const board = async (by: 'score' | 'confidence', viewer: Player | null = null) =>
      (await getLeaderboard({ slug, player: viewer, by }))!.map((r) => [r.rank, r.nickname, r.score, r.weightedScore, r.mine]);
    expect(await board('score')).toEqual([
      [1, 'Ada', 4, 4, false], [2, 'Di', 4, 8, false], [3, 'Bo', 3, 3, false], [4, 'Cy', 3, 9, false], [5, 'Ed', 2, 4, false],
    ]);
    expect(await board('confidence')).toEqual([
      [1, 'Cy', 3, 9, false], [2, 'Di', 4, 8, false], [3, 'Ada', 4, 4, false], [4, 'Ed', 2, 4, false], [5, 'Bo', 3, 3, false],
    ]);
    // Bo's own row, outside a top of 2, keeps its true rank on each board.
    const topTwo = async (by: 'score' | 'confidence') =>
      (await getLeaderboard({ slug, player: players.Bo, by, limit: 2 }))!.map((r) => [r.rank, r.nickname, r.mine]);
    expect(await topTwo('confidence')).toEqual([[1, 'Cy', false], [2, 'Di', false], [5, 'Bo', true]]);
    expect(await topTwo('score')).toEqual([[1, 'Ada', false], [2, 'Di', false], [3, 'Bo', true]]);

    // A row filed before weighted marks were kept stays on the score board and is left off the confidence board.
    const db = await getDb();
    await db.update(leaderboardEntries).set({ weightedScore: null }).where(eq(leaderboardEntries.attemptId, attemptOf.Cy));
    expect((await board('confidence')).map((r) => r[1])).toEqual(['Di', 'Ada', 'Ed', 'Bo']);
    expect((await board('score')).map((r) => r[1])).toEqual(['Ada', 'Di', 'Bo', 'Cy', 'Ed']);
    expect(await getLeaderboard({ slug, player: players.Cy, by: 'confidence' })).toHaveLength(4);
  }, 90_000); // the first test of the file also waits for the database to be prepared
});

describe('a class board', () => {
  it('ranks by confidence marks where the assignment uses them, by the plain score where it does not', async () => {
    const { slug } = await makeQuiz(4);
    const teacher = await makeTeacher('Board');
    const cls = await createClass({ teacherId: teacher.id, name: 'Board 8' });
    const kids = [];
    for (const nickname of ['Ina', 'Jo']) {
      const j = await joinClass({ code: cls.joinCode, nickname });
      if (!j.ok) throw new Error(j.error);
      kids.push(j.student);
    }
    for (const confidenceMarks of [true, false]) {
      const a = (await createAssignment({ ...openAssignment(cls.id, slug, teacher.id), confidenceMarks }))!;
      // Ina: all right, nothing said (4; 4). Jo: three right and sure, one wrong guess (3; 9).
      for (const [kid, wrong, sure] of [[kids[0], [], []], [kids[1], [3], [S, S, S, G]]] as const) {
        const started = await startAssignmentAttempt({ assignmentId: a.id, studentId: kid.id, nickname: kid.nickname });
        if (!started?.ok) throw new Error('not started');
        await hand(started.attemptId, { studentId: kid.id }, [...wrong], [...sure]);
      }
      const board = (await listClassLeaderboard({ assignmentId: a.id, studentId: kids[0].id }))!;
      expect(board.byConfidence).toBe(confidenceMarks);
      expect(board.rows.map((r) => [r.rank, r.nickname, r.score, r.weightedScore, r.mine])).toEqual(
        confidenceMarks ? [[1, 'Jo', 3, 9, false], [2, 'Ina', 4, 4, true]] : [[1, 'Ina', 4, null, true], [2, 'Jo', 3, null, false]],
      );
    }
  });
});
