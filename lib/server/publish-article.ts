import { publishDraft } from '../db/queries/teacher-articles';
import { articleChanged } from './cache-tags';
import type { Actor, Outcome } from './outcome';

/** The fewest questions a published quiz may have: below it a class assignment would be too short to mean much. */
export const MIN_QUESTIONS_TO_PUBLISH = 3;

/**
 * A teacher publishes their draft so it can be assigned from a class page; refused below MIN_QUESTIONS_TO_PUBLISH.
 * Publishing twice is fine; null when the article is not theirs.
 */
export async function publishArticle(user: Actor, input: { slug: string }): Promise<Outcome | null> {
  const done = await publishDraft({ slug: input.slug, ownerId: user.id, minQuestions: MIN_QUESTIONS_TO_PUBLISH });
  if (done?.ok) articleChanged(input.slug);
  if (!done || done.ok) return done;
  return { ok: false, error: `A quiz needs at least ${MIN_QUESTIONS_TO_PUBLISH} questions before you publish it. Add your own questions first.` };
}
