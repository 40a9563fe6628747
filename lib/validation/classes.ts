import { z } from 'zod';
import { SKILLS } from '../quiz/types';
import { nicknameSchema } from './nickname';

/** A class name as a teacher types it. */
export const classNameSchema = z.string().trim().min(1, 'Give the class a name.').max(60, 'Use 60 characters or fewer.');

/** A random id as it appears in our URLs. */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{10,64}$/, 'That link is not valid.');

/** Joining a class: the code the teacher gave and a nickname. */
export const joinSchema = z.object({
  code: z.string().trim().min(1, 'Type the class code.').max(20, 'That code is too long.'),
  nickname: nicknameSchema,
});

/** Coming back on another device with a personal code. */
export const personalCodeSchema = z.string().trim().min(1, 'Type your personal code.').max(20, 'That code is too long.');

/**
 * A datetime-local value ("2026-11-25T09:00") read in the teacher's own time zone: the browser sends its UTC
 * offset in minutes (Date#getTimezoneOffset) beside it.
 */
export function localDateTime(value: string, offsetMinutes: number): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]) + offsetMinutes * 60_000;
  return Number.isNaN(utc) ? null : new Date(utc);
}

/** The assignment form. */
export const assignmentSchema = z
  .object({
    classId: idSchema,
    articleSlug: z.string().min(1, 'Choose an article.').max(200),
    questionCount: z.coerce.number().int().min(3, 'Ask at least 3 questions.').max(20, 'Ask at most 20 questions.'),
    skills: z.array(z.enum(SKILLS)).min(1, 'Choose at least one skill.'),
    opensAt: z.string(),
    closesAt: z.string(),
    tzOffset: z.coerce.number().int().min(-900).max(900).default(0),
    attemptsAllowed: z.coerce.number().int().min(1, 'Allow at least 1 attempt.').max(10, 'Allow at most 10 attempts.'),
    revealAnswers: z.enum(['after-submit', 'after-close']),
    showLeaderboard: z.boolean(),
    note: z.string().trim().max(500, 'Keep the note under 500 characters.').transform((s) => s || null),
  })
  .transform((v, ctx) => {
    const opensAt = localDateTime(v.opensAt, v.tzOffset);
    const closesAt = localDateTime(v.closesAt, v.tzOffset);
    if (!opensAt) ctx.addIssue({ code: 'custom', path: ['opensAt'], message: 'Choose when it opens.' });
    if (!closesAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'Choose when it closes.' });
    if (opensAt && closesAt && closesAt <= opensAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'It must close after it opens.' });
    return { ...v, opensAt: opensAt!, closesAt: closesAt! };
  });
