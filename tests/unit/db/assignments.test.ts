import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/lib/db/client';
import { createAssignment, listStudentAssignments } from '@/lib/db/queries/assignments';
import { getAttempt } from '@/lib/server/attempt-view';
import { startAssignmentAttempt } from '@/lib/server/start-attempt';
import { submitAttempt } from '@/lib/server/submit-attempt';
import { createClass } from '@/lib/db/queries/classes';
import { getAnswerExport, getGradebook, getKindSummary } from '@/lib/server/assignment-export';
import { getAssignmentResults } from '@/lib/server/assignment-results';
import { joinClass } from '@/lib/db/queries/students';
import { answers, assignments, attempts, type StudentRow } from '@/lib/db/schema';
import type { Question } from '@/lib/quiz/types';
import { classroomRows, makeQuiz, makeTeacher, openAssignment, shownFor } from './helpers';

afterAll(closeDb);

type Student = StudentRow;

/** A teacher with one class, students who joined it by code, and an assignment made with `overrides`. */
async function classroom(nicknames: string[], overrides: Parameters<typeof openAssignment>[3] = {}) {
  const { slug } = await makeQuiz(4);
  const teacher = await makeTeacher('Ada');
  const cls = await createClass({ teacherId: teacher.id, name: 'Ada 7B' });
  const kids: Student[] = [];
  for (const nickname of nicknames) {
    const joined = await joinClass({ code: cls.joinCode, nickname });
    if (!joined.ok) throw new Error(joined.error);
    kids.push(joined.student);
  }
  const assignment = (await createAssignment(openAssignment(cls.id, slug, teacher.id, overrides)))!;
  expect(assignment).not.toBeNull();
  return { slug, teacher, cls, kids, assignment };
}

const start = (assignmentId: string, s: Student) => startAssignmentAttempt({ assignmentId, studentId: s.id, nickname: s.nickname });

/** Submits an attempt choosing `pick(question)` (a canonical option) for every dealt question. */
async function submit(id: string, s: Student, pick: (q: Question) => number = (q) => q.answer) {
  const player = { studentId: s.id };
  return submitAttempt({ id, player, shown: await shownFor(id, player, pick), idempotencyKey: `submit-${id}` });
}

async function attemptRows(assignmentId: string) {
  const db = await getDb();
  return db.select().from(attempts).where(eq(attempts.assignmentId, assignmentId));
}

describe('an assignment’s window and attempt limit', () => {
  it('deals the chosen number of questions from the chosen skills only', async () => {
    const { kids, assignment } = await classroom(['Ana'], { questionCount: 2, skills: ['who-said'] });
    const started = await start(assignment.id, kids[0]);
    const view = await getAttempt({ id: (started as { attemptId: string }).attemptId, player: { studentId: kids[0].id } });
    expect(view!.dealt.map((d) => d.question.skill)).toEqual(['who-said', 'who-said']);
    expect(view!.attempt.maxScore).toBe(2);
    expect(view!.assignment?.id).toBe(assignment.id);
  });

  it('a closed assignment refuses a start with a clear message and makes no attempt', async () => {
    const { teacher, kids, assignment } = await classroom(['Ana'], {
      opensAt: new Date(Date.now() - 2 * 3600_000), closesAt: new Date(Date.now() - 3600_000),
    });
    const before = await classroomRows([teacher.id]);
    expect(await start(assignment.id, kids[0])).toEqual({ ok: false, error: 'This assignment has closed.' });
    expect(await classroomRows([teacher.id])).toEqual(before);
    // A closed assignment is still listed (as closed) to the class: it opened, so it is no secret.
    expect((await listStudentAssignments({ studentId: kids[0].id, classId: kids[0].classId })).map((a) => a.id)).toEqual([assignment.id]);
  });

  it('with one attempt allowed, a start resumes the open attempt, and after submitting another start is refused', async () => {
    const { teacher, kids, assignment } = await classroom(['Ana']);
    const ana = kids[0];
    const first = await start(assignment.id, ana);
    expect(first).toMatchObject({ ok: true });
    const id = (first as { attemptId: string }).attemptId;
    expect(await start(assignment.id, ana)).toEqual({ ok: true, attemptId: id }); // resumed, not a second attempt
    expect(await submit(id, ana)).toMatchObject({ ok: true, score: 4, maxScore: 4 });
    const before = await classroomRows([teacher.id]);
    expect(await start(assignment.id, ana)).toEqual({ ok: false, error: 'You have used all 1 attempt for this assignment.' });
    expect(await classroomRows([teacher.id])).toEqual(before);
    expect(await attemptRows(assignment.id)).toHaveLength(1);
    const [listed] = await listStudentAssignments({ studentId: ana.id, classId: ana.classId });
    expect(listed).toMatchObject({ attemptsUsed: 1, lastAttemptId: id, lastSubmitted: true, submitted: 1 });
  });

  it('with two attempts allowed, a second attempt is new and a third is refused', async () => {
    const { kids, assignment } = await classroom(['Ana'], { attemptsAllowed: 2 });
    const ana = kids[0];
    const one = (await start(assignment.id, ana)) as { attemptId: string };
    await submit(one.attemptId, ana, () => 0);
    const two = (await start(assignment.id, ana)) as { ok: boolean; attemptId: string };
    expect(two.ok).toBe(true);
    expect(two.attemptId).not.toBe(one.attemptId);
    await submit(two.attemptId, ana);
    expect(await start(assignment.id, ana)).toEqual({ ok: false, error: 'You have used all 2 attempts for this assignment.' });
    expect(await attemptRows(assignment.id)).toHaveLength(2);
  });

  it('several starts at the same moment make one attempt, and every caller gets it', async () => {
    const { kids, assignment } = await classroom(['Ana']);
    const results = await Promise.all(Array.from({ length: 4 }, () => start(assignment.id, kids[0])));
    const rows = await attemptRows(assignment.id);
    expect(rows).toHaveLength(1);
    expect(results).toEqual(Array.from({ length: 4 }, () => ({ ok: true, attemptId: rows[0].id })));
  });

  it('a submit after the close date is refused and stores nothing', async () => {
    const { teacher, kids, assignment } = await classroom(['Ana']);
    const ana = kids[0];
    const { attemptId } = (await start(assignment.id, ana)) as { attemptId: string };
    const shown = await shownFor(attemptId, { studentId: ana.id }, (q) => q.answer);
    const db = await getDb();
    await db.update(assignments).set({ closesAt: new Date(Date.now() - 1000) }).where(eq(assignments.id, assignment.id));
    const before = await classroomRows([teacher.id]);
    expect(await submitAttempt({ id: attemptId, player: { studentId: ana.id }, shown, idempotencyKey: `late-${attemptId}` })).toEqual({
      ok: false, error: 'This assignment has closed, so new answers can no longer be accepted.',
    });
    expect(await classroomRows([teacher.id])).toEqual(before);
    const [row] = await attemptRows(assignment.id);
    expect(row).toMatchObject({ submittedAt: null, score: null, idempotencyKey: null });
    expect(await db.select().from(answers).where(eq(answers.attemptId, attemptId))).toEqual([]);
    // Nor does the open attempt get resumed once the window has shut.
    expect(await start(assignment.id, ana)).toEqual({ ok: false, error: 'This assignment has closed.' });
  });
});

describe('results and export', () => {
  // The test quiz's answer key: q0 alpha, q1 beta, q2 gamma, q3 delta; q0 and q2 are vocabulary, q1 and q3 who-said.
  const options = ['alpha', 'beta', 'gamma', 'delta'];
  const boPicks: Record<string, number> = { q0: 0, q1: 0, q2: 0, q3: 1 }; // right on q0 only
  const zoe = 'Zoë "Z", Jr';
  let w: Awaited<ReturnType<typeof classroom>>;
  let attemptOf: Record<string, string>;

  beforeAll(async () => {
    w = await classroom(['Bo', 'Cy', 'Di', zoe]);
    const [bo, , di, z] = w.kids; // Cy never starts; Di starts and does not submit
    attemptOf = {};
    for (const s of [bo, di, z]) attemptOf[s.nickname] = ((await start(w.assignment.id, s)) as { attemptId: string }).attemptId;
    expect(await submit(attemptOf[zoe], z)).toMatchObject({ ok: true, score: 4 });
    expect(await submit(attemptOf.Bo, bo, (q) => boPicks[q.id])).toMatchObject({ ok: true, score: 1 });
  });

  it('counts who has submitted, started and not started, with each student’s score', async () => {
    const r = (await getAssignmentResults(w.teacher, { assignmentId: w.assignment.id }))!;
    expect(r.counts).toEqual({ notStarted: 1, started: 1, submitted: 2 });
    expect(r.students.map((s) => [s.nickname, s.status, s.score, s.maxScore, s.attemptId])).toEqual([
      ['Bo', 'submitted', 1, 4, attemptOf.Bo],
      ['Cy', 'not-started', null, null, null],
      ['Di', 'started', null, null, attemptOf.Di],
      [zoe, 'submitted', 4, 4, attemptOf[zoe]],
    ]);
    expect(r.students.find((s) => s.nickname === zoe)!.durationMs).toBeGreaterThanOrEqual(0);
    expect(r.averageScore).toBeCloseTo((4 / 4 + 1 / 4) / 2);
  });

  it('gives each question’s share right and its most chosen wrong option, hardest first, from submitted attempts only', async () => {
    const r = (await getAssignmentResults(w.teacher, { assignmentId: w.assignment.id }))!;
    const byId = Object.fromEntries(r.questions.map((q) => [q.id, [q.answered, q.correctShare, q.commonWrong]]));
    expect(byId).toEqual({
      q0: [2, 1, null],
      q1: [2, 0.5, 'alpha'],
      q2: [2, 0.5, 'alpha'],
      q3: [2, 0.5, 'beta'],
    });
    expect(r.questions.map((q) => q.correctShare)).toEqual([0.5, 0.5, 0.5, 1]);
    expect(r.questions.find((q) => q.id === 'q1')!.prompt).toBe('Question number 1?');
  });

  it('gives the class’s share right per skill, weakest first', async () => {
    const r = (await getAssignmentResults(w.teacher, { assignmentId: w.assignment.id }))!;
    expect(r.skills).toEqual([
      { skill: 'who-said', answered: 4, correctShare: 0.5 }, // q1: 1 of 2, q3: 1 of 2
      { skill: 'vocabulary', answered: 4, correctShare: 0.75 }, // q0: 2 of 2, q2: 1 of 2
    ]);
  });

  it('exports a gradebook: every student of the class, a column per question in the bank’s order, times in the teacher’s zone', async () => {
    const out = (await getGradebook(w.teacher, { assignmentId: w.assignment.id, timeZone: 'Asia/Kolkata' }))!;
    expect(out.filename).toBe('Test-article-Ada-7B-gradebook.csv');
    expect(out.header).toEqual(['student', 'status', 'score', 'out of', 'percent', 'confidence marks', 'time taken (s)', 'submitted at (Asia/Kolkata)', 'attempts submitted',
      'Q1: Question number 0?', 'Q2: Question number 1?', 'Q3: Question number 2?', 'Q4: Question number 3?']);
    // The assignment does not use confidence marks: that column stays empty.
    expect(out.rows.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[8], ...r.slice(9)])).toEqual([
      ['Bo', 'submitted', 1, 4, 25, '', 1, 1, 0, 0, 0],
      ['Cy', 'not started', '', '', '', '', 0, '', '', '', ''],
      ['Di', 'started', '', '', '', '', 0, '', '', '', ''],
      [zoe, 'submitted', 4, 4, 100, '', 1, 1, 1, 1, 1],
    ]);
    // India is 5 h 30 min ahead of UTC all year: the written time is the submit time there.
    const db = await getDb();
    const [bo] = await db.select().from(attempts).where(eq(attempts.id, attemptOf.Bo));
    const kolkata = new Date(bo.submittedAt!.getTime() + 5.5 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
    expect(out.rows[0][7]).toBe(kolkata);
    expect(out.rows[0][6]).toEqual(expect.any(Number));
  });

  it('exports every answer, one row each, names unchanged', async () => {
    const out = (await getAnswerExport(w.teacher, { assignmentId: w.assignment.id, timeZone: 'UTC' }))!;
    expect(out.filename).toBe('Test-article-Ada-7B-answers.csv');
    expect(out.header).toEqual(['student', 'attempt', 'counted in gradebook', 'submitted at (UTC)', 'question number', 'skill', 'question', 'kind',
      'answer given', 'right answer', 'correct', 'points', 'max points', 'partial credit', 'confidence', 'confidence marks']);
    expect(out.rows).toHaveLength(8);
    expect(new Set(out.rows.map((r) => r[0]))).toEqual(new Set(['Bo', zoe])); // Cy and Di have nothing to export
    for (const [nickname, pick] of [['Bo', (id: string) => boPicks[id]], [zoe, (id: string) => Number(id.slice(1)) % 4]] as const) {
      const view = await getAttempt({ id: attemptOf[nickname], player: {}, asTeacher: true });
      const expected = view!.dealt.map(({ question }) => {
        const chosen = pick(question.id);
        const right = chosen === question.answer;
        // Single choice, worth 1; no confidence given, and no confidence marks in this assignment.
        return [nickname, 1, 'yes', Number(question.id.slice(1)) + 1, question.skill, question.prompt, 'choice', options[chosen], options[question.answer],
          right ? 'yes' : 'no', right ? 1 : 0, 1, right ? 1 : 0, '', ''];
      });
      expect(out.rows.filter((r) => r[0] === nickname).map((r) => [...r.slice(0, 3), ...r.slice(4)])).toEqual(expected);
    }
  });

  it('exports a row per kind of question: the share fully right, the mean partial credit, the most chosen wrong answer', async () => {
    const out = (await getKindSummary(w.teacher, { assignmentId: w.assignment.id, timeZone: 'UTC' }))!;
    expect(out.filename).toBe('Test-article-Ada-7B-kinds.csv');
    // Single choice only here: 5 of 8 answers right.
    expect(out.rows).toEqual([['One answer', 'choice', 8, '63%', '63%', expect.any(String)]]);
  });

  it('fills in confidence marks once the assignment uses them (no confidence given: each answer a guess)', async () => {
    const db = await getDb();
    await db.update(assignments).set({ confidenceMarks: true }).where(eq(assignments.id, w.assignment.id));
    try {
      const book = (await getGradebook(w.teacher, { assignmentId: w.assignment.id, timeZone: 'UTC' }))!;
      expect(book.rows.map((r) => [r[0], r[5]])).toEqual([['Bo', 1], ['Cy', ''], ['Di', ''], [zoe, 4]]);
      const lines = (await getAnswerExport(w.teacher, { assignmentId: w.assignment.id, timeZone: 'UTC' }))!;
      expect(lines.rows.filter((r) => r[0] === zoe).map((r) => r[15])).toEqual([1, 1, 1, 1]);
    } finally {
      await db.update(assignments).set({ confidenceMarks: false }).where(eq(assignments.id, w.assignment.id));
    }
  });
});

describe('the gradebook of an assignment dealing part of the bank', () => {
  it('has a column per question dealt to someone, in the bank’s order, not one per question of the bank', async () => {
    const { teacher, kids, assignment } = await classroom(['Ana', 'Ben'], { questionCount: 2 });
    const book = async () => (await getGradebook(teacher, { assignmentId: assignment.id, timeZone: 'UTC' }))!;
    expect((await book()).header.slice(9)).toEqual([]); // nobody has started: nothing dealt yet
    const { attemptId } = (await start(assignment.id, kids[0])) as { attemptId: string };
    const view = await getAttempt({ id: attemptId, player: { studentId: kids[0].id } });
    const dealt = view!.dealt.map(({ question }) => question).sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
    expect(dealt).toHaveLength(2);
    expect((await book()).header.slice(9)).toEqual(dealt.map((q, i) => `Q${i + 1}: ${q.prompt}`));
  });
});
