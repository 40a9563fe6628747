import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { contentArticles } from '../content/manifest';
import { prepareDatabase, setSeedStep } from '../db/prepare';
import { createArticleWithQuiz, hasQuiz } from '../db/queries/articles';
import { buildQuestionBank } from '../quiz';
import { GENERATOR_VERSION, QUESTION_KINDS } from '../quiz/types';

/** A short fingerprint of the published text: a new revision of an article gets a new quiz. */
export function revisionOf(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 16);
}

/**
 * Loads the bundled articles and their generated question banks. Safe to run on every start: an article whose
 * text and generator have not changed since the last start is skipped before its analysis (the analysis is what
 * costs; see docs/ARCHITECTURE.md for the figures), and a second process racing this one inserts nothing twice.
 */
export async function seedContent(): Promise<{ created: number }> {
  let created = 0;
  // SEED_LIBRARY=0 loads the demo article alone: the database unit tests (tests/unit/setup-db.ts) start a fresh
  // database per file and never read the library, so they skip its twelve analyses.
  const items = process.env.SEED_LIBRARY === '0' ? contentArticles.filter((a) => a.featured) : contentArticles;
  for (const item of items) {
    const body = fs.readFileSync(path.join(process.cwd(), 'lib', 'content', item.file), 'utf8');
    const revision = revisionOf(body);
    if (await hasQuiz({ slug: item.slug, revision, generatorVersion: GENERATOR_VERSION })) continue;
    const bank = buildQuestionBank(body, { kinds: QUESTION_KINDS });
    const result = await createArticleWithQuiz({
      slug: item.slug,
      title: bank.article.title ?? bank.article.headings[0] ?? item.slug,
      date: bank.article.date,
      source: bank.article.source ?? item.source,
      url: bank.article.url ?? item.url,
      body,
      featured: item.featured,
      revision,
      generatorVersion: GENERATOR_VERSION,
      parsed: bank.article,
      analysis: bank.analysis,
      questions: bank.questions,
    });
    if (result.created) created++;
  }
  return { created };
}

/**
 * Migrates the database and loads the bundled content, once per process (a failure is retried on the next call).
 * The server does this at start (lib/server/startup.ts); scripts and tests call it before they begin. Every query
 * waits for it, so a request that arrives while the server is still starting never finds empty tables.
 */
export function prepareWithContent(): Promise<void> {
  setSeedStep(seedContent);
  return prepareDatabase();
}
