import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { assignmentEditSchema, assignmentSchema } from './classes';

/** The first message per field, as forms show them (lib/server/action.ts does the same for every action). */
const fieldErrors = (error: z.ZodError) => {
  const out: Record<string, string> = {};
  for (const i of error.issues) out[String(i.path[0])] ??= i.message;
  return out;
};

const hour = 3600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const now = Date.now();
const form = (over: Record<string, unknown> = {}) => ({
  classId: 'class-0000000001', articleSlug: 'a-story', questionCount: 8, skills: ['timeline'], kinds: ['choice'],
  opensAt: iso(now + hour), closesAt: iso(now + 2 * hour), attemptsAllowed: 1, revealAnswers: 'after-submit',
  showLeaderboard: true, confidenceMarks: false, note: '', ...over,
});

describe('the assignment form', () => {
  it('turns the window into dates when everything is right', () => {
    const parsed = assignmentSchema.parse(form());
    expect(parsed.opensAt).toBeInstanceOf(Date);
    expect(parsed.closesAt.getTime() - parsed.opensAt.getTime()).toBe(hour);
  });

  it('names a window that closes before it opens on the first refusal, beside the other problems', () => {
    const wrong = { opensAt: iso(Date.now() + 5 * hour), closesAt: iso(Date.now() + hour) };
    for (const [schema, extra] of [[assignmentSchema, {}], [assignmentEditSchema, { assignmentId: 'assignment-0001' }]] as const) {
      const r = schema.safeParse({ ...form({ ...wrong, skills: [] }), ...extra });
      expect(r.success).toBe(false);
      expect(fieldErrors(r.error!)).toMatchObject({ skills: 'Choose at least one skill.', closesAt: 'It must close after it opens.' });
    }
    // A window in the past, and a window that is not a time at all.
    expect(fieldErrors(assignmentSchema.safeParse(form({ closesAt: iso(Date.now() - hour), opensAt: iso(Date.now() - 2 * hour) })).error!)).toEqual({
      closesAt: 'That time has already passed. Choose a later one.',
    });
    expect(fieldErrors(assignmentSchema.safeParse(form({ opensAt: 'soon', questionCount: 99 })).error!)).toEqual({
      opensAt: 'Choose when it opens.', questionCount: 'Ask at most 20 questions.',
    });
  });
});
