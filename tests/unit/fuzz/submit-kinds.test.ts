import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db/client';
import { GradeError, gradeSheet } from '@/lib/quiz/grade';
import { readSheet, type ShownAnswer } from '@/lib/quiz/sheet';
import { getAttempt } from '@/lib/server/attempt-view';
import { answerKeyOf } from '@/lib/server/answer-key';
import { prepareWithContent } from '@/lib/server/seed-content';
import { createAttempt } from '@/lib/server/start-attempt';
import { submitAttempt } from '@/lib/server/submit-attempt';
import { submitSchema } from '@/lib/validation/submit';
import { guest, makeKindsQuiz, rightShown } from '../db/helpers';
import { anyString, count, report, snapshot } from './helpers';

/**
 * The submit of the new kinds, through the API's schema and the submit transaction on the real database: random
 * answers of every shape (right ones, near misses, out of range, duplicates, too many or too few, the wrong shape,
 * anything JSON can hold). Nothing may throw; a refused sheet changes nothing and says what readSheet/gradeSheet
 * say of it; a stored one has the score gradeSheet gives it.
 */

beforeAll(prepareWithContent, 180_000);
afterAll(async () => {
  report('submit (kinds)');
  await closeDb();
});

let quizId: string;
const outcomes = { stored: 0, refused: 0 };
beforeAll(async () => {
  quizId = (await makeKindsQuiz()).quizId;
});

const index = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 1, arbitrary: fc.constantFrom(-1, 7, 99, 1.5, 10_000) });
const list = fc.array(index, { minLength: 0, maxLength: 6 });
const shape: fc.Arbitrary<unknown> = fc.oneof(
  index,
  fc.record({ option: index }),
  fc.record({ options: list }),
  fc.record({ order: list }),
  fc.record({ sentences: list }),
  fc.record({ option: index, sentences: list }),
  fc.oneof(anyString(8), fc.constant(null), fc.jsonValue()),
);

describe('fuzzing the submit of every kind', () => {
  it('never throws; refusals change nothing and say what the grader says; stored scores are the grader’s (150 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant('right') }, { weight: 2, arbitrary: shape }), { minLength: 5, maxLength: 5 }), async (picks) => {
        count('submit (kinds)');
        const player = guest();
        const made = (await createAttempt({ quizId, player, nickname: 'Fuzz' }))!;
        const view = (await getAttempt({ id: made.id, player }))!;
        const sheet: Record<string, unknown> = {};
        view.dealt.forEach(({ question, order }, i) => { sheet[question.id] = picks[i] === 'right' ? rightShown(question, order) : picks[i]; });
        const before = await snapshot();
        const parsed = submitSchema.safeParse({ idempotencyKey: `fz-${made.id.slice(0, 20)}`, answers: sheet });
        if (!parsed.success) {
          count('submit (kinds, refused by the schema)');
          return;
        }
        const result = await submitAttempt({ id: made.id, player, shown: parsed.data.answers, idempotencyKey: parsed.data.idempotencyKey });
        const dealt = view.dealt.map(({ question, order }) => ({ questionId: question.id, id: question.id, order, key: answerKeyOf({ key: question.key ?? null, correctOption: question.answer, options: question.options }) }));
        let expected: { score: number } | { error: string };
        try {
          expected = gradeSheet(dealt, readSheet(dealt, parsed.data.answers as Record<string, ShownAnswer>));
        } catch (err) {
          if (!(err instanceof GradeError)) throw err;
          expected = { error: err.message };
        }
        if ('error' in expected) {
          count('submit (kinds, refused)');
          outcomes.refused++;
          expect(result).toMatchObject({ ok: false, error: expected.error });
          expect(await snapshot()).toEqual(before);
        } else {
          count('submit (kinds, stored)');
          outcomes.stored++;
          expect(result).toEqual({ ok: true, score: expected.score, maxScore: 6, alreadySubmitted: false });
        }
      }),
      { numRuns: 150 },
    );
    // Both branches were reached: the fuzzer stored sheets and had sheets refused by the grader.
    expect(outcomes.stored).toBeGreaterThan(5);
    expect(outcomes.refused).toBeGreaterThan(5);
  });
});
