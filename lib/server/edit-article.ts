import { addDraftQuestion, deleteDraftQuestion, updateDraftQuestion, type DraftWrite } from '../db/queries/teacher-articles';
import type { CustomQuestion, QuestionEdit } from '../validation/article-import';
import { articleChanged } from './cache-tags';
import type { Actor, Outcome } from './outcome';

/*
 * A teacher edits the questions of their draft article. Each answers null when the article (or question) is not
 * theirs, exactly as when it does not exist, and refuses once the article is published: students may already have
 * answered its questions, and attempts grade against the stored key.
 */

const PUBLISHED = 'This article is published, so its questions can no longer change: students may already have answered them.';

/** The teacher's words for a refused write; a stored one clears the cached copies of the article. */
function told<T>(slug: string, write: DraftWrite<T> | null): Outcome<T> | null {
  if (write?.ok) articleChanged(slug);
  if (!write || write.ok) return write;
  if (write.reason === 'published') return { ok: false, error: PUBLISHED };
  return { ok: false, error: `There is no sentence with that number: the article has ${write.sentences} sentences.` };
}

/** Removes one question from the teacher's draft. */
export async function deleteQuestion(user: Actor, input: { slug: string; questionId: string }): Promise<Outcome | null> {
  return told(input.slug, await deleteDraftQuestion({ ...input, ownerId: user.id }));
}

/**
 * Rewrites one question of the teacher's draft. `evidence` is the main sentence: null or the question's current
 * first sentence keeps all its current sentences, another index makes that sentence the only one.
 */
export async function updateQuestion(user: Actor, input: { slug: string; questionId: string } & QuestionEdit): Promise<Outcome | null> {
  const { slug, questionId, prompt, options, answer, explanation, evidence } = input;
  return told(slug, await updateDraftQuestion({ slug, ownerId: user.id, questionId, fields: { prompt, options, correctOption: answer, explanation }, evidence }));
}

/** Adds a question the teacher wrote to the end of their draft. */
export async function addCustomQuestion(user: Actor, input: { slug: string } & CustomQuestion): Promise<Outcome<{ id: string }> | null> {
  const { slug, skill, prompt, options, answer, explanation, evidence } = input;
  return told(slug, await addDraftQuestion({ slug, ownerId: user.id, skill, fields: { prompt, options, correctOption: answer, explanation }, evidence }));
}
