'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formSchema, teacher, validatedAction, validatedFormAction, type FieldErrors } from '@/lib/server/action';
import { deleteArticle, duplicateArticle, unpublishArticle } from '@/lib/server/article-lifecycle';
import { addCustomQuestion, deleteQuestion, updateQuestion } from '@/lib/server/edit-article';
import { importArticle } from '@/lib/server/import-article';
import { importFromLink } from '@/lib/server/import-from-link';
import { publishArticle } from '@/lib/server/publish-article';
import {
  articleImportSchema, customQuestionFields, questionEditFields, questionIdSchema, slugSchema, withCompactOptions,
} from '@/lib/validation/article-import';

/** What a form shows after a refused submit: messages per field, one for the form, and what was typed. */
export type ArticleFormState = { error?: string; fields?: Record<string, string>; values?: Record<string, string>; ok?: string };

const NOT_YOURS = 'That article is not one of yours, or it no longer exists.';

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};

/** A teacher who is not signed in signs in and comes back to the article they were working on. */
const articleTeacher = teacher((form) => {
  const slug = slugSchema.safeParse(form.get('slug'));
  return slug.success ? `/teacher/articles/${slug.data}` : '/teacher/articles';
});

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

const importValues = (form: FormData) => ({ title: text(form, 'title'), date: text(form, 'date'), source: text(form, 'source'), url: text(form, 'url'), body: text(form, 'body') });
const importForm = formSchema(importValues, articleImportSchema);
const editForm = formSchema(
  (f) => ({ slug: f.get('slug'), questionId: f.get('questionId'), ...questionFields(f) }),
  withCompactOptions(questionEditFields.extend({ slug: slugSchema, questionId: questionIdSchema })),
);
const addForm = formSchema(
  (f) => ({ slug: f.get('slug'), ...questionFields(f), skill: text(f, 'skill') || undefined }),
  withCompactOptions(customQuestionFields.extend({ slug: slugSchema })),
);
const questionForm = formSchema((f) => ({ slug: f.get('slug'), questionId: f.get('questionId') }), z.object({ slug: slugSchema, questionId: questionIdSchema }));
const slugForm = formSchema((f) => ({ slug: f.get('slug') }), z.object({ slug: slugSchema }));

/** Analyses the pasted article and opens its preview; on a refusal the form gets back everything typed. */
export const createArticleAction = validatedAction(
  teacher('/teacher/articles/new'),
  importForm,
  (fields, form): ArticleFormState => ({ fields, values: importValues(form) }),
  async (input, user, form): Promise<ArticleFormState> => {
    const made = await importArticle(user, input);
    if (!made.ok) return { fields: { body: made.error }, values: importValues(form) };
    revalidatePath('/teacher/articles');
    redirect(`/teacher/articles/${made.slug}`);
  },
);

const linkForm = formSchema((f) => ({ url: text(f, 'url').trim() }), z.object({
  url: z.string().min(1, 'Paste the web address of the article.').max(500, 'That web address is too long (500 characters at most).'),
}));

/** Fetches the article at a web address and opens its preview; a refusal says why, next to the address. */
export const importLinkAction = validatedAction(
  teacher('/teacher/articles/new'),
  linkForm,
  (fields, form): ArticleFormState => ({ fields, values: { url: text(form, 'url') } }),
  async ({ url }, user, form): Promise<ArticleFormState> => {
    const made = await importFromLink(user, { url });
    if (!made.ok) return { fields: { url: made.error }, values: { url: text(form, 'url') } };
    revalidatePath('/teacher/articles');
    redirect(`/teacher/articles/${made.slug}`);
  },
);

/** Saves an edited question of the teacher's draft. */
export const updateQuestionAction = validatedAction(
  articleTeacher,
  editForm,
  (fields: FieldErrors, form): ArticleFormState => (fields.slug || fields.questionId ? { error: NOT_YOURS } : { fields: withSentence(fields), values: typed(form) }),
  async ({ slug, ...edit }, user, form): Promise<ArticleFormState> => {
    const saved = await updateQuestion(user, { slug, ...edit });
    if (!saved) return { error: NOT_YOURS };
    if (!saved.ok) return { ...refusal(saved.error), values: typed(form) };
    revalidatePath(`/teacher/articles/${slug}`);
    return { ok: saved.regraded ? `Saved. ${regradedText(saved.regraded)}` : 'Saved.' };
  },
);

/** Adds the teacher's own question to their draft. */
export const addQuestionAction = validatedAction(
  articleTeacher,
  addForm,
  (fields: FieldErrors, form): ArticleFormState => {
    if (fields.slug) return { error: NOT_YOURS };
    if (sentenceIndex(form) === null) return { fields: { sentence: 'Type the number of the sentence the answer rests on.' }, values: typed(form) };
    return { fields: withSentence(fields), values: typed(form) };
  },
  async ({ slug, ...question }, user, form): Promise<ArticleFormState> => {
    const added = await addCustomQuestion(user, { slug, ...question });
    if (!added) return { error: NOT_YOURS, values: typed(form) };
    if (!added.ok) return { ...refusal(added.error), values: typed(form) };
    revalidatePath(`/teacher/articles/${slug}`);
    return { ok: 'Question added at the end of the list.' };
  },
);

/** What the teacher reads after a fix re-graded students' results. */
function regradedText(n: number): string {
  return n === 1 ? '1 student’s result was marked again.' : `${n} students’ results were marked again.`;
}

const notYours = (): ArticleFormState => ({ error: NOT_YOURS });

/** Removes a question from the teacher's article; attempts already submitted are marked again without it. */
export const deleteQuestionAction = validatedAction(articleTeacher, questionForm, notYours, async ({ slug, questionId }, user): Promise<ArticleFormState> => {
  const done = await deleteQuestion(user, { slug, questionId });
  if (!done) return { error: NOT_YOURS };
  if (!done.ok) return { error: done.error };
  revalidatePath(`/teacher/articles/${slug}`);
  return { ok: done.regraded ? `Removed. ${regradedText(done.regraded)}` : 'Removed.' };
});

/** Deletes the teacher's draft and goes back to their list; a published or assigned article is refused. */
export const deleteArticleAction = validatedAction(articleTeacher, slugForm, notYours, async ({ slug }, user): Promise<ArticleFormState> => {
  const done = await deleteArticle(user, { slug });
  if (!done) return { error: NOT_YOURS };
  if (!done.ok) return { error: done.error };
  revalidatePath('/teacher/articles');
  redirect('/teacher/articles');
});

/** Takes the teacher's article back from publication; its assignments and results stay. */
export const unpublishArticleAction = validatedAction(articleTeacher, slugForm, notYours, async ({ slug }, user): Promise<ArticleFormState> => {
  if (!(await unpublishArticle(user, { slug }))) return { error: NOT_YOURS };
  revalidatePath(`/teacher/articles/${slug}`);
  revalidatePath('/teacher/articles');
  return { ok: 'Unpublished. It is a draft again; assignments already made keep their results.' };
});

/** Copies the teacher's article into a new draft and opens it. */
export const duplicateArticleAction = validatedAction(articleTeacher, slugForm, notYours, async ({ slug }, user): Promise<ArticleFormState> => {
  const made = await duplicateArticle(user, { slug });
  if (!made?.ok) return { error: NOT_YOURS };
  revalidatePath('/teacher/articles');
  redirect(`/teacher/articles/${made.slug}`);
});

/**
 * Publishes the teacher's draft so it can be assigned from a class page. The page itself explains a refusal (too
 * few questions) because it shows the count and offers Publish only when it would work.
 */
export const publishArticleAction = validatedFormAction(articleTeacher, slugForm, async ({ slug }, user) => {
  await publishArticle(user, { slug });
  revalidatePath(`/teacher/articles/${slug}`);
  revalidatePath('/teacher/articles');
});
