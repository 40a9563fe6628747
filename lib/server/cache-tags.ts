import { revalidateTag } from 'next/cache';

/**
 * The tags of the data this app keeps in the framework's cache (lib/server/cached-reads.ts), and the calls that
 * clear them after a write. Each instance keeps its own cache in memory: clearing a tag here clears it on this
 * instance only, and another instance's copy lasts until its own lifetime ends (a few seconds for a board).
 */
export const tags = {
  /** Every public leaderboard top (a submit does not know its article's slug without another query). */
  boards: 'boards',
  /** The home page's list of public articles. */
  articleList: 'article-list',
  /** One article as readers see it, by slug. */
  article: (slug: string) => `article:${slug}`,
  /** Every quiz's question bank (a bank never changes once it can be played; see `articleChanged`). */
  banks: 'question-banks',
} as const;

/**
 * Outside the Next server (vitest, the command-line scripts) there is no framework cache to clear, and
 * revalidateTag would throw for want of a request.
 */
function expire(tag: string) {
  if (process.env.NEXT_RUNTIME) revalidateTag(tag, { expire: 0 });
}

/**
 * Call after a submit that wrote a new result, from the route handler or server action that ran it. The next
 * request on this instance reads the boards afresh (expire: 0, not stale-while-revalidate), so the player sees
 * their new row in the top at once; their own row is never cached anyway.
 */
export function boardsChanged(): void {
  expire(tags.boards);
}

/** Call after a teacher publishes or edits an article: its page, the article list and the banks are read afresh. */
export function articleChanged(slug: string): void {
  expire(tags.article(slug));
  expire(tags.articleList);
  expire(tags.banks);
}
