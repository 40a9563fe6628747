import { addDraftQuestion, deleteArticleQuestion, updateArticleQuestion, type DraftWrite } from '../db/queries/article-questions';
import type { CustomQuestion, QuestionEdit } from '../validation/article-import';
import { articleChanged } from './cache-tags';
import type { Actor, Outcome } from './outcome';
import { MIN_QUESTIONS_TO_PUBLISH } from './publish-article';
import { regradeStep, type RegradeTally } from './regrade';

/*
 * A teacher edits the questions of their article. Each answers null when the article (or question) is not theirs,
 * exactly as when it does not exist. A draft changes freely; a published article's question may be fixed (wording,
 * right answer) or removed, and every attempt already submitted is graded again in the same transaction
 * (lib/server/regrade.ts), so students' results, the class's live results and the CSV follow the fix.
 */

const REFUSED = {
  published: 'This article is published, so you cannot add questions to it any more. You can still fix or remove one.',
  'options-fixed': 'Students have already been given this question, so it keeps the same number of answers. You can reword them or change which one is right.',
  'not-single-choice': 'This kind of question cannot be changed here. You can remove it instead.',
  'too-few': `A published quiz needs at least ${MIN_QUESTIONS_TO_PUBLISH} questions, so this one cannot be removed. You can fix it instead.`,
} as const;

/** The teacher's words for a refused write; a stored one clears the cached copies of the article. */
function told<T>(slug: string, write: DraftWrite<T> | null): Outcome<T> | null {
  if (write?.ok) articleChanged(slug);
  if (!write || write.ok) return write;
  if (write.reason === 'no-sentence') return { ok: false, error: `There is no sentence with that number: the article has ${write.sentences} sentences.` };
  return { ok: false, error: REFUSED[write.reason] };
}

/** Removes one question from the teacher's article; attempts that were dealt it are graded again without it. */
export async function deleteQuestion(user: Actor, input: { slug: string; questionId: string }): Promise<Outcome<RegradeTally> | null> {
  const tally: RegradeTally = { regraded: 0 };
  const fix = regradeStep(input.questionId, true, tally);
  const done = told(input.slug, await deleteArticleQuestion({ ...input, ownerId: user.id, minQuestions: MIN_QUESTIONS_TO_PUBLISH, fix }));
  return done?.ok ? { ...done, ...tally } : done;
}

/**
 * Rewrites one question of the teacher's article and re-grades the attempts that answered it. `evidence` is the
 * main sentence: null or the question's current first sentence keeps all its current sentences, another index
 * makes that sentence the only one.
 */
export async function updateQuestion(user: Actor, input: { slug: string; questionId: string } & QuestionEdit): Promise<Outcome<RegradeTally> | null> {
  const { slug, questionId, prompt, options, answer, explanation, evidence } = input;
  const tally: RegradeTally = { regraded: 0 };
  const fix = regradeStep(questionId, false, tally);
  const done = told(slug, await updateArticleQuestion({ slug, ownerId: user.id, questionId, fields: { prompt, options, correctOption: answer, explanation }, evidence, fix }));
  return done?.ok ? { ...done, ...tally } : done;
}

/** Adds a question the teacher wrote to the end of their draft. */
export async function addCustomQuestion(user: Actor, input: { slug: string } & CustomQuestion): Promise<Outcome<{ id: string }> | null> {
  const { slug, skill, prompt, options, answer, explanation, evidence } = input;
  return told(slug, await addDraftQuestion({ slug, ownerId: user.id, skill, fields: { prompt, options, correctOption: answer, explanation }, evidence }));
}
