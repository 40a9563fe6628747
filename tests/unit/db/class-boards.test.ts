import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db/client';
import { createAssignment } from '@/lib/db/queries/assignments';
import { listClassLeaderboards } from '@/lib/db/queries/class-leaderboard';
import { createClass } from '@/lib/db/queries/classes';
import { joinClass, removeStudent } from '@/lib/db/queries/students';
import type { Question } from '@/lib/quiz/types';
import { startAssignmentAttempt } from '@/lib/server/start-attempt';
import { submitAttempt } from '@/lib/server/submit-attempt';
import { makeQuiz, makeTeacher, openAssignment, shownFor } from './helpers';

afterAll(closeDb);

async function join(code: string, nickname: string) {
  const j = await joinClass({ code, nickname });
  if (!j.ok) throw new Error(j.error);
  return j.student;
}

/** A student's play of an assignment: `right` of the 4 questions answered rightly (the first ones dealt). */
async function play(assignmentId: string, student: { id: string; nickname: string }, right: number) {
  const started = await startAssignmentAttempt({ assignmentId, studentId: student.id, nickname: student.nickname });
  if (!started?.ok) throw new Error('not started');
  const player = { studentId: student.id };
  let n = 0;
  const shown = await shownFor(started.attemptId, player, (q: Question) => (n++ < right ? q.answer : (q.answer + 1) % 4));
  expect((await submitAttempt({ id: started.attemptId, player, shown, idempotencyKey: `board-${started.attemptId.slice(0, 12)}` }))?.ok).toBe(true);
}

describe('the class boards of a class page, read together', () => {
  it('gives each assignment of the student’s class with its board on its own ranked rows, and nothing else', async () => {
    const { slug } = await makeQuiz(4);
    const teacher = await makeTeacher('Boards');
    const cls = await createClass({ teacherId: teacher.id, name: 'Boards 7' });
    const other = await createClass({ teacherId: teacher.id, name: 'Boards 8' });
    const [ana, ben, cal] = [await join(cls.joinCode, 'Ana'), await join(cls.joinCode, 'Ben'), await join(cls.joinCode, 'Cal')];
    const first = (await createAssignment(openAssignment(cls.id, slug, teacher.id)))!;
    const second = (await createAssignment(openAssignment(cls.id, slug, teacher.id)))!;
    const hidden = (await createAssignment(openAssignment(cls.id, slug, teacher.id, { showLeaderboard: false })))!;
    const empty = (await createAssignment(openAssignment(cls.id, slug, teacher.id)))!;
    const elsewhere = (await createAssignment(openAssignment(other.id, slug, teacher.id)))!;
    const dan = await join(other.joinCode, 'Dan');
    await play(first.id, ana, 2);
    await play(first.id, ben, 4);
    await play(first.id, cal, 3);
    await play(second.id, ana, 4);
    await play(hidden.id, ana, 4);
    await play(elsewhere.id, dan, 4);
    // A removed student leaves the boards.
    expect(await removeStudent({ studentId: cal.id, teacherId: teacher.id })).toBe(true);

    const ids = [first.id, second.id, hidden.id, empty.id, elsewhere.id];
    const boards = await listClassLeaderboards({ assignmentIds: ids, studentId: ana.id });
    const shown = (id: string) => boards.get(id)?.rows.map((r) => [r.rank, r.nickname, r.score, r.mine]);
    expect(shown(first.id)).toEqual([[1, 'Ben', 4, false], [2, 'Ana', 2, true]]);
    expect(shown(second.id)).toEqual([[1, 'Ana', 4, true]]);
    expect(shown(empty.id)).toEqual([]);
    // Turned off, or another class's: no board at all.
    expect(boards.has(hidden.id)).toBe(false);
    expect(boards.has(elsewhere.id)).toBe(false);
    expect([...(await listClassLeaderboards({ assignmentIds: ids, studentId: dan.id })).keys()]).toEqual([elsewhere.id]);
  }, 90_000); // the first test of the file also waits for the database to be prepared
});
