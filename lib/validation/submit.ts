import { z } from 'zod';

export const attemptIdSchema = z.string().regex(/^[A-Za-z0-9_-]{10,64}$/, 'Unknown attempt.');

/** What a question id looks like (the generator's and teachers' questions alike). */
export const QUESTION_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A submit: the option shown to the player per question id (never a score: grading is the server's). */
export const submitSchema = z.object({
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'The idempotency key must be 8 to 64 letters, digits, - or _.'),
  answers: z
    .record(z.string().regex(QUESTION_ID), z.coerce.number().int().min(0).max(9))
    .refine((a) => Object.keys(a).length <= 50, 'Too many answers.'),
});
