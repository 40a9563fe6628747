import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/lib/db/client';
import { createAssignment } from '@/lib/db/queries/assignments';
import { createClass } from '@/lib/db/queries/classes';
import { joinClass } from '@/lib/db/queries/students';
import { answers, attempts } from '@/lib/db/schema';
import { prepareWithContent } from '@/lib/server/seed-content';
import { closeAssignment, deleteAssignment, editAssignment } from '@/lib/server/manage-assignment';
import { startAssignmentAttempt } from '@/lib/server/start-attempt';
import { submitAttempt } from '@/lib/server/submit-attempt';
import { assignmentEditSchema } from '@/lib/validation/classes';
import { classroomRows, makeQuiz, makeTeacher, openAssignment, shownFor } from './helpers';

afterAll(closeDb);
// Migrations and the seed article run once, under the hook's longer timeout, not inside the first test.
beforeAll(() => prepareWithContent());

async function setUp() {
  const { slug } = await makeQuiz(4);
  const teacher = await makeTeacher('Ida');
  const cls = await createClass({ teacherId: teacher.id, name: 'Ida 6A' });
  const joined = await joinClass({ code: cls.joinCode, nickname: 'Ana' });
  if (!joined.ok) throw new Error(joined.error);
  const assignment = (await createAssignment(openAssignment(cls.id, slug, teacher.id)))!;
  const started = await startAssignmentAttempt({ assignmentId: assignment.id, studentId: joined.student.id, nickname: 'Ana' });
  if (!started?.ok) throw new Error('no start');
  const player = { studentId: joined.student.id };
  await submitAttempt({ id: started.attemptId, player, shown: await shownFor(started.attemptId, player, (q) => q.answer), idempotencyKey: 'x' });
  return { teacher, assignment, attemptId: started.attemptId };
}

const settings = { questionCount: 5, skills: ['who-said' as const], opensAt: new Date(Date.now() - 1000), closesAt: new Date(Date.now() + 86_400_000), attemptsAllowed: 2, revealAnswers: 'after-close' as const, showLeaderboard: false, note: 'Read it twice.' };

describe('a teacher manages an assignment after setting it', () => {
  it('edits its settings; another teacher changes nothing', async () => {
    const { teacher, assignment } = await setUp();
    const stranger = await makeTeacher('Eve');
    const before = await classroomRows([teacher.id]);
    expect(await editAssignment({ id: stranger.id }, { assignmentId: assignment.id, ...settings })).toBeNull();
    expect(await closeAssignment({ id: stranger.id }, { assignmentId: assignment.id })).toBeNull();
    expect(await deleteAssignment({ id: stranger.id }, { assignmentId: assignment.id })).toBeNull();
    expect(await classroomRows([teacher.id])).toEqual(before);
    const saved = await editAssignment({ id: teacher.id }, { assignmentId: assignment.id, ...settings });
    expect(saved).toMatchObject({ questionCount: 5, skills: ['who-said'], attemptsAllowed: 2, revealAnswers: 'after-close', showLeaderboard: false, note: 'Read it twice.', quizId: assignment.quizId });
  });

  it('the edit form refuses a closing time in the past, next to the field', () => {
    const parsed = assignmentEditSchema.safeParse({ assignmentId: 'a'.repeat(20), questionCount: '5', skills: ['who-said'], kinds: ['choice'], opensAt: '2020-01-01T00:00:00.000Z', closesAt: '2020-01-02T00:00:00.000Z', attemptsAllowed: '1', revealAnswers: 'after-submit', showLeaderboard: true, confidenceMarks: false, note: '' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path[0], i.message])).toEqual([['closesAt', 'That time has already passed. Choose a later one.']]);
  });

  it('closes early: the window ends now and a second close keeps the first time', async () => {
    const { teacher, assignment } = await setUp();
    const closed = (await closeAssignment({ id: teacher.id }, { assignmentId: assignment.id }))!;
    expect(closed.closesAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(closed.closesAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const again = (await closeAssignment({ id: teacher.id }, { assignmentId: assignment.id }))!;
    expect(again.closesAt).toEqual(closed.closesAt);
  });

  it('deletes with every attempt and answer', async () => {
    const { teacher, assignment, attemptId } = await setUp();
    expect(await deleteAssignment({ id: teacher.id }, { assignmentId: assignment.id })).toEqual({ classId: assignment.classId });
    const db = await getDb();
    expect(await db.select().from(attempts).where(eq(attempts.id, attemptId))).toEqual([]);
    expect(await db.select().from(answers).where(eq(answers.attemptId, attemptId))).toEqual([]);
  });
});
