import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { closeDb, getDb } from '@/lib/db/client';
import { createClass } from '@/lib/db/queries/classes';
import type { Player } from '@/lib/db/queries/attempts';
import { getAttempt } from '@/lib/server/attempt-view';
import { createAttempt } from '@/lib/server/start-attempt';
import { submitAttempt } from '@/lib/server/submit-attempt';
import { joinClass } from '@/lib/db/queries/students';
import { createUser } from '@/lib/db/queries/users';
import { answers, attempts } from '@/lib/db/schema';
import type { Question } from '@/lib/quiz/types';
import { GradeError, gradeSheet, singleChoiceKey } from '@/lib/quiz/grade';
import { readSheet } from '@/lib/quiz/sheet';
import { guest, makeQuiz } from '../db/helpers';
import { anyString, count, report, snapshot } from './helpers';

/**
 * The submit path as the server action drives it: the action's zod schema (copied here, it is not exported), then
 * the submit transaction (lib/server/submit-attempt.ts) on the real database. Random attempt ids, players and answer
 * sheets: nothing may throw, a refused submit leaves every table as it was (and says what lib/quiz/grade.ts says of
 * the sheet), and only the owner's first complete, valid sheet is stored, with the score and answers grade.ts gives
 * it, which also match a reckoning by hand.
 */

afterAll(async () => {
  report('submit');
  await closeDb();
});

/** The schema of app/attempts/[id]/actions.ts (submitSchema), kept in step by hand. */
const actionSchema = z.object({
  attemptId: z.string().regex(/^[A-Za-z0-9_-]{10,64}$/),
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  answers: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), z.coerce.number().int().min(0).max(9)).refine((a) => Object.keys(a).length <= 50),
});

type Owner = 'guest' | 'user' | 'student';
type Slot = { id: string; owner: Owner; plan: { questionId: string; order: number[] }[]; submitted: boolean };

let quizId: string;
let bank: Map<string, Question>;
let ids: { guest: Player; user: Player; student: Player; otherGuest: Player; otherUser: Player };
const pool: Slot[] = [];
let run = 0;

const playerOf = (owner: Owner) => ids[owner];

async function newSlot(owner: Owner): Promise<Slot> {
  const made = await createAttempt({ quizId, player: playerOf(owner), nickname: `<b>${owner}</b>'; drop table attempts; --` });
  const view = await getAttempt({ id: made!.id, player: playerOf(owner) });
  const slot = { id: made!.id, owner, plan: view!.attempt.plan, submitted: false };
  pool.push(slot);
  return slot;
}

beforeAll(async () => {
  const quiz = await makeQuiz(4);
  quizId = quiz.quizId;
  bank = new Map(quiz.questions.map((q) => [q.id, q]));
  const teacher = await createUser({ email: `fuzz-t-${randomBytes(4).toString('hex')}@example.test`, name: 'T', passwordHash: 'x' });
  const player = await createUser({ email: `fuzz-p-${randomBytes(4).toString('hex')}@example.test`, name: 'P', passwordHash: 'x' });
  const other = await createUser({ email: `fuzz-o-${randomBytes(4).toString('hex')}@example.test`, name: 'O', passwordHash: 'x' });
  const cls = await createClass({ teacherId: teacher!.id, name: 'Fuzz class' });
  const joined = await joinClass({ code: cls.joinCode, nickname: 'Fuzzer' });
  if (!joined.ok) throw new Error('could not join');
  ids = { guest: guest(), user: { userId: player!.id }, student: { studentId: joined.student.id }, otherGuest: guest(), otherUser: { userId: other!.id } };
  for (const owner of ['guest', 'user', 'student', 'guest', 'user', 'student'] as Owner[]) await newSlot(owner);
});

/** What grade.ts says of a sheet the owner may not hand in (the player must read the same words). */
function refusalOf(slot: Slot, shown: Record<string, number>): string {
  try {
    gradeSheet(slot.plan.map((p) => ({ id: p.questionId, key: singleChoiceKey(bank.get(p.questionId)!) })), readSheet(slot.plan, shown));
  } catch (err) {
    if (err instanceof GradeError) return err.message;
    throw err;
  }
  throw new Error('grade.ts accepts a sheet the submit refused');
}

/** Players as the server sees them: the owner (sometimes holding other identities too), strangers and nobody. */
function playerFor(mode: number, slot: Slot | null): Player {
  const owner = slot ? playerOf(slot.owner) : ids.guest;
  const choices: Player[] = [
    owner,
    owner,
    owner,
    { ...ids.otherGuest, ...owner }, // the browser also holds a guest cookie
    ids.otherGuest,
    ids.otherUser,
    {},
    { guestId: '' },
    { userId: ids.user.userId, guestId: ids.otherGuest.guestId },
    { studentId: 'x'.repeat(21) },
    { guestId: ids.guest.guestId, studentId: ids.student.studentId },
  ];
  return choices[mode % choices.length];
}

/** Is this player the attempt's owner, worked out from how the attempt was made (not from ownsAttempt itself). */
function owns(slot: Slot, p: Player): boolean {
  if (slot.owner === 'student') return p.studentId === ids.student.studentId;
  if (slot.owner === 'user') return p.userId === ids.user.userId;
  return p.guestId === ids.guest.guestId;
}

const hostileNumber = fc.oneof(
  fc.constantFrom(-1, 4, 9, 10, 1.5, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE),
  fc.integer(),
  fc.double(),
);
/** Mostly a real option (so complete sheets happen), sometimes anything a number can be. */
const choice = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: hostileNumber });
/** What a form field can carry for an answer: digits with padding, other notations, or any text. */
const rawChoice = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 3 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('', ' 2 ', '2.0', '1e0', '0x1', '0b1', 'NaN', 'Infinity', '-1', '9', '10', '1.5', '١', '３', '99999999999999999999') },
  { weight: 1, arbitrary: anyString(12) },
);
const strayKey = fc.oneof(fc.constantFrom('q0', 'q1', 'q9', 'Q0', 'q0 ', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''), anyString(20), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/));

const input = fc.record({
  target: fc.oneof({ weight: 9, arbitrary: fc.nat() }, { weight: 1, arbitrary: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{10,64}$/), anyString(70)) }),
  playerMode: fc.nat(),
  via: fc.constantFrom('action', 'direct'),
  values: fc.array(choice, { minLength: 4, maxLength: 4 }),
  rawValues: fc.array(rawChoice, { minLength: 4, maxLength: 4 }),
  omit: fc.oneof({ weight: 5, arbitrary: fc.constant([] as number[]) }, { weight: 1, arbitrary: fc.subarray([0, 1, 2, 3]) }),
  extras: fc.oneof({ weight: 5, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.dictionary(strayKey, fc.oneof(rawChoice, choice.map(String)), { maxKeys: 60 }) }),
  key: fc.oneof({ weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{4,60}$/) }, { weight: 1, arbitrary: anyString(70) }),
});

describe('fuzzing the submit path', () => {
  it('never throws; refused submits change nothing; only the owner’s complete valid sheet is stored (300 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (t) => {
        count('submit');
        run++;
        const slot = typeof t.target === 'number' ? pool[t.target % pool.length] : null;
        const attemptId = slot ? slot.id : t.target as string;
        const player = playerFor(t.playerMode, slot);
        // The form's key plus a per-run suffix: a key reused on purpose is the next test's business.
        const idempotencyKey = `${t.key}${run.toString(36).padStart(4, '0')}`;
        const before = await snapshot();

        let shown: Record<string, number>;
        if (t.via === 'action') {
          // Exactly how the action collects fields: a plain object filled from the form's q_* entries.
          const form: Record<string, unknown> = {};
          slot?.plan.forEach((p, i) => { if (!t.omit.includes(i)) form[p.questionId] = t.rawValues[i]; });
          for (const [k, v] of Object.entries(t.extras)) form[k] = v;
          const parsed = actionSchema.safeParse({ attemptId, idempotencyKey, answers: form });
          if (!parsed.success) {
            count('submit (refused by the schema)');
            expect(await snapshot()).toEqual(before);
            return;
          }
          shown = parsed.data.answers;
        } else {
          shown = {};
          slot?.plan.forEach((p, i) => { if (!t.omit.includes(i)) shown[p.questionId] = t.values[i]; });
          for (const [k, v] of Object.entries(t.extras)) shown[k] = Number(v);
          if (!/^[A-Za-z0-9_-]{10,64}$/.test(attemptId) || !/^[A-Za-z0-9_-]{8,64}$/.test(idempotencyKey)) {
            // The action's schema never lets such an id or key through; the database need not see it.
            count('submit (refused by the schema)');
            return;
          }
        }

        const result = await submitAttempt({ id: attemptId, player, shown, idempotencyKey });
        const planIds = new Set(slot?.plan.map((p) => p.questionId));
        const complete =
          !!slot &&
          Object.keys(shown).every((k) => planIds.has(k)) &&
          slot.plan.every((p) => Object.prototype.hasOwnProperty.call(shown, p.questionId) && p.order[shown[p.questionId]] !== undefined);
        const shouldStore = !!slot && owns(slot, player) && !slot.submitted && complete;

        if (!shouldStore) {
          count('submit (refused by submitAttempt)');
          expect(await snapshot()).toEqual(before);
          if (!slot || !owns(slot, player)) expect(result).toBeNull();
          else if (slot.submitted) expect(result).toMatchObject({ ok: true, alreadySubmitted: true });
          else expect(result).toMatchObject({ ok: false, error: refusalOf(slot, shown) });
          return;
        }
        count('submit (stored)');
        const db = await getDb();
        const expected = slot.plan.map((p) => {
          const chosen = p.order[shown[p.questionId]];
          return { questionId: p.questionId, chosen, correct: chosen === bank.get(p.questionId)!.answer };
        });
        const score = expected.filter((e) => e.correct).length;
        expect(result).toEqual({ ok: true, score, maxScore: 4, alreadySubmitted: false });
        const graded = gradeSheet(slot.plan.map((p) => ({ id: p.questionId, key: singleChoiceKey(bank.get(p.questionId)!) })), readSheet(slot.plan, shown));
        expect(graded.score).toBe(score);
        const rows = await db.select().from(answers).where(eq(answers.attemptId, slot.id));
        expect(rows.map(({ questionId, chosen, correct }) => ({ questionId, chosen, correct })).sort((a, b) => a.questionId.localeCompare(b.questionId)))
          .toEqual(expected.sort((a, b) => a.questionId.localeCompare(b.questionId)));
        // What grade.ts made of each answer is what was stored.
        const byQuestion = new Map(rows.map((r) => [r.questionId, r]));
        for (const a of graded.answers) expect(byQuestion.get(a.questionId)).toMatchObject({ response: a.response, points: a.points, correct: a.correct });
        const [row] = await db.select().from(attempts).where(eq(attempts.id, slot.id));
        expect(row.score).toBe(score);
        expect(row.idempotencyKey).toBe(`${slot.id}.${idempotencyKey}`);
        slot.submitted = true;
        await newSlot(slot.owner); // keep unsubmitted attempts in the pool; the submitted one stays for replays
      }),
      { numRuns: 300 },
    );
    expect(pool.filter((s) => s.submitted).length).toBeGreaterThan(10); // the fuzzer did reach the storing branch
  });

  it('a key already used by another attempt is refused without an exception and stores nothing (50 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), async (key) => {
        count('submit (reused idempotency key)');
        const first = await newSlot('guest');
        const second = await newSlot('guest');
        const sheet = (s: Slot) => Object.fromEntries(s.plan.map((p) => [p.questionId, 0]));
        const ok = await submitAttempt({ id: first.id, player: ids.guest, shown: sheet(first), idempotencyKey: key });
        expect(ok).toMatchObject({ ok: true, alreadySubmitted: false });
        first.submitted = true;
        const before = await snapshot();
        let outcome: unknown;
        try {
          outcome = await submitAttempt({ id: second.id, player: ids.guest, shown: sheet(second), idempotencyKey: key });
        } catch (err) {
          const e = err as Error & { cause?: Error };
          outcome = `threw: ${e.cause?.message ?? e.message.split('\n')[0]}`;
          expect(await snapshot()).toEqual(before); // the transaction did roll back
        }
        // Either a clear refusal or a stored second attempt, but never a thrown error (a 500 for the player).
        expect(outcome).not.toEqual(expect.stringMatching(/^threw/));
        if ((outcome as { ok?: boolean })?.ok === false) expect(await snapshot()).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});
