import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/lib/db/client';
import { prepareWithContent } from '@/lib/server/seed-content';
import { articles, quizzes } from '@/lib/db/schema';
import { getArticle, listArticles } from '@/lib/db/queries/articles';
import { getDraft, listAssignableArticles, listTeacherArticles } from '@/lib/db/queries/teacher-articles';
import { createUser } from '@/lib/db/queries/users';
import { articleImportSchema, customQuestionSchema, questionEditSchema, type ArticleImport } from '@/lib/validation/article-import';
import { ADVERSARIAL } from '@/tests/fixtures/adversarial';
import { TOO_COMPLEX } from './analyse-off-thread';
import { addCustomQuestion, deleteQuestion, updateQuestion } from './edit-article';
import { importArticle } from './import-article';
import { publishArticle } from './publish-article';

afterAll(closeDb);

const SLEEP = fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/articles/science-sleep-study.txt'), 'utf8');

async function teacher(name: string) {
  const user = await createUser({ email: `${name}-${randomBytes(4).toString('hex')}@example.test`, name, passwordHash: 'x' });
  return user!.id;
}

/** The use cases take validated input: these parse it first, as the actions do, and answer a refusal the same way. */
const importAs = ({ ownerId, ...input }: ArticleImport & { ownerId: string }) => importArticle({ id: ownerId }, input);
async function edit({ ownerId, slug, questionId, ...raw }: { ownerId: string; slug: string; questionId: string } & Record<string, unknown>) {
  const v = questionEditSchema.safeParse(raw);
  return v.success ? updateQuestion({ id: ownerId }, { slug, questionId, ...v.data }) : { ok: false, error: v.error.issues[0].message };
}
async function add({ ownerId, slug, ...raw }: { ownerId: string; slug: string } & Record<string, unknown>) {
  const v = customQuestionSchema.safeParse(raw);
  return v.success ? addCustomQuestion({ id: ownerId }, { slug, ...v.data }) : { ok: false, error: v.error.issues[0].message };
}

async function articleCount() {
  const db = await getDb();
  const [{ n }] = await db.select({ n: count() }).from(articles);
  return n;
}

const form = { title: 'Phones and sleep', date: '2025-03-14', source: 'Harbour Valley Courier', url: 'https://example.test/sleep' };
const custom = {
  skill: 'record-or-claim' as const,
  prompt: 'How many students did the study follow?',
  options: ['1,212', '212', '12,120'],
  answer: 0,
  explanation: 'The second sentence says the researchers followed 1,212 students.',
  evidence: 1,
};

let owner: string;
let other: string;

beforeAll(async () => {
  await prepareWithContent();
  owner = await teacher('owner');
  other = await teacher('other');
});

describe('a teacher pastes an article', () => {
  it('gets a clear message, and no draft, when the analysis runs over its time budget (issue 14)', async () => {
    const before = await articleCount();
    process.env.ANALYSIS_BUDGET_MS = '30';
    try {
      const made = await importAs({ ownerId: owner, ...form, title: 'A storm', body: `A storm of quotes\n\n${ADVERSARIAL['said storm']}` });
      expect(made).toEqual({ ok: false, error: TOO_COMPLEX });
    } finally {
      delete process.env.ANALYSIS_BUDGET_MS;
    }
    expect(await articleCount()).toBe(before);
  }, 60_000);

  it('stores a draft with its question bank that only the owner can see', async () => {
    const made = await importAs({ ownerId: owner, ...form, body: SLEEP });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.slug).toMatch(/^phones-and-sleep-[0-9a-f]{12}$/);
    const draft = await getDraft({ slug: made.slug, ownerId: owner });
    expect(draft!.questions.length).toBeGreaterThanOrEqual(8);
    expect(draft!.article).toMatchObject({ title: 'Phones and sleep', date: '2025-03-14', source: 'Harbour Valley Courier', url: 'https://example.test/sleep', publishedAt: null, featured: false });
    expect(draft!.article.body).toBe(SLEEP);
    expect(draft!.analysis.people.some((p) => p.name.includes('Okafor'))).toBe(true);
    expect(await getArticle({ slug: made.slug })).toBeNull();
    expect(await getArticle({ slug: made.slug, viewerId: other })).toBeNull();
    expect(await getArticle({ slug: made.slug, viewerId: owner })).not.toBeNull();
    expect((await listArticles()).map((a) => a.slug)).not.toContain(made.slug);
    expect((await listAssignableArticles({ ownerId: owner })).map((a) => a.slug)).not.toContain(made.slug);
    expect((await listTeacherArticles({ ownerId: owner })).map((a) => a.slug)).toContain(made.slug);
    expect((await listTeacherArticles({ ownerId: other })).map((a) => a.slug)).not.toContain(made.slug);
  });

  it('returns the same draft when the same text is submitted twice', async () => {
    const before = await articleCount();
    const a = await importAs({ ownerId: owner, ...form, title: 'Twice', body: SLEEP });
    const b = await importAs({ ownerId: owner, ...form, title: 'Twice', body: SLEEP });
    expect(a).toEqual(b);
    expect(await articleCount()).toBe(before + 1);
  });

  it('stores markup verbatim, as text', async () => {
    const body = `${SLEEP}\n\n<script>alert(1)</script> The researchers said more work is needed. They will repeat it next year.`;
    const made = await importAs({ ownerId: owner, ...form, title: 'Markup', body });
    if (!made.ok) throw new Error(made.error);
    const draft = await getDraft({ slug: made.slug, ownerId: owner });
    expect(draft!.article.body).toBe(body);
    expect(draft!.article.body).toContain('<script>alert(1)</script>');
  });

  it('refuses empty and markup-only text with a clear message and stores nothing', async () => {
    const before = await articleCount();
    const empty = await importAs({ ownerId: owner, ...form, body: '   \n' });
    expect(empty).toEqual({ ok: false, error: expect.stringMatching(/empty/i) });
    const markup = await importAs({ ownerId: owner, ...form, body: '<div><span></span><b></b></div>\n<p></p>' });
    expect(markup.ok).toBe(false);
    if (!markup.ok) expect(markup.error).toMatch(/article/i);
    expect(await articleCount()).toBe(before);
  });

  it('never keeps a javascript: link, from the form or from the pasted text', async () => {
    const bad = articleImportSchema.safeParse({ ...form, url: 'javascript:alert(1)', date: '2025-02-30', body: SLEEP });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual(['date', 'url']);
    const body = `---\nurl: javascript:alert(1)\n---\n${SLEEP}`;
    const made = await importAs({ ownerId: owner, title: 'Sneaky link', date: null, source: null, url: null, body });
    if (!made.ok) throw new Error(made.error);
    const draft = await getDraft({ slug: made.slug, ownerId: owner });
    expect(draft!.article.url).toBeNull();
    expect(draft!.article.body).toBe(body);
  });
});

describe('editing a draft', () => {
  let slug: string;
  beforeAll(async () => {
    const made = await importAs({ ownerId: owner, ...form, title: 'Editing', body: SLEEP });
    if (!made.ok) throw new Error(made.error);
    slug = made.slug;
  });

  it('refuses another teacher everything and changes nothing', async () => {
    const before = await getDraft({ slug, ownerId: owner });
    const q = before!.questions[0];
    expect(await getDraft({ slug, ownerId: other })).toBeNull();
    expect(await deleteQuestion({ id: other }, { slug, questionId: q.id })).toBeNull();
    expect(await edit({ slug, ownerId: other, questionId: q.id, prompt: 'Hijacked question?', options: ['a', 'b', 'c'], answer: 1, explanation: 'Hijacked.', evidence: null })).toBeNull();
    expect(await add({ slug, ownerId: other, ...custom })).toBeNull();
    expect(await publishArticle({ id: other }, { slug })).toBeNull();
    expect(await getDraft({ slug, ownerId: owner })).toEqual(before);
    expect(await getArticle({ slug })).toBeNull();
  });

  it('lets the owner delete, edit and add questions, keeping the count in step', async () => {
    const start = (await getDraft({ slug, ownerId: owner }))!;
    const [first, second] = start.questions;
    expect(await deleteQuestion({ id: owner }, { slug, questionId: first.id })).toEqual({ ok: true, regraded: 0 });
    expect(await deleteQuestion({ id: owner }, { slug, questionId: first.id })).toBeNull();

    const edited = await edit({ slug, ownerId: owner, questionId: second.id, prompt: 'Which sentence is the longest one?', options: ['One', '', 'Two', 'Three'], answer: 2, explanation: 'Count the words in each.', evidence: null });
    expect(edited).toEqual({ ok: true, regraded: 0 });

    const added = await add({ slug, ownerId: owner, ...custom });
    expect(added).toMatchObject({ ok: true, id: expect.stringMatching(/^custom-/) });

    const after = (await getDraft({ slug, ownerId: owner }))!;
    expect(after.questions.map((q) => q.id)).not.toContain(first.id);
    const e = after.questions.find((q) => q.id === second.id)!;
    expect(e).toMatchObject({ prompt: 'Which sentence is the longest one?', options: ['One', 'Two', 'Three'], answer: 1, evidence: second.evidence });
    const c = after.questions.at(-1)!;
    expect(c).toMatchObject({ custom: true, skill: 'record-or-claim', options: custom.options, answer: 0, evidence: [1] });
    expect(after.questions.length).toBe(start.questions.length);
    const db = await getDb();
    const [quiz] = await db.select({ n: quizzes.questionCount }).from(quizzes).where(eq(quizzes.id, after.quizId));
    expect(quiz.n).toBe(after.questions.length);
  });

  it('refuses a bad custom question with a clear message and stores nothing', async () => {
    const before = (await getDraft({ slug, ownerId: owner }))!.questions.length;
    const outOfRange = await add({ slug, ownerId: owner, ...custom, answer: 5 });
    expect(outOfRange).toEqual({ ok: false, error: expect.stringMatching(/right answer/) });
    const twoOptions = await add({ slug, ownerId: owner, ...custom, options: ['yes', 'no'] });
    expect(twoOptions).toEqual({ ok: false, error: expect.stringMatching(/at least 3/) });
    const same = await add({ slug, ownerId: owner, ...custom, options: ['yes', 'no', 'Yes'] });
    expect(same).toEqual({ ok: false, error: expect.stringMatching(/same/) });
    const unchosen = customQuestionSchema.safeParse({ ...custom, answer: '' });
    expect(unchosen.success).toBe(false);
    expect(unchosen.error?.issues[0].message).toMatch(/right answer/);
    const noSentence = await add({ slug, ownerId: owner, ...custom, evidence: 9999 });
    expect(noSentence).toEqual({ ok: false, error: expect.stringMatching(/no sentence/) });
    expect((await getDraft({ slug, ownerId: owner }))!.questions.length).toBe(before);
  });

  it('publishes for everyone to read and assign, then refuses new questions (fixes are tested in tests/unit/db/regrade.test.ts)', async () => {
    expect(await publishArticle({ id: owner }, { slug })).toEqual({ ok: true });
    expect(await publishArticle({ id: owner }, { slug })).toEqual({ ok: true });
    const found = await getArticle({ slug });
    expect(found?.article.publishedAt).toBeInstanceOf(Date);
    expect((await listAssignableArticles({ ownerId: owner })).map((a) => a.slug)).toContain(slug);
    expect((await listAssignableArticles({ ownerId: other })).map((a) => a.slug)).not.toContain(slug);
    expect((await listArticles()).map((a) => a.slug)).not.toContain(slug);
    const before = (await getDraft({ slug, ownerId: owner }))!.questions;
    const refused = await add({ slug, ownerId: owner, ...custom });
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/published/) });
    expect((await getDraft({ slug, ownerId: owner }))!.questions).toEqual(before);
  });

  it('will not publish a draft with fewer than 3 questions', async () => {
    const made = await importAs({ ownerId: owner, ...form, title: 'Too few', body: SLEEP });
    if (!made.ok) throw new Error(made.error);
    const draft = (await getDraft({ slug: made.slug, ownerId: owner }))!;
    for (const q of draft.questions.slice(2)) await deleteQuestion({ id: owner }, { slug: made.slug, questionId: q.id });
    expect(await publishArticle({ id: owner }, { slug: made.slug })).toEqual({ ok: false, error: expect.stringMatching(/at least 3/) });
    expect(await getArticle({ slug: made.slug })).toBeNull();
  });
});
