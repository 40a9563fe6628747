import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { plainIssue } from './api';
import { submitSchema } from '../validation/submit';

const issue = (schema: z.ZodType, value: unknown) => plainIssue(schema.safeParse(value).error?.issues[0]);

describe('API refusals in plain words', () => {
  it('rewords zod’s generic messages with the field they are about', () => {
    expect(issue(submitSchema, 'a string')).toBe('The request body must be a JSON object.');
    expect(issue(submitSchema, { idempotencyKey: 'abcdefgh', answers: 'x' })).toBe('"answers" must be a JSON object.');
    expect(issue(submitSchema, { answers: {} })).toBe('"idempotencyKey" is missing.');
    expect(issue(submitSchema, { idempotencyKey: 'abcdefgh', answers: { 'Q!': 1 } })).toBe('"answers" has a name that is not allowed: "Q!".');
    expect(issue(submitSchema, { idempotencyKey: 'abcdefgh', answers: { q1: 12 } })).toBe('"answers.q1" must be at most 9.');
    expect(issue(submitSchema, { idempotencyKey: 'abcdefgh', answers: { q1: 'two' } })).toBe('"answers.q1" must be a number.');
    expect(issue(z.object({ name: z.string().min(2) }), { name: 'a' })).toBe('"name" must be at least 2 characters long.');
    // The answer shapes of the other kinds: the message is about the alternative the value came closest to.
    const sheet = (answer: unknown) => ({ idempotencyKey: 'abcdefgh', answers: { q1: answer } });
    expect(issue(submitSchema, sheet({ order: [0, 1.5] }))).toBe('"answers.q1.order.1" must be a whole number.');
    expect(issue(submitSchema, sheet({ sentences: [] }))).toBe('"answers.q1.sentences" must be at least 1.');
    expect(issue(submitSchema, sheet({ options: 'all' }))).toBe('"answers.q1.options" must be a list.');
    expect(issue(submitSchema, sheet({ picks: [1] }))).toBe('"answers.q1" has a name that is not allowed: "picks".');
    expect(issue(submitSchema, sheet({ option: 1, order: [0] }))).toMatch(/^Each answer must be a number, or one of/);
    expect(issue(submitSchema, sheet(null))).toBe('"answers.q1" must be a number.');
  });

  it('keeps a schema’s own message', () => {
    expect(issue(submitSchema, { idempotencyKey: 'no', answers: {} })).toBe('The idempotency key must be 8 to 64 letters, digits, - or _.');
  });
});
