import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/lib/db/client';
import { createAssignment } from '@/lib/db/queries/assignments';
import { createClass } from '@/lib/db/queries/classes';
import { joinClass } from '@/lib/db/queries/students';
import { answers, articles, attempts, questions, type StudentRow } from '@/lib/db/schema';
import { deleteArticle, duplicateArticle, unpublishArticle } from '@/lib/server/article-lifecycle';
import { getAssignmentResults } from '@/lib/server/assignment-results';
import { deleteQuestion, updateQuestion } from '@/lib/server/edit-article';
import { startAssignmentAttempt } from '@/lib/server/start-attempt';
import { submitAttempt } from '@/lib/server/submit-attempt';
import { getDraft } from '@/lib/db/queries/teacher-articles';
import type { Question } from '@/lib/quiz/types';
import { makeQuiz, makeTeacher, openAssignment, shownFor } from './helpers';

afterAll(closeDb);

/** A teacher's published article of 4 questions (q0's key is option 0), set to a class whose students joined. */
async function publishedClassroom(nicknames: string[]) {
  const { slug } = await makeQuiz(4);
  const teacher = await makeTeacher('Grace');
  const db = await getDb();
  await db.update(articles).set({ ownerId: teacher.id, publishedAt: new Date() }).where(eq(articles.slug, slug));
  const cls = await createClass({ teacherId: teacher.id, name: 'Grace 8C' });
  const kids: StudentRow[] = [];
  for (const nickname of nicknames) {
    const joined = await joinClass({ code: cls.joinCode, nickname });
    if (!joined.ok) throw new Error(joined.error);
    kids.push(joined.student);
  }
  const assignment = (await createAssignment(openAssignment(cls.id, slug, teacher.id)))!;
  return { slug, teacher, kids, assignment };
}

async function play(assignmentId: string, s: StudentRow, pick?: (q: Question) => number) {
  const started = await startAssignmentAttempt({ assignmentId, studentId: s.id, nickname: s.nickname });
  if (!started?.ok) throw new Error(started ? started.error : 'no such assignment');
  const id = started.attemptId;
  if (!pick) return id;
  const player = { studentId: s.id };
  const done = await submitAttempt({ id, player, shown: await shownFor(id, player, pick), idempotencyKey: `k-${id}` });
  expect(done).toMatchObject({ ok: true });
  return id;
}

async function attemptRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(attempts).where(eq(attempts.id, id));
  return row;
}

const q0Fix = { prompt: 'Question number 0, fixed?', options: ['alpha', 'beta', 'gamma', 'delta'], answer: 1, explanation: 'Beta was right all along.', evidence: null };

describe('a teacher fixes a question after publishing', () => {
  it('a new key re-grades every submitted attempt with the one grader; only changed results are marked', async () => {
    const { slug, teacher, kids, assignment } = await publishedClassroom(['Ana', 'Ben']);
    const ana = await play(assignment.id, kids[0], (q) => q.answer); // all right
    const ben = await play(assignment.id, kids[1], (q) => (q.id === 'q0' ? 1 : q.answer)); // q0 "wrong"
    expect((await attemptRow(ben)).score).toBe(3);

    const fixed = await updateQuestion({ id: teacher.id }, { slug, questionId: 'q0', ...q0Fix });
    expect(fixed).toEqual({ ok: true, regraded: 2 });
    const [a, b] = [await attemptRow(ana), await attemptRow(ben)];
    expect([a.score, a.maxScore, b.score, b.maxScore]).toEqual([3, 4, 4, 4]);
    expect(a.regradedAt).toBeInstanceOf(Date);
    expect(b.regradedAt).toBeInstanceOf(Date);
    const db = await getDb();
    const benQ0 = (await db.select().from(answers).where(eq(answers.attemptId, ben))).find((r) => r.questionId === 'q0')!;
    expect([benQ0.correct, benQ0.points, benQ0.chosen]).toEqual([true, 1, 1]);
    // The live results read the same rows: q0 is now right for Ben only.
    const results = await getAssignmentResults({ id: teacher.id }, { assignmentId: assignment.id });
    expect(results!.questions.find((q) => q.id === 'q0')!.correctShare).toBe(0.5);
    expect(results!.students.map((s) => s.score)).toEqual([3, 4]);

    // Rewording alone changes no one's result, so no result says it was updated again.
    const before = (await attemptRow(ana)).regradedAt;
    expect(await updateQuestion({ id: teacher.id }, { slug, questionId: 'q0', ...q0Fix, prompt: 'Which word, fixed again?' })).toEqual({ ok: true, regraded: 0 });
    expect((await attemptRow(ana)).regradedAt).toEqual(before);
  });

  it('removing a question re-grades without it and takes it out of open attempts too', async () => {
    const { slug, teacher, kids, assignment } = await publishedClassroom(['Ana', 'Cy']);
    const ana = await play(assignment.id, kids[0], (q) => (q.id === 'q1' ? 3 : q.answer)); // q1 wrong: 3/4
    const cy = await play(assignment.id, kids[1]); // started, not submitted
    expect(await deleteQuestion({ id: teacher.id }, { slug, questionId: 'q1' })).toEqual({ ok: true, regraded: 1 });
    const a = await attemptRow(ana);
    expect([a.score, a.maxScore, a.plan.some((p) => p.questionId === 'q1')]).toEqual([3, 3, false]);
    const db = await getDb();
    expect((await db.select().from(answers).where(eq(answers.attemptId, ana))).map((r) => r.questionId).sort()).toEqual(['q0', 'q2', 'q3']);
    const c = await attemptRow(cy);
    expect([c.maxScore, c.plan.length, c.regradedAt]).toEqual([3, 3, null]);
    // Cy can still hand in the three questions left.
    const player = { studentId: kids[1].id };
    expect(await submitAttempt({ id: cy, player, shown: await shownFor(cy, player, (q) => q.answer), idempotencyKey: 'cy' })).toMatchObject({ ok: true, score: 3, maxScore: 3 });
    // A published quiz keeps at least 3 questions.
    const refused = await deleteQuestion({ id: teacher.id }, { slug, questionId: 'q2' });
    expect(refused).toMatchObject({ ok: false });
    expect((await db.select().from(questions).where(eq(questions.id, 'q2'))).length).toBeGreaterThan(0);
  });

  it('refuses to change the number of options once dealt, and another teacher changes nothing', async () => {
    const { slug, teacher, kids, assignment } = await publishedClassroom(['Ana']);
    const ana = await play(assignment.id, kids[0], (q) => q.answer);
    const three = await updateQuestion({ id: teacher.id }, { slug, questionId: 'q0', ...q0Fix, options: ['alpha', 'beta', 'gamma'] });
    expect(three).toMatchObject({ ok: false, error: expect.stringMatching(/same number of answers/) });
    const stranger = await makeTeacher('Mallory');
    expect(await updateQuestion({ id: stranger.id }, { slug, questionId: 'q0', ...q0Fix })).toBeNull();
    expect(await deleteQuestion({ id: stranger.id }, { slug, questionId: 'q0' })).toBeNull();
    expect((await attemptRow(ana)).score).toBe(4);
  });
});

describe('a teacher’s article as a whole', () => {
  it('an assigned article is not deleted; unpublishing keeps its results; a copy is a new draft with the questions', async () => {
    const { slug, teacher, kids, assignment } = await publishedClassroom(['Ana']);
    const ana = await play(assignment.id, kids[0], (q) => q.answer);
    expect(await deleteArticle({ id: teacher.id }, { slug })).toMatchObject({ ok: false, error: expect.stringMatching(/Unpublish/) });
    expect(await unpublishArticle({ id: teacher.id }, { slug })).toEqual({ ok: true });
    expect(await deleteArticle({ id: teacher.id }, { slug })).toMatchObject({ ok: false, error: expect.stringMatching(/results/) });
    expect((await attemptRow(ana)).score).toBe(4);
    const copy = await duplicateArticle({ id: teacher.id }, { slug });
    expect(copy).toMatchObject({ ok: true });
    if (!copy?.ok) return;
    const draft = await getDraft({ slug: copy.slug, ownerId: teacher.id });
    expect(draft!.article.title).toBe('Copy of Test article');
    expect(draft!.article.publishedAt).toBeNull();
    expect(draft!.questions.map((q) => q.id)).toEqual(['q0', 'q1', 'q2', 'q3']);
    // The copy was never set to a class: it can be deleted, and the original stays.
    expect(await deleteArticle({ id: teacher.id }, { slug: copy.slug })).toEqual({ ok: true });
    expect(await getDraft({ slug: copy.slug, ownerId: teacher.id })).toBeNull();
    expect(await getDraft({ slug, ownerId: teacher.id })).not.toBeNull();
    const stranger = await makeTeacher('Mallory');
    expect(await duplicateArticle({ id: stranger.id }, { slug })).toBeNull();
    expect(await unpublishArticle({ id: stranger.id }, { slug })).toBeNull();
  });
});
