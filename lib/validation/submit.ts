import { z } from 'zod';
import { CONFIDENCES } from '../quiz/confidence';

export const attemptIdSchema = z.string().regex(/^[A-Za-z0-9_-]{10,64}$/, 'Unknown attempt.');

/** What a question id looks like (the generator's and teachers' questions alike). */
export const QUESTION_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * How sure the player was, per question id: optional, and each question's entry optional. A field of its own beside
 * `answers`, so it works the same for every kind of answer.
 */
export const confidenceSchema = z
  .record(z.string().regex(QUESTION_ID), z.enum(CONFIDENCES, { error: 'How sure you were must be Sure, Fairly sure or Guessing.' }))
  .refine((c) => Object.keys(c).length <= 50, 'Too many answers.');

/** A submit: the option shown to the player per question id (never a score: grading is the server's). */
export const submitSchema = z.object({
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'The idempotency key must be 8 to 64 letters, digits, - or _.'),
  answers: z
    .record(z.string().regex(QUESTION_ID), z.coerce.number().int().min(0).max(9))
    .refine((a) => Object.keys(a).length <= 50, 'Too many answers.'),
  confidence: confidenceSchema.optional(),
});
