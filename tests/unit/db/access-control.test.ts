import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/lib/db/client';
import {
  createAssignment,
  getTeacherAssignment,
  listClassAssignments,
  listStudentAssignments,
} from '@/lib/db/queries/assignments';
import { getAttempt } from '@/lib/server/attempt-view';
import { startAssignmentAttempt } from '@/lib/server/start-attempt';
import { submitAttempt } from '@/lib/server/submit-attempt';
import { createClass, getClass, listClasses, listStudents, regenerateJoinCode, updateClass } from '@/lib/db/queries/classes';
import { getAnswerExport, getGradebook } from '@/lib/server/assignment-export';
import { teacherOwnsAttempt } from '@/lib/db/queries/results';
import { getAssignmentResults, getAssignmentWithResults } from '@/lib/server/assignment-results';
import { getStudent, getStudentByAccessCode, joinClass, removeStudent, resetStudentAccess } from '@/lib/db/queries/students';
import { articles } from '@/lib/db/schema';
import { classroomRows, makeQuiz, makeTeacher, openAssignment, shownFor } from './helpers';

afterAll(closeDb);

async function join(code: string, nickname: string) {
  const joined = await joinClass({ code, nickname });
  if (!joined.ok) throw new Error(joined.error);
  return joined.student;
}

/**
 * Two teachers with a class each. Ana and Ben are in Ada's class, Cleo in Bea's. Ana has submitted Ada's
 * assignment, Ben has an attempt still open, and Ada has a second assignment that opens tomorrow.
 */
async function twoClassrooms() {
  const { slug } = await makeQuiz(4);
  const ada = await makeTeacher('Ada');
  const bea = await makeTeacher('Bea');
  const classA = await createClass({ teacherId: ada.id, name: 'Ada 7B' });
  const classB = await createClass({ teacherId: bea.id, name: 'Bea 8C' });
  const ana = await join(classA.joinCode, 'Ana');
  const ben = await join(classA.joinCode, 'Ben');
  const cleo = await join(classB.joinCode, 'Cleo');
  const assignA = (await createAssignment(openAssignment(classA.id, slug, ada.id)))!;
  const laterA = (await createAssignment(openAssignment(classA.id, slug, ada.id, {
    opensAt: new Date(Date.now() + 24 * 3600_000), closesAt: new Date(Date.now() + 48 * 3600_000),
  })))!;
  const assignB = (await createAssignment(openAssignment(classB.id, slug, bea.id)))!;
  const start = async (assignmentId: string, s: { id: string; nickname: string }) => {
    const r = await startAssignmentAttempt({ assignmentId, studentId: s.id, nickname: s.nickname });
    if (!r?.ok) throw new Error(`could not start: ${JSON.stringify(r)}`);
    return r.attemptId;
  };
  const anaAttempt = await start(assignA.id, ana);
  const sent = await submitAttempt({ id: anaAttempt, player: { studentId: ana.id }, shown: await shownFor(anaAttempt, { studentId: ana.id }, (q) => q.answer), idempotencyKey: `ana-${anaAttempt}` });
  expect(sent).toMatchObject({ ok: true, score: 4 });
  const benAttempt = await start(assignA.id, ben);
  return { slug, ada, bea, classA, classB, ana, ben, cleo, assignA, laterA, assignB, anaAttempt, benAttempt };
}

describe('a teacher and another teacher’s class', () => {
  let w: Awaited<ReturnType<typeof twoClassrooms>>;
  beforeAll(async () => {
    w = await twoClassrooms();
  });

  it('the owner sees the class, its roster, its assignments and its results (the refusals below are not blanket refusals)', async () => {
    expect((await getClass({ id: w.classA.id, teacherId: w.ada.id }))?.name).toBe('Ada 7B');
    expect((await listStudents({ classId: w.classA.id, teacherId: w.ada.id }))?.map((s) => s.nickname)).toEqual(['Ana', 'Ben']);
    expect((await listClassAssignments({ classId: w.classA.id, teacherId: w.ada.id }))?.map((a) => a.id).sort()).toEqual([w.assignA.id, w.laterA.id].sort());
    expect(await getTeacherAssignment({ id: w.assignA.id, teacherId: w.ada.id })).not.toBeNull();
    expect((await getAssignmentResults(w.ada, { assignmentId: w.assignA.id }))?.counts).toEqual({ notStarted: 0, started: 1, submitted: 1 });
    // The results page reads the assignment's class and settings with its results.
    const page = await getAssignmentWithResults(w.ada, { assignmentId: w.assignA.id });
    expect([page?.assignment.className, page?.assignment.classId, page?.assignment.settings.id, page?.results.counts.submitted]).toEqual(['Ada 7B', w.classA.id, w.assignA.id, 1]);
    expect((await getAnswerExport(w.ada, { assignmentId: w.assignA.id, timeZone: 'UTC' }))?.rows).toHaveLength(4);
    expect((await getGradebook(w.ada, { assignmentId: w.assignA.id, timeZone: 'UTC' }))?.rows).toHaveLength(2);
    expect(await teacherOwnsAttempt({ attemptId: w.anaAttempt, teacherId: w.ada.id })).toBe(true);
    // The before/after snapshots below hold real rows, so an unwanted change would show.
    const rows = await classroomRows([w.ada.id, w.bea.id]);
    expect([rows.classes, rows.students, rows.assignments, rows.attempts, rows.answers].map((t) => t.length)).toEqual([2, 3, 3, 2, 4]);
  });

  it('another teacher’s class is not in the list and cannot be read, renamed, archived or given a new code', async () => {
    const before = await classroomRows([w.ada.id, w.bea.id]);
    expect((await listClasses({ teacherId: w.bea.id })).map((c) => c.id)).toEqual([w.classB.id]);
    expect(await getClass({ id: w.classA.id, teacherId: w.bea.id })).toBeNull();
    expect(await updateClass({ id: w.classA.id, teacherId: w.bea.id, name: 'Taken over' })).toBeNull();
    expect(await updateClass({ id: w.classA.id, teacherId: w.bea.id, archived: true })).toBeNull();
    expect(await regenerateJoinCode({ id: w.classA.id, teacherId: w.bea.id })).toBeNull();
    expect(await classroomRows([w.ada.id, w.bea.id])).toEqual(before);
    // The class still takes students with its old code: nothing was archived or regenerated.
    expect((await joinClass({ code: w.classA.joinCode, nickname: 'Late' })).ok).toBe(true);
  });

  it('another teacher cannot see the roster or the assignments, nor add an assignment', async () => {
    const before = await classroomRows([w.ada.id, w.bea.id]);
    expect(await listStudents({ classId: w.classA.id, teacherId: w.bea.id })).toBeNull();
    expect(await listClassAssignments({ classId: w.classA.id, teacherId: w.bea.id })).toBeNull();
    expect(await createAssignment(openAssignment(w.classA.id, w.slug, w.bea.id))).toBeNull();
    expect(await classroomRows([w.ada.id, w.bea.id])).toEqual(before);
  });

  it('another teacher cannot remove a student or reset their access, and the student keeps working', async () => {
    const before = await classroomRows([w.ada.id, w.bea.id]);
    expect(await removeStudent({ studentId: w.ana.id, teacherId: w.bea.id })).toBe(false);
    expect(await resetStudentAccess({ studentId: w.ana.id, teacherId: w.bea.id })).toBeNull();
    expect(await classroomRows([w.ada.id, w.bea.id])).toEqual(before);
    expect((await getStudent({ id: w.ana.id, version: w.ana.sessionVersion }))?.student.id).toBe(w.ana.id);
    expect((await getStudentByAccessCode({ code: w.ana.accessCode }))?.id).toBe(w.ana.id);
  });

  it('another teacher cannot open the assignment, its results, its export or a student’s attempt', async () => {
    const before = await classroomRows([w.ada.id, w.bea.id]);
    expect(await getTeacherAssignment({ id: w.assignA.id, teacherId: w.bea.id })).toBeNull();
    expect(await getAssignmentResults(w.bea, { assignmentId: w.assignA.id })).toBeNull();
    expect(await getAssignmentWithResults(w.bea, { assignmentId: w.assignA.id })).toBeNull();
    expect(await getGradebook(w.bea, { assignmentId: w.assignA.id, timeZone: 'UTC' })).toBeNull();
    expect(await getAnswerExport(w.bea, { assignmentId: w.assignA.id, timeZone: 'UTC' })).toBeNull();
    expect(await teacherOwnsAttempt({ attemptId: w.anaAttempt, teacherId: w.bea.id })).toBe(false);
    expect(await teacherOwnsAttempt({ attemptId: w.benAttempt, teacherId: w.bea.id })).toBe(false);
    // Signed in as an account, the other teacher is not the attempt's owner either.
    expect(await getAttempt({ id: w.anaAttempt, player: { userId: w.bea.id } })).toBeNull();
    expect(await classroomRows([w.ada.id, w.bea.id])).toEqual(before);
  });

  it('the owner cannot use an assignment id of another class through their own class either', async () => {
    // Bea owns assignB; Ada asking for it by id gets nothing, the same as Bea asking for Ada's.
    expect(await getTeacherAssignment({ id: w.assignB.id, teacherId: w.ada.id })).toBeNull();
    expect(await getAssignmentResults(w.ada, { assignmentId: w.assignB.id })).toBeNull();
    expect(await getAssignmentWithResults(w.ada, { assignmentId: w.assignB.id })).toBeNull();
    expect(await getGradebook(w.ada, { assignmentId: w.assignB.id, timeZone: 'UTC' })).toBeNull();
  });
});

describe('a teacher and another teacher’s article', () => {
  // Articles a teacher pastes are theirs alone: assignable by the owner once published, never by anyone else.
  it('cannot assign another teacher’s article, draft or published; the owner only after publishing', async () => {
    const { slug } = await makeQuiz(4);
    const ada = await makeTeacher('Ada');
    const bea = await makeTeacher('Bea');
    const db = await getDb();
    await db.update(articles).set({ ownerId: ada.id, publishedAt: null }).where(eq(articles.slug, slug));
    const classA = await createClass({ teacherId: ada.id, name: 'Ada 7B' });
    const classB = await createClass({ teacherId: bea.id, name: 'Bea 8C' });
    const before = await classroomRows([ada.id, bea.id]);
    expect(await createAssignment(openAssignment(classA.id, slug, ada.id))).toBeNull(); // a draft: publish first
    expect(await createAssignment(openAssignment(classB.id, slug, bea.id))).toBeNull();
    expect(await classroomRows([ada.id, bea.id])).toEqual(before);
    await db.update(articles).set({ publishedAt: new Date() }).where(eq(articles.slug, slug));
    const beaBefore = await classroomRows([bea.id]);
    expect(await createAssignment(openAssignment(classB.id, slug, bea.id))).toBeNull();
    expect(await classroomRows([bea.id])).toEqual(beaBefore);
    expect(await createAssignment(openAssignment(classA.id, slug, ada.id))).not.toBeNull();
  });
});

describe('a student and other students', () => {
  let w: Awaited<ReturnType<typeof twoClassrooms>>;
  beforeAll(async () => {
    w = await twoClassrooms();
  });

  it('cannot read or submit a classmate’s attempt, nor one from another class, and nothing is stored', async () => {
    const before = await classroomRows([w.ada.id, w.bea.id]);
    const benShown = await shownFor(w.benAttempt, { studentId: w.ben.id }, (q) => q.answer);
    expect(await getAttempt({ id: w.anaAttempt, player: { studentId: w.ben.id } })).toBeNull(); // classmate
    expect(await getAttempt({ id: w.anaAttempt, player: { studentId: w.cleo.id } })).toBeNull(); // other class
    for (const intruder of [w.ana, w.cleo]) {
      expect(await getAttempt({ id: w.benAttempt, player: { studentId: intruder.id } })).toBeNull();
      expect(await submitAttempt({ id: w.benAttempt, player: { studentId: intruder.id }, shown: benShown, idempotencyKey: `intruder-${intruder.id}` })).toBeNull();
    }
    // Other identities the same browser might hold do not unlock a class attempt.
    expect(await getAttempt({ id: w.benAttempt, player: { userId: w.ada.id, guestId: 'some-guest' } })).toBeNull();
    expect(await classroomRows([w.ada.id, w.bea.id])).toEqual(before);
    expect(await getAttempt({ id: w.benAttempt, player: { studentId: w.ben.id } })).not.toBeNull();
  });

  it('sees only their own class’s assignments that have opened', async () => {
    const anaList = await listStudentAssignments({ studentId: w.ana.id, classId: w.ana.classId });
    expect(anaList.map((a) => a.id)).toEqual([w.assignA.id]);
    expect(anaList[0]).toMatchObject({ attemptsUsed: 1, lastAttemptId: w.anaAttempt, lastSubmitted: true });
    const cleoList = await listStudentAssignments({ studentId: w.cleo.id, classId: w.cleo.classId });
    expect(cleoList.map((a) => a.id)).toEqual([w.assignB.id]);
    expect(cleoList[0]).toMatchObject({ attemptsUsed: 0, lastAttemptId: null, lastSubmitted: false });
  });

  it('cannot start an assignment of another class or one that has not opened, and no attempt is made', async () => {
    const before = await classroomRows([w.ada.id, w.bea.id]);
    expect(await startAssignmentAttempt({ assignmentId: w.assignA.id, studentId: w.cleo.id, nickname: 'Cleo' })).toBeNull();
    expect(await startAssignmentAttempt({ assignmentId: w.assignB.id, studentId: w.ana.id, nickname: 'Ana' })).toBeNull();
    expect(await startAssignmentAttempt({ assignmentId: w.laterA.id, studentId: w.ana.id, nickname: 'Ana' })).toBeNull();
    expect(await startAssignmentAttempt({ assignmentId: 'no-such-assignment', studentId: w.ana.id, nickname: 'Ana' })).toBeNull();
    expect(await classroomRows([w.ada.id, w.bea.id])).toEqual(before);
  });
});

describe('joining a class', () => {
  it('refuses an archived class’s code and an unknown code with the same message, and adds no one', async () => {
    const ada = await makeTeacher('Ada');
    const cls = await createClass({ teacherId: ada.id, name: 'Old class' });
    await updateClass({ id: cls.id, teacherId: ada.id, archived: true });
    const before = await classroomRows([ada.id]);
    const archived = await joinClass({ code: cls.joinCode, nickname: 'Ana' });
    const unknown = await joinClass({ code: 'NOPE00', nickname: 'Ana' }); // 0 and O never appear in a code
    expect(archived).toEqual({ ok: false, field: 'code', error: 'That class code does not work. Check it with your teacher.' });
    expect(unknown).toEqual(archived);
    expect(await classroomRows([ada.id])).toEqual(before);
    // Restored, the same code works again.
    await updateClass({ id: cls.id, teacherId: ada.id, archived: false });
    expect((await joinClass({ code: cls.joinCode, nickname: 'Ana' })).ok).toBe(true);
  });

  it('a regenerated code replaces the old one at once', async () => {
    const ada = await makeTeacher('Ada');
    const cls = await createClass({ teacherId: ada.id, name: '7B' });
    const fresh = (await regenerateJoinCode({ id: cls.id, teacherId: ada.id }))!;
    expect(fresh.joinCode).not.toBe(cls.joinCode);
    expect(fresh.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(await joinClass({ code: cls.joinCode, nickname: 'Ana' })).toMatchObject({ ok: false, field: 'code' });
    expect((await joinClass({ code: fresh.joinCode, nickname: 'Ana' })).ok).toBe(true);
  });

  it('accepts the code typed in lower case with spaces or a dash', async () => {
    const ada = await makeTeacher('Ada');
    const cls = await createClass({ teacherId: ada.id, name: '7B' });
    const code = cls.joinCode;
    const spaced = ` ${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()} `;
    const dashed = `${code.slice(0, 3)}-${code.slice(3).toLowerCase()}`;
    const one = await joinClass({ code: spaced, nickname: 'Ana' });
    const two = await joinClass({ code: dashed, nickname: 'Ben' });
    expect(one.ok && one.student.classId).toBe(cls.id);
    expect(two.ok && two.student.classId).toBe(cls.id);
  });

  it('refuses a nickname already used in the class (but not one used in another class)', async () => {
    const ada = await makeTeacher('Ada');
    const bea = await makeTeacher('Bea');
    const clsA = await createClass({ teacherId: ada.id, name: '7B' });
    const clsB = await createClass({ teacherId: bea.id, name: '8C' });
    const first = await join(clsA.joinCode, 'Ana');
    const before = await classroomRows([ada.id]);
    const again = await joinClass({ code: clsA.joinCode, nickname: 'Ana' });
    expect(again).toMatchObject({ ok: false, field: 'nickname', error: expect.stringMatching(/already uses that nickname/) });
    expect(await classroomRows([ada.id])).toEqual(before);
    expect((await listStudents({ classId: clsA.id, teacherId: ada.id }))!.map((s) => s.id)).toEqual([first.id]);
    expect((await joinClass({ code: clsB.joinCode, nickname: 'Ana' })).ok).toBe(true);
  });
});

describe('removing a student and resetting access', () => {
  it('a removed student’s session and personal code stop working, and they leave the roster', async () => {
    const ada = await makeTeacher('Ada');
    const cls = await createClass({ teacherId: ada.id, name: '7B' });
    const ana = await join(cls.joinCode, 'Ana');
    expect(await getStudent({ id: ana.id, version: ana.sessionVersion })).not.toBeNull();
    expect(await removeStudent({ studentId: ana.id, teacherId: ada.id })).toBe(true);
    expect(await getStudent({ id: ana.id, version: ana.sessionVersion })).toBeNull();
    expect(await getStudent({ id: ana.id, version: ana.sessionVersion + 1 })).toBeNull();
    expect(await getStudentByAccessCode({ code: ana.accessCode })).toBeNull();
    expect(await listStudents({ classId: cls.id, teacherId: ada.id })).toEqual([]);
    // Nor can a removed student's access be reset back to life.
    expect(await resetStudentAccess({ studentId: ana.id, teacherId: ada.id })).toBeNull();
  });

  it('a removed student cannot start an assignment', async () => {
    const { slug } = await makeQuiz(4);
    const ada = await makeTeacher('Ada');
    const cls = await createClass({ teacherId: ada.id, name: '7B' });
    const ana = await join(cls.joinCode, 'Ana');
    const a = (await createAssignment(openAssignment(cls.id, slug, ada.id)))!;
    await removeStudent({ studentId: ana.id, teacherId: ada.id });
    const before = await classroomRows([ada.id]);
    expect(await startAssignmentAttempt({ assignmentId: a.id, studentId: ana.id, nickname: 'Ana' })).toBeNull();
    expect(await classroomRows([ada.id])).toEqual(before);
  });

  it('a reset gives a new personal code and signs out the old session; the old code finds no one', async () => {
    const ada = await makeTeacher('Ada');
    const cls = await createClass({ teacherId: ada.id, name: '7B' });
    const ana = await join(cls.joinCode, 'Ana');
    const reset = (await resetStudentAccess({ studentId: ana.id, teacherId: ada.id }))!;
    expect(reset.id).toBe(ana.id);
    expect(reset.accessCode).not.toBe(ana.accessCode);
    expect(reset.sessionVersion).toBe(ana.sessionVersion + 1);
    expect(await getStudent({ id: ana.id, version: ana.sessionVersion })).toBeNull();
    expect((await getStudent({ id: ana.id, version: reset.sessionVersion }))?.student.id).toBe(ana.id);
    expect(await getStudentByAccessCode({ code: ana.accessCode })).toBeNull();
    expect((await getStudentByAccessCode({ code: reset.accessCode.toLowerCase() }))?.id).toBe(ana.id);
  });
});
