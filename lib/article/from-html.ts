import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** An article taken out of a web page: what the import form would hold had the teacher pasted it. */
export type ExtractedArticle = { title: string; date: string | null; source: string | null; body: string };

/** Blocks whose text becomes a paragraph of the body (a blank line between each, as a pasted article has). */
const BLOCKS = 'p, h2, h3, h4, li, blockquote, pre';

/**
 * Extracts the article from a page's HTML with Mozilla's Readability (Firefox's reader view) on a server-side DOM
 * (linkedom): title, site name, publication day and the text, paragraph by paragraph, without menus, adverts or
 * scripts. Null when Readability finds no article in it.
 */
export function extractArticle(html: string, url: string): ExtractedArticle | null {
  const { document } = parseHTML(html);
  const found = new Readability(document as unknown as Document).parse();
  if (!found?.content) return null;
  const { document: content } = parseHTML(`<!doctype html><html><body>${found.content}</body></html>`);
  const blocks = [...content.querySelectorAll(BLOCKS)]
    // A block inside another block (a paragraph in a quote) is written once, by the outer one.
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const body = blocks.length ? blocks.join('\n\n') : (found.textContent ?? '').trim();
  const published = found.publishedTime?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
  return {
    title: (found.title ?? '').trim().slice(0, 200) || new URL(url).hostname,
    date: published,
    source: found.siteName?.trim().slice(0, 120) || new URL(url).hostname.replace(/^www\./, ''),
    body,
  };
}
