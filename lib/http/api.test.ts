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
  });

  it('keeps a schema’s own message', () => {
    expect(issue(submitSchema, { idempotencyKey: 'no', answers: {} })).toBe('The idempotency key must be 8 to 64 letters, digits, - or _.');
  });
});
