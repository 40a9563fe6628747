import { asc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/lib/db/client';
import { getAttempt } from '@/lib/server/attempt-view';
import { createAttempt } from '@/lib/server/start-attempt';
import { submitAttempt } from '@/lib/server/submit-attempt';
import { answers, attempts } from '@/lib/db/schema';
import { createAssignment } from '@/lib/db/queries/assignments';
import { createClass } from '@/lib/db/queries/classes';
import { joinClass } from '@/lib/db/queries/students';
import { getAssignmentResults } from '@/lib/server/assignment-results';
import { startAssignmentAttempt } from '@/lib/server/start-attempt';
import { guest, makeQuiz, makeTeacher, openAssignment, shownFor } from './helpers';

afterAll(closeDb);

/** An open-play attempt at a fresh 4-question quiz, with the dealt questions in the order shown. */
async function started() {
  const { quizId } = await makeQuiz(4);
  const player = guest();
  const { id } = (await createAttempt({ quizId, player, nickname: 'Cal' }))!;
  const view = await getAttempt({ id, player });
  return { id, player, ids: view!.dealt.map((d) => d.question.id) };
}

describe('confidence on a submit', () => {
  it('is stored per answer with its weighted marks, beside the plain score, and the view draws the calibration from it', async () => {
    const { id, player, ids } = await started();
    // Right, wrong, right, right: sure, sure, fairly, nothing said.
    const shown = await shownFor(id, player, (q) => (q.id === ids[1] ? (q.answer + 1) % 4 : q.answer));
    const confidence = { [ids[0]]: 'sure', [ids[1]]: 'sure', [ids[2]]: 'fairly' } as const;
    expect(await submitAttempt({ id, player, shown, confidence, idempotencyKey: `conf-${id.slice(0, 10)}` })).toEqual({ ok: true, score: 3, maxScore: 4, alreadySubmitted: false });
    const db = await getDb();
    const [row] = await db.select().from(attempts).where(eq(attempts.id, id));
    expect(row.score).toBe(3); // the plain score is unchanged by confidence
    expect(row.weightedScore).toBe(3 - 6 + 2 + 1);
    const stored = await db.select().from(answers).where(eq(answers.attemptId, id)).orderBy(asc(answers.questionId));
    const byId = Object.fromEntries(stored.map((a) => [a.questionId, a]));
    expect(ids.map((q) => [byId[q].confidence, byId[q].weightedPoints, byId[q].points])).toEqual([['sure', 3, 1], ['sure', -6, 0], ['fairly', 2, 1], [null, 1, 1]]);
    const view = await getAttempt({ id, player });
    expect(view!.confidence).toEqual(confidence);
    expect(view!.calibration!.map((l) => [l.confidence, l.right, l.answered])).toEqual([['sure', 1, 2], ['fairly', 1, 1], ['guess', 0, 0]]);
  });

  it('without any confidence the weighted marks equal the plain score and the calibration is empty', async () => {
    const { id, player } = await started();
    expect(await submitAttempt({ id, player, shown: await shownFor(id, player, (q) => q.answer), idempotencyKey: `none-${id.slice(0, 10)}` })).toMatchObject({ ok: true, score: 4 });
    const db = await getDb();
    const [row] = await db.select().from(attempts).where(eq(attempts.id, id));
    expect(row.weightedScore).toBe(4);
    const view = await getAttempt({ id, player });
    expect(view!.calibration!.every((l) => l.answered === 0)).toBe(true);
  });

  it('a confidence for a question that is not in the quiz is refused with a clear message and stores nothing', async () => {
    const { id, player, ids } = await started();
    const shown = await shownFor(id, player, (q) => q.answer);
    const result = await submitAttempt({ id, player, shown, confidence: { [ids[0]]: 'sure', nope: 'sure' }, idempotencyKey: `bad-${id.slice(0, 10)}` });
    expect(result).toEqual({ ok: false, error: 'One of the "how sure" choices is for a question that is not in this quiz.' });
    const db = await getDb();
    expect(await db.select().from(answers).where(eq(answers.attemptId, id))).toEqual([]);
    const [row] = await db.select().from(attempts).where(eq(attempts.id, id));
    expect(row.submittedAt).toBeNull();
  });
});

describe('an assignment with confidence marks', () => {
  it('shows its teacher each student’s weighted marks beside the score; one without them shows none', async () => {
    const { slug } = await makeQuiz(4);
    const teacher = await makeTeacher('Marks');
    const cls = await createClass({ teacherId: teacher.id, name: 'Marks 7' });
    const j = await joinClass({ code: cls.joinCode, nickname: 'Ola' });
    if (!j.ok) throw new Error(j.error);
    for (const confidenceMarks of [true, false]) {
      const a = (await createAssignment({ ...openAssignment(cls.id, slug, teacher.id), confidenceMarks }))!;
      expect(a.confidenceMarks).toBe(confidenceMarks);
      const started = await startAssignmentAttempt({ assignmentId: a.id, studentId: j.student.id, nickname: 'Ola' });
      if (!started?.ok) throw new Error('not started');
      const player = { studentId: j.student.id };
      // All right, all sure: 4 of 4, and 12 of 12 weighted.
      const shown = await shownFor(started.attemptId, player, (q) => q.answer);
      const confidence = Object.fromEntries(Object.keys(shown).map((id) => [id, 'sure' as const]));
      await submitAttempt({ id: started.attemptId, player, shown, confidence, idempotencyKey: `marks-${started.attemptId}` });
      const r = (await getAssignmentResults(teacher, { assignmentId: a.id }))!;
      expect(r.confidenceMarks).toBe(confidenceMarks);
      expect(r.students.map((st) => [st.score, st.weightedScore])).toEqual([[4, confidenceMarks ? 12 : null]]);
    }
  });
});
