import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/lib/db/client';
import { importArticle } from '@/lib/server/import-article';
import { createUser } from '@/lib/db/queries/users';
import { prepareWithContent } from '@/lib/server/seed-content';
import { articles } from '@/lib/db/schema';
import { MAX_BODY_CHARS, articleImportSchema } from '@/lib/validation/article-import';
import { NASTY, anyString, count, overTheWire, report, snapshot } from './helpers';

/**
 * The article-import path as app/teacher/articles/actions.ts drives it: articleImportSchema, then importArticle
 * (parse, analyse, generate, store) on the real database. Hostile text of every kind: nothing throws, a refused
 * paste adds no rows, and an accepted body is stored exactly as pasted.
 */

afterAll(async () => {
  report('article-import');
  await closeDb();
});

const dir = path.join(process.cwd(), 'tests/fixtures/articles');
const FIXTURES = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
let ownerId: string;

beforeAll(async () => {
  await prepareWithContent();
  ownerId = (await createUser({ email: `fuzz-import-${randomBytes(4).toString('hex')}@example.test`, name: 'T', passwordHash: 'x' }))!.id;
});

/** A real article with hostile text spliced in at random places (so it still parses and reaches the database). */
const spliced = fc
  .tuple(fc.constantFrom(...FIXTURES), fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...NASTY), anyString(20))), { minLength: 1, maxLength: 6 }))
  .map(([text, cuts]) => cuts.reduce((t, [at, bit]) => { const i = at % t.length; return t.slice(0, i) + bit + t.slice(i); }, text));

const body = fc.oneof(
  { weight: 5, arbitrary: spliced },
  { weight: 2, arbitrary: anyString(400) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 200, maxLength: 3_000 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'.,;:!?-—()[]{}"\'«»…*#@&%/\\|~^`'.split('')), minLength: 1, maxLength: 3_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(...FIXTURES).map((t) => `\u202E${t}`) },
  { weight: 1, arbitrary: fc.constantFrom(...FIXTURES).map((t) => t.replace(/\. /g, '.\u0085 ')) },
  // Near the size limit: exactly at it (must be analysed quickly) and one over (refused).
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FIXTURES), fc.boolean()).map(([t, over]) => t.repeat(Math.ceil(MAX_BODY_CHARS / t.length)).slice(0, MAX_BODY_CHARS + (over ? 1 : 0))) },
);
const title = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...NASTY.slice(0, 6)) }, { weight: 2, arbitrary: anyString(60) }, { weight: 1, arbitrary: fc.string({ minLength: 190, maxLength: 400 }) });
const hostileMeta = fc.oneof(anyString(30), fc.constantFrom('2025-02-30', '14/03/2025', 'javascript:alert(1)', 'http://', 'data:text/html,<b>', "' or 1=1 --"));
const date = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('', '2025-03-14', ' 2024-02-29 ') }, { weight: 1, arbitrary: hostileMeta });
const source = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('', "<b>Daily</b> '; drop table articles; --", 'Le Monde', 'صحيفة') }, { weight: 1, arbitrary: hostileMeta });
const url = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('', 'https://example.test/a?b=<c>&d=\'e\'', 'http://example.test/%00') }, { weight: 1, arbitrary: hostileMeta });

describe('fuzzing the article-import path', () => {
  it('never throws; refused pastes add no rows; accepted bodies are stored verbatim (60 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(title, date, source, url, body, async (t, date, source, url, b) => {
        count('article import');
        const values = { title: overTheWire(t), date: overTheWire(date), source: overTheWire(source), url: overTheWire(url), body: overTheWire(b) };
        const before = await snapshot();
        const parsed = articleImportSchema.safeParse(values);
        if (!parsed.success) {
          count('article import (refused by the schema)');
          expect(await snapshot()).toEqual(before);
          return;
        }
        const made = await importArticle({ id: ownerId }, parsed.data);
        if (!made.ok) {
          count('article import (refused by importArticle)');
          expect(made.error).toMatch(/\S/);
          expect(await snapshot()).toEqual(before);
          return;
        }
        count('article import (stored)');
        const db = await getDb();
        const [row] = await db.select().from(articles).where(eq(articles.slug, made.slug));
        expect(row.body).toBe(values.body); // byte for byte, markup and SQL included
        expect(row.title).toBe(values.title.trim());
        expect(row.ownerId).toBe(ownerId);
        expect(row.publishedAt).toBeNull();
        if (row.url) expect(row.url).toMatch(/^https?:\/\//i);
      }),
      { numRuns: 60 },
    );
    expect((await import('./helpers')).tally['article import (stored)']).toBeGreaterThanOrEqual(3); // the storing branch was reached
  }, 120_000);
});
