import { z } from 'zod';
import { NAME_PLAIN, PLAIN, PLAIN_MESSAGE } from './text';
import { QUESTION_KINDS, SKILLS } from '../quiz/types';
import { nicknameSchema } from './nickname';

/** A class name as a teacher types it. */
export const classNameSchema = z
  .string()
  .regex(NAME_PLAIN, PLAIN_MESSAGE)
  .trim()
  .min(1, 'Give the class a name.')
  .max(60, 'Use 60 characters or fewer.')
  .refine((s) => /[\p{L}\p{N}]/u.test(s.replace(/<[^>]*>/g, '')), 'Use at least one letter or number in the class name.');

/** A random id as it appears in our URLs. */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{10,64}$/, 'That link is not valid.');

/** Joining a class: the code the teacher gave and a nickname. */
export const joinSchema = z.object({
  code: z.string().regex(PLAIN, PLAIN_MESSAGE).trim().min(1, 'Type the class code.').max(20, 'That code is too long.'),
  nickname: nicknameSchema,
});

/** Coming back on another device with a personal code. */
export const personalCodeSchema = z.string().regex(PLAIN, PLAIN_MESSAGE).trim().min(1, 'Type your personal code.').max(20, 'That code is too long.');

/** The settings of an assignment, as its form sends them (the window as two ISO instants). */
const assignmentSettings = z.object({
  questionCount: z.coerce.number().int().min(3, 'Ask at least 3 questions.').max(20, 'Ask at most 20 questions.'),
  skills: z.array(z.enum(SKILLS)).min(1, 'Choose at least one skill.'),
  kinds: z.array(z.enum(QUESTION_KINDS)).min(1, 'Choose at least one kind of question.').max(QUESTION_KINDS.length),
  // Instants as ISO strings: the browser turns the teacher's local date and time into one, daylight saving included.
  opensAt: z.string().max(40),
  closesAt: z.string().max(40),
  attemptsAllowed: z.coerce.number().int().min(1, 'Allow at least 1 attempt.').max(10, 'Allow at most 10 attempts.'),
  revealAnswers: z.enum(['after-submit', 'after-close']),
  showLeaderboard: z.boolean(),
  confidenceMarks: z.boolean(),
  note: z.string().regex(PLAIN, PLAIN_MESSAGE).trim().max(500, 'Keep the note under 500 characters.').transform((s) => s || null),
});

const instant = (iso: string) => (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(iso) && !Number.isNaN(Date.parse(iso)) ? new Date(iso) : null);

/**
 * Checks the window: it closes after it opens, and not in the past. It runs even when another field of the form
 * failed (zod's `when`), so a refused form names a wrong window on the first try, beside the other problems.
 */
function checkWindow(v: { opensAt: string; closesAt: string }, ctx: z.RefinementCtx) {
  const opensAt = instant(v.opensAt);
  const closesAt = instant(v.closesAt);
  if (!opensAt) ctx.addIssue({ code: 'custom', path: ['opensAt'], message: 'Choose when it opens.' });
  if (!closesAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'Choose when it closes.' });
  if (opensAt && closesAt && closesAt <= opensAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'It must close after it opens.' });
  else if (closesAt && closesAt.getTime() <= Date.now()) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'That time has already passed. Choose a later one.' });
}

/** The window's two fields arrived as strings (whatever else failed). */
const windowSent = { when: (p: { value: unknown }) => {
  const v = p.value as { opensAt?: unknown; closesAt?: unknown } | null;
  return typeof v?.opensAt === 'string' && typeof v.closesAt === 'string';
} };

/** The window's instants as dates (checked by checkWindow first). */
function withWindow<T extends { opensAt: string; closesAt: string }>(v: T): Omit<T, 'opensAt' | 'closesAt'> & { opensAt: Date; closesAt: Date } {
  return { ...v, opensAt: instant(v.opensAt)!, closesAt: instant(v.closesAt)! };
}

/** The assignment form. */
export const assignmentSchema = assignmentSettings
  .extend({ classId: idSchema, articleSlug: z.string().min(1, 'Choose an article.').max(200) })
  .superRefine(checkWindow, windowSent)
  .transform(withWindow);

/** Changing an assignment's settings (its class and article stay). */
export const assignmentEditSchema = assignmentSettings.extend({ assignmentId: idSchema }).superRefine(checkWindow, windowSent).transform(withWindow);
