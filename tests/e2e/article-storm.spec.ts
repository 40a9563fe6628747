import { expect, test, type Page } from '@playwright/test';
import { ADVERSARIAL } from '../fixtures/adversarial';
import { nickname } from '../pages/quiz-page';
import { freshDataDir, startServer, type AppServer } from './support/app-server';
import { doorways } from './support/from-address';

/**
 * Issue 14: a hostile paste (90,000 characters of '"a," said Bob.') is analysed off the request thread: the server
 * keeps answering while it runs, and an analysis over its time budget ends in a clear message next to the box.
 */

const STORM = ADVERSARIAL['said storm'];
const TOO_COMPLEX = /too complex to analyse; shorten it/;
// The teachers sign up from addresses of their own, so the per-address sign-up limit never spills into other specs.
const from = doorways(test);

async function pasteAsNewTeacher(page: Page, base: string, body: string) {
  const name = nickname('Storm');
  await page.goto(`${base}/signup?next=/teacher/articles/new`);
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(`${name.toLowerCase()}@school.example`);
  await page.getByLabel('Password').fill('teacher password 2');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'New article' })).toBeVisible();
  await page.getByLabel('Title').fill(`A storm ${name}`);
  await page.getByLabel('Article text').fill(body);
  await page.getByRole('button', { name: 'Preview questions' }).click();
}

/** Polls /api/health until `done` settles; returns the slowest answer in milliseconds. */
async function slowestHealth(base: string, done: Promise<unknown>): Promise<number> {
  let finished = false;
  void done.finally(() => (finished = true));
  let slowest = 0;
  while (!finished) {
    const started = Date.now();
    const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(20_000) });
    expect(res.ok).toBe(true);
    slowest = Math.max(slowest, Date.now() - started);
    await new Promise((r) => setTimeout(r, 100));
  }
  return slowest;
}

test('the server stays responsive while a hostile article is analysed', async ({ page, baseURL }) => {
  await pasteAsNewTeacher(page, await from(baseURL), STORM);
  const outcome = expect(page.getByRole('heading', { level: 1 }).filter({ hasText: /^A storm/ }).or(page.getByText(TOO_COMPLEX))).toBeVisible({ timeout: 30_000 });
  const slowest = await slowestHealth(baseURL!, outcome);
  await outcome;
  // Before issue 14 this paste held the request thread for about 40 s (analysis, then question generation). What
  // is left on it (parsing the form, storing and showing a 90,000-character draft) takes a second or two; the bound
  // is loose so that a busy test machine cannot fail it, and still a fourth of the old hold.
  expect(slowest).toBeLessThan(10_000);
});

test.describe('with a tight analysis budget', () => {
  let server: AppServer | null = null;
  test.afterAll(async () => server?.kill('SIGKILL'));

  test('an article over the budget gets the clear message, and nothing is stored', async ({ page }) => {
    test.setTimeout(120_000);
    const port = Number(process.env.E2E_PORT || 3123) + 7;
    server = await startServer({ port, dataDir: freshDataDir('storm'), databaseUrl: process.env.DATABASE_URL, env: { ANALYSIS_BUDGET_MS: '200' } });
    await pasteAsNewTeacher(page, await from(server.url), STORM);
    await expect(page.getByText(TOO_COMPLEX)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { name: 'New article' })).toBeVisible();
    expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ ok: true });
  });
});
