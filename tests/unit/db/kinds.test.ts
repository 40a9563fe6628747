import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareWithContent } from '@/lib/server/seed-content';
import { closeDb, getDb } from '@/lib/db/client';
import { answers, attempts } from '@/lib/db/schema';
import type { ShownAnswer } from '@/lib/quiz/sheet';
import { getAttempt } from '@/lib/server/attempt-view';
import { createAttempt } from '@/lib/server/start-attempt';
import { submitAttempt } from '@/lib/server/submit-attempt';
import { submitSchema } from '@/lib/validation/submit';
import { kindsQuestions } from '../../fixtures/kinds-quiz';
import { snapshot } from '../fuzz/helpers';
import { guest, makeKindsQuiz, makeQuiz, rightShown } from './helpers';

// Migrating and seeding a fresh database can take half a minute on a busy machine: a hook's time, not a test's.
beforeAll(prepareWithContent, 180_000);
afterAll(closeDb);

/** A fresh attempt at the kinds quiz, with its dealt questions and every right answer as the player would send it. */
async function play() {
  const { quizId } = await makeKindsQuiz();
  const player = guest();
  const made = await createAttempt({ quizId, player, nickname: 'Kim' });
  const view = (await getAttempt({ id: made!.id, player }))!;
  const right: Record<string, ShownAnswer> = Object.fromEntries(view.dealt.map(({ question, order }) => [question.id, rightShown(question, order)]));
  const number = (id: string) => view.dealt.findIndex((d) => d.question.id === id) + 1;
  const orderOf = (id: string) => view.dealt.find((d) => d.question.id === id)!.order;
  /** Submits the sheet the way the API does: the route's schema first, then the use case. */
  const submit = async (sheet: Record<string, unknown>) => {
    const parsed = submitSchema.safeParse({ idempotencyKey: `kinds-${made!.id.slice(0, 20)}`, answers: sheet });
    if (!parsed.success) return { schema: parsed.error.issues[0].message };
    return submitAttempt({ id: made!.id, player, shown: parsed.data.answers, idempotencyKey: parsed.data.idempotencyKey });
  };
  return { id: made!.id, view, right, number, orderOf, submit };
}

describe('questions of every kind', () => {
  it('are stored and read back with their kind, key and part B prompt; old rows stay single choice', async () => {
    const { view } = await play();
    const byId = new Map(view.dealt.map((d) => [d.question.id, d.question]));
    for (const q of kindsQuestions()) {
      const back = byId.get(q.id)!;
      expect(back, q.id).toMatchObject({ kind: q.kind, options: q.options, answer: q.answer });
      expect(back.key, q.id).toEqual(q.kind === 'choice' ? undefined : q.key);
      expect(back.partB, q.id).toEqual(q.partB);
    }
    // A bank stored before kinds (no key column): every question reads back as single choice.
    const old = await makeQuiz(2);
    const oldView = (await getAttempt({ id: (await createAttempt({ quizId: old.quizId, player: guest(), nickname: 'Old' }))!.id, player: {}, asTeacher: true }))!;
    expect(oldView.dealt.map((d) => [d.question.kind, d.question.key])).toEqual([['choice', undefined], ['choice', undefined]]);
    expect(view.attempt.maxScore).toBe(6); // the two-part item is worth 2
    const db = await getDb();
    const [row] = await db.select().from(attempts).where(eq(attempts.id, view.attempt.id));
    expect(row.plan.find((p) => p.questionId === 'k-evidence')!.order).toEqual([]);
  });

  it('grade every kind right through the submit, and store each response in canonical indices', async () => {
    const { id, right, submit } = await play();
    expect(await submit(right)).toEqual({ ok: true, score: 6, maxScore: 6, alreadySubmitted: false });
    const db = await getDb();
    const rows = new Map((await db.select().from(answers).where(eq(answers.attemptId, id))).map((r) => [r.questionId, r]));
    expect(rows.get('k-order')).toMatchObject({ correct: true, points: 1, chosen: null, response: { kind: 'order', order: [0, 1, 2, 3] } });
    expect(rows.get('k-multi')!.response).toEqual({ kind: 'several', options: [1, 2] });
    expect(rows.get('k-two-part')).toMatchObject({ points: 2, response: { kind: 'two-part', option: 0, sentences: [5] } });
    expect(rows.get('k-evidence')).toMatchObject({ points: 1, response: { kind: 'sentences', sentences: [3] } });
    expect(rows.get('k-choice')).toMatchObject({ points: 1, chosen: 0 });
  });

  it('give part A alone 1 of 2, nothing for a nearly right order, and nothing for one right pick of two', async () => {
    const { id, right, orderOf, submit } = await play();
    const shown = (qid: string, c: number) => orderOf(qid).indexOf(c);
    const sheet = {
      ...right,
      'k-two-part': { option: shown('k-two-part', 0), sentences: [4] },
      'k-order': { order: [1, 0, 2, 3].map((c) => shown('k-order', c)) },
      'k-multi': { options: [0, 1].map((c) => shown('k-multi', c)) },
      'k-evidence': { sentences: [2] },
    };
    expect(await submit(sheet)).toMatchObject({ ok: true, score: 2, maxScore: 6 });
    const db = await getDb();
    const rows = new Map((await db.select().from(answers).where(eq(answers.attemptId, id))).map((r) => [r.questionId, r]));
    expect(rows.get('k-two-part')).toMatchObject({ correct: false, points: 1 });
    expect(rows.get('k-order')).toMatchObject({ correct: false, points: 0 });
  });

  it('refuse malformed answers with a message naming the question, and change nothing', async () => {
    const { right, number, orderOf, submit } = await play();
    const before = await snapshot();
    const refusals: [string, unknown, RegExp][] = [
      ['k-evidence', { sentences: [99] }, /: one of the selected sentences is not in the article\./],
      ['k-evidence', { sentences: [3, 3] }, /: the same sentence was selected twice\./],
      ['k-evidence', { sentences: [3, 4] }, /: select exactly 1 sentence \(you selected 2\)\./],
      ['k-evidence', 0, / needs another kind of answer\. Select sentences of the article\./],
      ['k-multi', { options: [orderOf('k-multi').indexOf(1)] }, /: tick exactly 2 options \(you ticked 1\)\./],
      ['k-multi', { options: [0, 1, 2] }, /: tick exactly 2 options \(you ticked 3\)\./],
      ['k-multi', { options: [1, 1] }, /: the same option was ticked twice\./],
      ['k-multi', { options: [0, 4] }, /: one of the ticked options does not exist\./],
      ['k-order', { order: [0, 0, 1, 2] }, /: the order lists an item twice\./],
      ['k-order', { order: [0, 1, 2] }, /: put all 4 items in order, each once\./],
      ['k-order', { order: [0, 1, 2, 7] }, /: the order names an item that is not in the list\./],
      ['k-two-part', { option: 0 }, / needs another kind of answer\. Answer part A and part B\./],
      ['k-two-part', { option: 3, sentences: [5] }, /, part A: the chosen option does not exist\./],
      ['k-two-part', { option: 0, sentences: [6] }, /, part B: one of the selected sentences is not in the article\./],
      ['k-choice', { options: [0] }, / needs another kind of answer\. Pick one option\./],
    ];
    for (const [qid, answer, message] of refusals) {
      const result = await submit({ ...right, [qid]: answer });
      expect(result, `${qid} ${JSON.stringify(answer)}`).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^Question ${number(qid)}${message.source}$`)), field: qid });
    }
    const missing = { ...right } as Record<string, unknown>;
    delete missing['k-order'];
    expect(await submit(missing)).toEqual({ ok: false, error: `Question ${number('k-order')} has no answer yet. Put the items in order.`, field: 'k-order' });
    // Shapes the schema refuses before the submit runs (the API answers 400 with these words).
    for (const bad of [{ order: [1.5, 0] }, { sentences: [-1] }, { sentences: [] }, { option: 1, order: [0] }, { picks: [1] }]) {
      expect(await submit({ ...right, 'k-order': bad }), JSON.stringify(bad)).toHaveProperty('schema');
    }
    expect(await snapshot()).toEqual(before);
  });
});
