import { z } from 'zod';
import { NAME_PLAIN, PLAIN, PLAIN_MESSAGE } from './text';
import { normalizeDate } from '../article/front-matter';
import { SKILLS } from '../quiz/types';

/** Turns an empty form field into null, so optional columns stay null rather than ''. */
const blankToNull = (v: string) => (v === '' ? null : v);

/** The longest article a teacher may paste: long enough for any news story, short enough to analyse quickly. */
export const MAX_BODY_CHARS = 100_000;

/** An article pasted by a teacher. The body is kept exactly as typed (not trimmed): it is stored as given. */
export const articleImportSchema = z.object({
  title: z.string({ error: 'Give the article a title.' }).regex(NAME_PLAIN, PLAIN_MESSAGE).trim().min(1, 'Give the article a title.').max(200, 'Keep the title under 200 characters.'),
  date: z
    .string()
    .regex(PLAIN, PLAIN_MESSAGE)
    .trim()
    .default('')
    .refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && normalizeDate(v) === v), 'Write the date like 2025-03-14, or leave it empty.')
    .transform(blankToNull),
  source: z.string().regex(NAME_PLAIN, PLAIN_MESSAGE).trim().max(120, 'Keep the source name under 120 characters.').default('').transform(blankToNull),
  url: z
    .string()
    .regex(PLAIN, PLAIN_MESSAGE)
    .trim()
    .max(500, 'That web address is too long (500 characters at most).')
    .default('')
    .refine((v) => v === '' || isHttpUrl(v), 'Paste a full web address that starts with http:// or https://, or leave it empty.')
    .transform(blankToNull),
  body: z
    .string({ error: 'Paste the text of the article.' })
    .regex(PLAIN, PLAIN_MESSAGE)
    .refine((v) => v.trim().length > 0, 'Paste the text of the article.')
    .superRefine((v, ctx) => {
      // Counted as the box counts them: a browser sends each line break as two characters (CR LF).
      const length = v.replace(/\r\n/g, '\n').length;
      if (length <= MAX_BODY_CHARS) return;
      ctx.addIssue({
        code: 'custom',
        message: `The article is too long: it has ${length.toLocaleString('en')} characters and the limit is ${MAX_BODY_CHARS.toLocaleString('en')}. Nothing was cut: paste a shorter part of it.`,
      });
    }),
});
export type ArticleImport = z.output<typeof articleImportSchema>;

/** True for an absolute http(s) address: anything else (javascript:, data:) must never become a link. */
export function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

const prompt = z.string({ error: 'Write the question.' }).regex(PLAIN, PLAIN_MESSAGE).trim().min(5, 'Write the question (at least 5 characters).').max(300, 'Keep the question under 300 characters.');
const explanation = z
  .string({ error: 'Explain why the right answer is right.' })
  .regex(PLAIN, PLAIN_MESSAGE)
  .trim()
  .min(5, 'Explain why the right answer is right (at least 5 characters).')
  .max(1000, 'Keep the explanation under 1,000 characters.');

const optionList = z.array(z.string().regex(PLAIN, PLAIN_MESSAGE).trim().max(200, 'Keep each option under 200 characters.')).max(4, 'Give at most 4 options.');
/** No radio chosen arrives as '' (or nothing), which plain coercion would read as 0, the first option. */
const answerIndex = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? Number.NaN : Number(v)),
  z.number({ error: 'Choose which option is the right answer.' }).int('Choose which option is the right answer.'),
);

/**
 * Options arrive as a form sends them (up to four boxes, any may be left empty) with the index of the right one
 * in those boxes. Empty boxes are dropped and the answer index is moved to match, so the stored answer always
 * points at the option the teacher marked.
 */
function compactOptions(options: string[], answer: number, ctx: z.RefinementCtx): { options: string[]; answer: number } {
  const filled = options.map((text, i) => ({ text, i })).filter((o) => o.text !== '');
  if (filled.length < 3) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Write at least 3 answer options.' });
  const seen = new Set<string>();
  for (const o of filled) {
    const key = o.text.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Two options are the same. Make every option different.' });
    seen.add(key);
  }
  const at = filled.findIndex((o) => o.i === answer);
  if (at < 0) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'Choose which option is the right answer (it cannot be an empty box).' });
  return { options: filled.map((o) => o.text), answer: at };
}

/** Checks the options and moves the answer index as `compactOptions` says, on any schema holding them. */
export function withCompactOptions<S extends z.ZodType<{ options: string[]; answer: number }>>(schema: S) {
  return schema.transform((v, ctx) => ({ ...v, ...compactOptions(v.options, v.answer, ctx) }));
}

/** The fields of a question edit before its options are compacted (an action adds what it needs to find it). */
export const questionEditFields = z.object({
  prompt,
  explanation,
  evidence: z.number().int().min(0, 'Type the number of a sentence from the article.').nullable(),
  options: optionList,
  answer: answerIndex,
});

/** Editing a question: prompt, options, right answer, explanation; `evidence` null keeps the current sentences. */
export const questionEditSchema = withCompactOptions(questionEditFields);
export type QuestionEdit = z.output<typeof questionEditSchema>;

/** The fields of a question the teacher writes, before its options are compacted. */
export const customQuestionFields = z.object({
  skill: z.enum(SKILLS, { error: 'Choose the skill this question practises.' }).default('record-or-claim'),
  prompt,
  explanation,
  evidence: z.number({ error: 'Type the number of the sentence the answer rests on.' }).int().min(0, 'Type the number of a sentence from the article.'),
  options: optionList,
  answer: answerIndex,
});

/** A question the teacher writes: everything an edit has, plus its skill and the one sentence it rests on. */
export const customQuestionSchema = withCompactOptions(customQuestionFields);
export type CustomQuestion = z.output<typeof customQuestionSchema>;

/** A question id as the generator (`skill-1a2b3c4d`) or the custom form (`custom-…`) makes it. */
export const questionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'That question does not exist.');

/** An article slug as it appears in our URLs. */
export const slugSchema = z.string().regex(/^[a-z0-9-]{1,120}$/, 'That article does not exist.');
