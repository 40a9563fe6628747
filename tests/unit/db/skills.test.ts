import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db/client';
import { createAssignment } from '@/lib/db/queries/assignments';
import { createClass } from '@/lib/db/queries/classes';
import { joinClass, removeStudent } from '@/lib/db/queries/students';
import { getClassSkills } from '@/lib/server/class-skills';
import { getClassSkillsExport } from '@/lib/server/class-skills-export';
import { getPlayerSkills } from '@/lib/server/player-skills';
import { createAttempt, startAssignmentAttempt } from '@/lib/server/start-attempt';
import { submitAttempt } from '@/lib/server/submit-attempt';
import type { StudentRow } from '@/lib/db/schema';
import type { Question } from '@/lib/quiz/types';
import { guest, makeQuiz, makeTeacher, openAssignment, shownFor } from './helpers';

afterAll(closeDb);

// makeQuiz(4): q0 and q2 are 'vocabulary', q1 and q3 'who-said'; the right option of qN is N.
const wrong = (q: Question) => (q.answer + 1) % 4;
const only = (...right: string[]) => (q: Question) => (right.includes(q.id) ? q.answer : wrong(q));

async function play(assignmentId: string, s: StudentRow, pick: (q: Question) => number, confidence: Record<string, 'sure' | 'fairly' | 'guess'> = {}) {
  const started = await startAssignmentAttempt({ assignmentId, studentId: s.id, nickname: s.nickname });
  if (!started?.ok) throw new Error(started ? started.error : 'no such student');
  const player = { studentId: s.id };
  const r = await submitAttempt({ id: started.attemptId, player, shown: await shownFor(started.attemptId, player, pick), confidence, idempotencyKey: `grid-${started.attemptId}` });
  expect(r).toMatchObject({ ok: true });
}

async function seededClass() {
  const { slug } = await makeQuiz(4);
  const teacher = await makeTeacher('Grid');
  const cls = await createClass({ teacherId: teacher.id, name: 'Grid 8C' });
  const kids: Record<string, StudentRow> = {};
  for (const n of ['Ana', 'Ben', 'Cy', 'Dee']) {
    const j = await joinClass({ code: cls.joinCode, nickname: n });
    if (!j.ok) throw new Error(j.error);
    kids[n] = j.student;
  }
  const first = (await createAssignment(openAssignment(cls.id, slug, teacher.id, { opensAt: new Date(Date.now() - 2 * 3600_000) })))!;
  const second = (await createAssignment(openAssignment(cls.id, slug, teacher.id)))!;
  return { teacher, cls, kids, first, second };
}

describe('the skills grid (hand-computed figures)', () => {
  it('counts every answer toward its skill per student, with the class average, the trend and who needs what', async () => {
    const { teacher, cls, kids, first, second } = await seededClass();
    await play(first.id, kids.Ana, only('q0', 'q1', 'q2', 'q3'));      // vocab 2/2, who-said 2/2
    await play(first.id, kids.Ben, only('q0', 'q2'));                  // vocab 2/2, who-said 0/2
    await play(first.id, kids.Dee, only('q1'));                        // vocab 0/2, who-said 1/2
    await removeStudent({ studentId: kids.Dee.id, teacherId: teacher.id }); // gone from the roster and the counts
    await play(second.id, kids.Ben, only('q0', 'q1', 'q2'));           // vocab 2/2, who-said 1/2
    // Cy played nothing.

    const grid = (await getClassSkills(teacher, { classId: cls.id }))!;
    expect(grid.skills).toEqual(['vocabulary', 'who-said']);
    const row = (n: string) => grid.students.find((s) => s.nickname === n)!;
    expect(grid.students.map((s) => s.nickname)).toEqual(['Ana', 'Ben', 'Cy']);
    expect(row('Ana').cells).toEqual({ vocabulary: { right: 2, answered: 2, share: 1 }, 'who-said': { right: 2, answered: 2, share: 1 } });
    expect(row('Ben').cells).toEqual({ vocabulary: { right: 4, answered: 4, share: 1 }, 'who-said': { right: 1, answered: 4, share: 0.25 } });
    expect(row('Cy').cells).toEqual({});
    expect([row('Ana').weakest, row('Ben').weakest, row('Cy').weakest]).toEqual([null, 'who-said', null]); // Ana got everything right
    // Average: every answer of the roster. vocabulary 6 of 6; who-said 3 of 6.
    expect(grid.average).toEqual({ vocabulary: { right: 6, answered: 6, share: 1 }, 'who-said': { right: 3, answered: 6, share: 0.5 } });
    // Per assignment (oldest first): first = Ana + Ben, 6 of 8; second = Ben, 3 of 4. Who-said went 2/4 -> 1/2: steady.
    expect(grid.assignments.map((a) => [a.id, a.overall.right, a.overall.answered])).toEqual([[first.id, 6, 8], [second.id, 3, 4]]);
    expect(grid.trend).toEqual({ vocabulary: 0, 'who-said': 0 });

    const csv = (await getClassSkillsExport(teacher, { classId: cls.id }))!;
    expect(csv.filename).toBe('Grid-8C-skills.csv');
    expect(csv.rows).toEqual([
      ['student', 'Ana', 'vocabulary', 2, 2, 100, ''], ['student', 'Ana', 'who-said', 2, 2, 100, ''],
      ['student', 'Ben', 'vocabulary', 4, 4, 100, ''], ['student', 'Ben', 'who-said', 1, 4, 25, 'yes'],
      ['student', 'Cy', 'vocabulary', 0, 0, '', ''], ['student', 'Cy', 'who-said', 0, 0, '', ''],
      ['class average', '', 'vocabulary', 6, 6, 100, ''], ['class average', '', 'who-said', 3, 6, 50, ''],
    ]);
    expect(await getClassSkillsExport(await makeTeacher('Nosy'), { classId: cls.id })).toBeNull();
  });

  it('the grid moves after a student’s second assignment, and is refused to another teacher', async () => {
    const { teacher, cls, kids, first, second } = await seededClass();
    await play(first.id, kids.Cy, only());
    const before = (await getClassSkills(teacher, { classId: cls.id }))!;
    expect(before.students.find((s) => s.nickname === 'Cy')!.cells['who-said']).toEqual({ right: 0, answered: 2, share: 0 });
    await play(second.id, kids.Cy, only('q1', 'q3'));
    const after = (await getClassSkills(teacher, { classId: cls.id }))!;
    expect(after.students.find((s) => s.nickname === 'Cy')!.cells['who-said']).toEqual({ right: 2, answered: 4, share: 0.5 });
    expect(after.trend['who-said']).toBe(100);
    expect(await getClassSkills(await makeTeacher('Other'), { classId: cls.id })).toBeNull();
  });
});

describe('a player’s skills page', () => {
  it('a guest sees their own plays per skill with the trend, calibration and missed questions; nobody else’s', async () => {
    const { quizId } = await makeQuiz(4);
    const me = guest();
    for (const [n, pick] of [[0, only('q0')], [1, only('q0', 'q1', 'q2')]] as const) {
      const { id } = (await createAttempt({ quizId, player: me, nickname: `Gee${n}` }))!;
      const shown = await shownFor(id, me, pick);
      await submitAttempt({ id, player: me, shown, confidence: { q1: 'sure', q3: 'guess' }, idempotencyKey: `guest-${id}` });
    }
    const page = (await getPlayerSkills({ player: me }))!;
    expect(page.as).toBe('guest');
    const skill = (s: string) => page.skills.find((x) => x.skill === s)!;
    // vocabulary: 1/2 then 2/2 -> 3 of 4, trend +50; who-said: 0/2 then 1/2 -> 1 of 4, trend +50.
    expect(skill('vocabulary').overall).toEqual({ right: 3, answered: 4, share: 0.75 });
    expect(skill('vocabulary').trend).toBe(50);
    expect(skill('who-said').overall).toEqual({ right: 1, answered: 4, share: 0.25 });
    // Sure on q1 twice (wrong, then right); guessing on q3 twice (wrong both times).
    expect(skill('who-said').calibration.map((l) => [l.confidence, l.right, l.answered])).toEqual([['sure', 1, 2], ['fairly', 0, 0], ['guess', 0, 2]]);
    expect(page.weakest).toBe('who-said');
    expect(page.calibration.map((l) => [l.confidence, l.right, l.answered])).toEqual([['sure', 1, 2], ['fairly', 0, 0], ['guess', 0, 2]]);
    expect(page.misses.map((m) => m.questionId)).toEqual(['q3', 'q1', 'q2', 'q3']);
    expect(await getPlayerSkills({ player: guest() })).toMatchObject({ as: 'guest', skills: [], weakest: null, misses: [] });
    expect(await getPlayerSkills({ player: {} })).toBeNull();
  });

  it('a class member’s answers held back until the assignment closes are not counted yet', async () => {
    const { slug } = await makeQuiz(4);
    const teacher = await makeTeacher('Held');
    const cls = await createClass({ teacherId: teacher.id, name: 'Held 9A' });
    const j = await joinClass({ code: cls.joinCode, nickname: 'Eve' });
    if (!j.ok) throw new Error(j.error);
    const held = (await createAssignment(openAssignment(cls.id, slug, teacher.id, { revealAnswers: 'after-close' })))!;
    await play(held.id, j.student, only('q0'));
    expect(await getPlayerSkills({ player: { studentId: j.student.id } })).toMatchObject({ as: 'class', skills: [], weakest: null, misses: [] });
    // The teacher still sees them in the grid.
    const grid = (await getClassSkills(teacher, { classId: cls.id }))!;
    expect(grid.students[0].cells.vocabulary).toEqual({ right: 1, answered: 2, share: 0.5 });
  });
});
