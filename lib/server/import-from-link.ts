import { extractArticle } from '../article/from-html';
import { IMPORT_LINK_LIMIT, importLinkKey, tryAgainIn } from '../auth/rate-limit-policy';
import { takeSlot } from '../db/queries/rate-limits';
import { FetchRefused, fetchPublicPage } from '../http/safe-fetch';
import { articleImportSchema } from '../validation/article-import';
import { importArticle } from './import-article';
import type { Actor, Outcome } from './outcome';

/**
 * A teacher imports an article from its web address: the page is fetched from the public internet only
 * (lib/http/safe-fetch.ts), the article taken out of it with Readability (lib/article/from-html.ts), and the result
 * goes through the same checks and analysis as a paste (`importArticle`), ending in the usual preview. Every try
 * takes a slot of the teacher's limit (`IMPORT_LINK_LIMIT`) before anything is fetched.
 */
export async function importFromLink(user: Actor, input: { url: string; now?: number }): Promise<Outcome<{ slug: string }>> {
  const slot = await takeSlot({ key: importLinkKey(user.id), ...IMPORT_LINK_LIMIT, now: input.now });
  if (!slot.allowed) return { ok: false, error: `You have imported a lot of pages in a short time. ${tryAgainIn(slot.retryAfterSeconds)}` };
  let page: { url: string; html: string };
  try {
    page = await fetchPublicPage(input.url);
  } catch (err) {
    if (err instanceof FetchRefused) return { ok: false, error: err.message };
    throw err;
  }
  const found = extractArticle(page.html, page.url);
  if (!found || found.body.length < 200) {
    return { ok: false, error: 'No article was found on that page (it may need a sign-in, or be mostly pictures). Copy the text and paste it instead.' };
  }
  const checked = articleImportSchema.safeParse({ ...found, date: found.date ?? '', source: found.source ?? '', url: page.url.length <= 500 ? page.url : '' });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    // A title or site name the form would refuse is replaced rather than refused: the article is what matters.
    if (issue.path[0] === 'title' || issue.path[0] === 'source') {
      const host = new URL(page.url).hostname.replace(/^www\./, '');
      return importFromText(user, { title: host, date: found.date ?? '', source: host, url: page.url, body: found.body });
    }
    return { ok: false, error: issue.message };
  }
  return importArticle(user, checked.data);
}

async function importFromText(user: Actor, raw: Record<string, string>): Promise<Outcome<{ slug: string }>> {
  const checked = articleImportSchema.safeParse(raw);
  return checked.success ? importArticle(user, checked.data) : { ok: false, error: checked.error.issues[0].message };
}
