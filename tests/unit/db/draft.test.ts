import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/lib/db/client';
import { createAssignment } from '@/lib/db/queries/assignments';
import { createClass } from '@/lib/db/queries/classes';
import { joinClass } from '@/lib/db/queries/students';
import type { Player } from '@/lib/db/queries/attempts';
import { assignments, attempts } from '@/lib/db/schema';
import type { ShownAnswer } from '@/lib/quiz/sheet';
import { getAttempt } from '@/lib/server/attempt-view';
import { saveDraft } from '@/lib/server/save-draft';
import { prepareWithContent } from '@/lib/server/seed-content';
import { createAttempt, startAssignmentAttempt } from '@/lib/server/start-attempt';
import { submitAttempt } from '@/lib/server/submit-attempt';
import { draftSchema } from '@/lib/validation/submit';
import { guest, makeKindsQuiz, makeQuiz, makeTeacher, openAssignment, rightShown } from './helpers';

beforeAll(prepareWithContent, 180_000);
afterAll(closeDb);

/** A fresh attempt at the kinds quiz (one question of every kind) and a save that goes through the API's schema. */
async function open() {
  const { quizId } = await makeKindsQuiz();
  const player = guest();
  const id = (await createAttempt({ quizId, player, nickname: 'Noor' }))!.id;
  const view = (await getAttempt({ id, player }))!;
  const orderOf = (qid: string) => view.dealt.find((d) => d.question.id === qid)!.order;
  const right = Object.fromEntries(view.dealt.map(({ question, order }) => [question.id, rightShown(question, order)])) as Record<string, ShownAnswer>;
  const save = async (body: unknown, as: Player = player) => {
    const parsed = draftSchema.safeParse(body);
    if (!parsed.success) return { schema: parsed.error.issues[0].message };
    return saveDraft({ id, player: as, draft: parsed.data });
  };
  const stored = async () => {
    const db = await getDb();
    return (await db.select({ draft: attempts.draft }).from(attempts).where(eq(attempts.id, id)))[0].draft;
  };
  return { id, player, view, orderOf, right, save, stored };
}

describe('saving answers as they are made', () => {
  it('keeps unfinished answers of every kind and the confidence, replaces them on each save, and gives them back to the owner', async () => {
    const { id, player, orderOf, save, stored } = await open();
    const first = {
      answers: {
        'k-choice': 2,
        'k-multi': { options: [orderOf('k-multi').indexOf(1)] }, // one of the two it asks for
        'k-two-part': { option: 1 }, // part A alone
        'k-evidence': { sentences: [3] },
        'k-order': { order: [3, 2, 1, 0] },
      },
      confidence: { 'k-choice': 'sure', 'k-order': 'guess' },
    };
    expect(await save(first)).toEqual({ ok: true });
    expect((await getAttempt({ id, player }))!.attempt.draft).toEqual(first);
    // Each save is the whole sheet as it stands: an answer taken back is gone.
    const second = { answers: { 'k-choice': 0, 'k-two-part': { option: 1, sentences: [4] } } };
    expect(await save(second)).toEqual({ ok: true });
    expect(await stored()).toEqual({ ...second, confidence: {} });
  });

  it('refuses anyone but the owner, and answers that do not fit the dealt questions, changing nothing', async () => {
    const { save, stored, orderOf } = await open();
    await save({ answers: { 'k-choice': 1 } });
    const before = await stored();
    expect(await save({ answers: { 'k-choice': 3 } }, guest())).toBeNull();
    expect(await save({ answers: { 'k-choice': 3 } }, {})).toBeNull();
    const refusals: [unknown, RegExp][] = [
      [{ answers: { 'not-dealt': 1 } }, /question that is not in this quiz/],
      [{ answers: {}, confidence: { 'not-dealt': 'sure' } }, /question that is not in this quiz/],
      [{ answers: { 'k-choice': 4 } }, /^Question \d has an answer that is not one of its options\.$/],
      [{ answers: { 'k-multi': { options: [0, 0] } } }, /not one of its options/],
      [{ answers: { 'k-order': { order: [0, 1, 1, 2] } } }, /not one of its options/],
      [{ answers: { 'k-evidence': 0 } }, /not one of its options/], // a sentence question shows no options
      [{ answers: { 'k-two-part': { option: orderOf('k-two-part').length, sentences: [4] } } }, /not one of its options/],
    ];
    for (const [body, message] of refusals) {
      const result = await save(body);
      expect(result, JSON.stringify(body)).toMatchObject({ ok: false, final: false, error: expect.stringMatching(message) });
    }
    // Shapes and bounds the schema refuses before the use case runs (the API answers 400 with these words).
    for (const bad of [{ picks: [1] }, { sentences: [] }, { order: [1.5] }, { sentences: Array.from({ length: 201 }, (_, i) => i) }, 10, '1; drop table']) {
      expect(await save({ answers: { 'k-order': bad } }), JSON.stringify(bad)).toHaveProperty('schema');
    }
    expect(await save({ answers: {}, confidence: { 'k-choice': 'certain' } })).toHaveProperty('schema');
    const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`q${i}`, 0]));
    expect(await save({ answers: tooMany })).toEqual({ schema: 'Too many answers.' });
    expect(await stored()).toEqual(before);
  });

  it('hands in what was saved: the draft is a sheet the submit grades, cleared once submitted; later saves are refused', async () => {
    const { id, player, right, save, stored } = await open();
    expect(await save({ answers: right, confidence: { 'k-choice': 'fairly' } })).toEqual({ ok: true });
    const draft = (await stored())!;
    expect(await submitAttempt({ id, player, shown: draft.answers, confidence: draft.confidence, idempotencyKey: `draft-${id.slice(0, 20)}` }))
      .toEqual({ ok: true, score: 6, maxScore: 6, alreadySubmitted: false });
    expect(await stored()).toBeNull();
    expect(await save({ answers: { 'k-choice': 1 } })).toEqual({ ok: false, final: true, error: 'This quiz has been handed in, so its answers can no longer change.' });
    expect(await stored()).toBeNull();
  });

  it('refuses a save to a class attempt once its assignment has closed, and keeps what was saved before', async () => {
    const { slug } = await makeQuiz(4);
    const teacher = await makeTeacher('Drafts');
    const cls = await createClass({ teacherId: teacher.id, name: 'Drafts 8' });
    const joined = await joinClass({ code: cls.joinCode, nickname: 'Ines' });
    if (!joined.ok) throw new Error(joined.error);
    const a = (await createAssignment(openAssignment(cls.id, slug, teacher.id)))!;
    const started = await startAssignmentAttempt({ assignmentId: a.id, studentId: joined.student.id, nickname: 'Ines' });
    if (!started?.ok) throw new Error('not started');
    const player = { studentId: joined.student.id };
    const id = started.attemptId;
    expect(await saveDraft({ id, player, draft: { answers: { q0: 1 }, confidence: {} } })).toEqual({ ok: true });
    // The same student's account or guest cookie is not the class membership that owns the attempt.
    expect(await saveDraft({ id, player: guest(), draft: { answers: { q0: 2 }, confidence: {} } })).toBeNull();
    const db = await getDb();
    await db.update(assignments).set({ opensAt: new Date(Date.now() - 120_000), closesAt: new Date(Date.now() - 1_000) }).where(eq(assignments.id, a.id));
    expect(await saveDraft({ id, player, draft: { answers: { q0: 2 }, confidence: {} } }))
      .toEqual({ ok: false, final: true, error: 'This assignment has closed, so new answers can no longer be accepted.' });
    expect((await getAttempt({ id, player }))!.attempt.draft).toEqual({ answers: { q0: 1 }, confidence: {} });
  });
});

describe('a submit with questions left blank', () => {
  it('names every blank question, points at the first, and stores nothing', async () => {
    const { id, player, view, right, stored } = await open();
    const ids = view.dealt.map((d) => d.question.id);
    const sheet = { ...right };
    delete sheet[ids[1]];
    delete sheet[ids[3]];
    delete sheet[ids[4]];
    expect(await submitAttempt({ id, player, shown: sheet, idempotencyKey: `blank-${id.slice(0, 20)}` }))
      .toEqual({ ok: false, error: 'Questions 2, 4 and 5 have no answer yet.', field: ids[1], missing: [ids[1], ids[3], ids[4]] });
    expect(await submitAttempt({ id, player, shown: { [ids[2]]: right[ids[2]] }, idempotencyKey: `blank2-${id.slice(0, 20)}` }))
      .toMatchObject({ error: 'Questions 1, 2, 4 and 5 have no answer yet.' });
    const only = { ...right };
    delete only[ids[2]];
    expect(await submitAttempt({ id, player, shown: only, idempotencyKey: `blank3-${id.slice(0, 20)}` }))
      .toEqual({ ok: false, error: expect.stringMatching(/^Question 3 has no answer yet\. /), field: ids[2] });
    expect((await getAttempt({ id, player }))!.attempt.submittedAt).toBeNull();
    expect(await stored()).toBeNull();
  });
});
