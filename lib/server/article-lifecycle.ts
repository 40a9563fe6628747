import { deleteOwnDraft, duplicateOwnArticle, unpublishOwnArticle } from '../db/queries/article-lifecycle';
import { articleChanged } from './cache-tags';
import { makeSlug } from './import-article';
import type { Actor, Outcome } from './outcome';

/*
 * A teacher's article as a whole: delete a draft, take a published one back (unpublish), or copy one into a new
 * draft. Each answers null when the article is not theirs, exactly as when it does not exist.
 */

const REFUSED = {
  published: 'A published article cannot be deleted, because classes may have results on it. Unpublish it instead: its results stay.',
  assigned: 'A class has been set this article, so deleting it would delete their results too. It stays; you can leave it unpublished.',
} as const;

/** Deletes the teacher's draft article with its questions; refused once it is published or assigned. */
export async function deleteArticle(user: Actor, input: { slug: string }): Promise<Outcome | null> {
  const done = await deleteOwnDraft({ slug: input.slug, ownerId: user.id });
  if (done?.ok) articleChanged(input.slug);
  if (!done || done.ok) return done;
  return { ok: false, error: REFUSED[done.reason] };
}

/**
 * Takes the teacher's published article back to a draft: it can no longer be assigned and its page is theirs
 * alone again; assignments already made, and every result, stay as they are.
 */
export async function unpublishArticle(user: Actor, input: { slug: string }): Promise<Outcome | null> {
  const done = await unpublishOwnArticle({ slug: input.slug, ownerId: user.id });
  if (done) articleChanged(input.slug);
  return done;
}

/** Copies the teacher's article and its questions into a new draft ("Copy of …") and answers its slug. */
export async function duplicateArticle(user: Actor, input: { slug: string }): Promise<Outcome<{ slug: string }> | null> {
  const name = (title: string) => {
    const copy = `Copy of ${title.replace(/^(Copy of )+/, '')}`.slice(0, 200);
    return { slug: makeSlug(copy), title: copy };
  };
  const made = await duplicateOwnArticle({ slug: input.slug, ownerId: user.id, name });
  return made ? { ok: true, slug: made.slug } : null;
}
