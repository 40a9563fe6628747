import { z } from 'zod';
import type { ShownAnswer } from '../quiz/sheet';
import { CONFIDENCES } from '../quiz/confidence';

export const attemptIdSchema = z.string().regex(/^[A-Za-z0-9_-]{10,64}$/, 'Unknown attempt.');

/** What a question id looks like (the generator's and teachers' questions alike). */
export const QUESTION_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A shown option (as the player saw the options): a quiz question has at most ten. */
const optionIndex = z.number().int().min(0).max(9);
/** Shown option indices or sentence indices of the article: a list of whole numbers, never longer than an article. */
const indexList = z.array(z.number().int().min(0).max(9_999)).min(1).max(200);

/**
 * One answer as the player sent it, in shown indices (lib/quiz/sheet.ts says which shape each kind takes and
 * checks it against the question): a plain number (single choice, as before kinds), or an object with `option`,
 * `options`, `order`, `sentences`, or `option` with `sentences` (a two-part item).
 */
export const shownAnswerSchema = z.union([
  // A form sends digits as text; nothing else is read as a number (not "", true, null or [3]).
  z.preprocess((v) => (typeof v === 'string' && /^\s*\d{1,4}\s*$/.test(v) ? Number(v) : v), optionIndex),
  z
    .strictObject({ option: optionIndex.optional(), options: indexList.optional(), order: indexList.optional(), sentences: indexList.optional() })
    .refine(
      (a) => {
        const keys = Object.keys(a).sort().join(',');
        return ['option', 'options', 'order', 'sentences', 'option,sentences'].includes(keys);
      },
      'Each answer must be a number, or one of {"option"}, {"options": [...]}, {"order": [...]}, {"sentences": [...]} and {"option", "sentences": [...]}.',
    )
    // The refine above has checked that exactly one of the shapes is there.
    .transform((a) => a as ShownAnswer),
]);

/**
 * How sure the player was, per question id: optional, and each question's entry optional. A field of its own beside
 * `answers`, so it works the same for every kind of answer.
 */
export const confidenceSchema = z
  .record(z.string().regex(QUESTION_ID), z.enum(CONFIDENCES, { error: 'How sure you were must be Sure, Fairly sure or Guessing.' }))
  .refine((c) => Object.keys(c).length <= 50, 'Too many answers.');

/** The answers of a sheet by question id: at most fifty (a quiz deals at most ten). */
const answersSchema = z.record(z.string().regex(QUESTION_ID), shownAnswerSchema).refine((a) => Object.keys(a).length <= 50, 'Too many answers.');

/** A submit: the answer shown to the player per question id (never a score: grading is the server's). */
export const submitSchema = z.object({
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'The idempotency key must be 8 to 64 letters, digits, - or _.'),
  answers: answersSchema,
  confidence: confidenceSchema.optional(),
});

/**
 * The answers saved while a quiz is open (lib/server/save-draft.ts): the submit's shapes and bounds, but any answer
 * may be unfinished (one sentence of two, part A alone), and nothing is required.
 */
export const draftSchema = z.object({
  answers: answersSchema,
  confidence: confidenceSchema.default({}),
});
