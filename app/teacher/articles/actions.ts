'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getSessionUser } from '@/lib/auth/player';
import { articleChanged } from '@/lib/server/cache-tags';
import { addCustomQuestion, createDraftArticle, deleteQuestion, publishArticle, updateQuestion } from '@/lib/db/queries/teacher-articles';
import { articleImportSchema, customQuestionSchema, fieldErrors, questionEditSchema, questionIdSchema, slugSchema } from '@/lib/validation/article-import';

/** What a form shows after a refused submit: messages per field, one for the form, and what was typed. */
export type ArticleFormState = { error?: string; fields?: Record<string, string>; values?: Record<string, string>; ok?: string };

const NOT_YOURS = 'That article is not one of yours, or it no longer exists.';

async function teacher(next: string) {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?next=${encodeURIComponent(next)}`);
  return user;
}

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};

/** The sentence box shows numbers from 1, as a teacher counts; the database counts from 0. Empty means "keep". */
function sentenceIndex(form: FormData): number | null {
  const raw = text(form, 'sentence').trim();
  if (raw === '') return null;
  const n = Number(raw);
  return Number.isInteger(n) ? n - 1 : -1;
}

/** Everything a question form typed, handed back on a refusal so the form resets to it rather than to blank. */
function typed(form: FormData): Record<string, string> {
  const names = ['prompt', 'option0', 'option1', 'option2', 'option3', 'answer', 'explanation', 'sentence', 'skill'];
  return Object.fromEntries(names.map((n) => [n, text(form, n)]));
}

/** The schema calls it evidence; the form's box is called sentence. */
function withSentence(errors: Record<string, string>): Record<string, string> {
  return errors.evidence ? { ...errors, sentence: errors.evidence } : errors;
}

/** A refusal from the database step: a missing sentence belongs next to the sentence box, the rest to the form. */
function refusal(error: string): ArticleFormState {
  return /no sentence/i.test(error) ? { fields: { sentence: error } } : { error };
}

/** The question fields every question form sends: prompt, up to four options, the right one, the explanation. */
function questionFields(form: FormData) {
  return {
    prompt: text(form, 'prompt'),
    options: [0, 1, 2, 3].map((i) => text(form, `option${i}`)),
    answer: text(form, 'answer'),
    explanation: text(form, 'explanation'),
    evidence: sentenceIndex(form),
  };
}

/** Analyses the pasted article and opens its preview; on a refusal the form gets back everything typed. */
export async function createArticleAction(_prev: ArticleFormState, form: FormData): Promise<ArticleFormState> {
  const user = await teacher('/teacher/articles/new');
  const values = { title: text(form, 'title'), date: text(form, 'date'), source: text(form, 'source'), url: text(form, 'url'), body: text(form, 'body') };
  const parsed = articleImportSchema.safeParse(values);
  if (!parsed.success) return { fields: fieldErrors(parsed.error), values };
  const made = await createDraftArticle({ ...parsed.data, ownerId: user.id });
  if (!made.ok) return { fields: { body: made.error }, values };
  revalidatePath('/teacher/articles');
  redirect(`/teacher/articles/${made.slug}`);
}

/** Saves an edited question of the teacher's draft. */
export async function updateQuestionAction(_prev: ArticleFormState, form: FormData): Promise<ArticleFormState> {
  const slug = slugSchema.safeParse(form.get('slug'));
  const user = await teacher(slug.success ? `/teacher/articles/${slug.data}` : '/teacher/articles');
  const id = questionIdSchema.safeParse(form.get('questionId'));
  if (!slug.success || !id.success) return { error: NOT_YOURS };
  const values = typed(form);
  const parsed = questionEditSchema.safeParse(questionFields(form));
  if (!parsed.success) return { fields: withSentence(fieldErrors(parsed.error)), values };
  const saved = await updateQuestion({ slug: slug.data, ownerId: user.id, questionId: id.data, ...parsed.data });
  if (!saved) return { error: NOT_YOURS };
  if (!saved.ok) return { ...refusal(saved.error), values };
  articleChanged(slug.data);
  revalidatePath(`/teacher/articles/${slug.data}`);
  return { ok: 'Saved.' };
}

/** Adds the teacher's own question to their draft. */
export async function addQuestionAction(_prev: ArticleFormState, form: FormData): Promise<ArticleFormState> {
  const slug = slugSchema.safeParse(form.get('slug'));
  const user = await teacher(slug.success ? `/teacher/articles/${slug.data}` : '/teacher/articles');
  if (!slug.success) return { error: NOT_YOURS };
  const fields = { ...questionFields(form), skill: text(form, 'skill') || undefined };
  const values = typed(form);
  if (fields.evidence === null) return { fields: { sentence: 'Type the number of the sentence the answer rests on.' }, values };
  const parsed = customQuestionSchema.safeParse(fields);
  if (!parsed.success) {
    return { fields: withSentence(fieldErrors(parsed.error)), values };
  }
  const added = await addCustomQuestion({ slug: slug.data, ownerId: user.id, ...parsed.data });
  if (!added) return { error: NOT_YOURS, values };
  if (!added.ok) return { ...refusal(added.error), values };
  articleChanged(slug.data);
  revalidatePath(`/teacher/articles/${slug.data}`);
  return { ok: 'Question added at the end of the list.' };
}

/** Removes a question from the teacher's draft. */
export async function deleteQuestionAction(form: FormData): Promise<void> {
  const slug = slugSchema.safeParse(form.get('slug'));
  const user = await teacher(slug.success ? `/teacher/articles/${slug.data}` : '/teacher/articles');
  const id = questionIdSchema.safeParse(form.get('questionId'));
  if (!slug.success || !id.success) return;
  await deleteQuestion({ slug: slug.data, ownerId: user.id, questionId: id.data });
  articleChanged(slug.data);
  revalidatePath(`/teacher/articles/${slug.data}`);
}

/**
 * Publishes the teacher's draft so it can be assigned from a class page. The page itself explains a refusal (too
 * few questions) because it shows the count and offers Publish only when it would work.
 */
export async function publishArticleAction(form: FormData): Promise<void> {
  const slug = slugSchema.safeParse(form.get('slug'));
  const user = await teacher(slug.success ? `/teacher/articles/${slug.data}` : '/teacher/articles');
  if (!slug.success) return;
  await publishArticle({ slug: slug.data, ownerId: user.id });
  articleChanged(slug.data);
  revalidatePath(`/teacher/articles/${slug.data}`);
  revalidatePath('/teacher/articles');
}
