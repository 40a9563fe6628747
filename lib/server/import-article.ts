import { randomBytes } from 'node:crypto';
import { notArticleReason } from '../article/not-article';
import { ArticleError, parseArticle } from '../article/parse';
import type { Article } from '../article/types';
import { createDraftArticle } from '../db/queries/teacher-articles';
import { GENERATOR_VERSION } from '../quiz/types';
import { isHttpUrl, type ArticleImport } from '../validation/article-import';
import { analyseOffThread, AnalysisBusyError, AnalysisFailedError, TooComplexError } from './analyse-off-thread';
import type { Actor, Outcome } from './outcome';
import { revisionOf } from './seed-content';

/** Lower-case words joined by dashes, plus a random suffix so a draft's address cannot be guessed. */
export function makeSlug(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base || 'article'}-${randomBytes(6).toString('hex')}`;
}

/** ArticleError messages talk about "text"; the form talks about the box the teacher pasted into. */
function friendly(err: ArticleError): string {
  return `${err.message} Paste the full text of a news article into the Article text box.`;
}

/**
 * A teacher imports an article: the pasted text is parsed and analysed, and stored as their draft with its question
 * bank. The form's title, date, source and address win over ones found in the text, and the date is set before
 * analysis so relative dates ("on Tuesday") resolve against it. Pasting the same text again returns the draft
 * already made.
 */
export async function importArticle(user: Actor, input: ArticleImport): Promise<Outcome<{ slug: string }>> {
  // Code, a word list or gibberish is refused with its reason before a quiz of nonsense is written from it.
  const notArticle = notArticleReason(input.body);
  if (notArticle) return { ok: false, error: notArticle };
  let parsed: Article;
  let analysed: Awaited<ReturnType<typeof analyseOffThread>>;
  try {
    const found = parseArticle(input.body);
    // Metadata found in the pasted text is held to the same rules as the form's (a javascript: link never survives).
    const foundUrl = found.url && found.url.length <= 500 && isHttpUrl(found.url) ? found.url : null;
    const foundSource = found.source && found.source.length <= 120 ? found.source : null;
    parsed = { ...found, title: input.title, date: input.date ?? found.date, source: input.source ?? foundSource, url: input.url ?? foundUrl };
    // Off the request thread and on a time budget: one hostile paste must not stall the server for everyone.
    analysed = await analyseOffThread(parsed);
  } catch (err) {
    if (err instanceof ArticleError) return { ok: false, error: friendly(err) };
    if (err instanceof TooComplexError || err instanceof AnalysisBusyError) return { ok: false, error: err.message };
    if (err instanceof AnalysisFailedError) {
      console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', message: `article analysis failed: ${err.message}` }));
      return { ok: false, error: 'Something in this article stopped the analysis. Try removing unusual symbols, or paste a shorter part of it.' };
    }
    throw err;
  }
  const { slug } = await createDraftArticle({
    ownerId: user.id, slug: makeSlug(input.title), title: input.title, body: input.body, revision: revisionOf(input.body),
    generatorVersion: GENERATOR_VERSION, parsed, analysis: analysed.analysis, questions: analysed.bank,
  });
  return { ok: true, slug };
}
