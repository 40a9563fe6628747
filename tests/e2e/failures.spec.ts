import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import path from 'node:path';

const port = Number(process.env.E2E_PORT || 3123);

test('with the database unreachable, pages show a friendly error and no stack trace', async ({ page }) => {
  const res = await page.goto(`http://127.0.0.1:${port + 1}/`);
  expect(res?.status()).toBe(500);
  await expect(page.getByRole('heading', { name: 'Something went wrong on our side' })).toBeVisible();
  await expect(page.getByText('Your saved scores are safe.')).toBeVisible();
  const html = await page.content();
  for (const leak of ['ECONNREFUSED', 'at async', 'node_modules', 'postgres://']) expect(html).not.toContain(leak);
});

test('a second server on the same embedded database folder is refused with a clear message', async () => {
  test.skip(!!process.env.DATABASE_URL, 'only the embedded database has a folder to protect');
  const dataDir = process.env.E2E_DATA_DIR!;
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port + 2)], {
    env: { ...process.env, PGLITE_DIR: path.join(dataDir, 'pglite'), DATA_DIR: dataDir, AUTH_TRUST_HOST: 'true' },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(null); }, 30_000);
    child.on('exit', (c) => { clearTimeout(timer); resolve(c); });
  });
  expect(code).toBe(1);
  expect(output).toMatch(/embedded database folder .* is already in use by process \d+/);
});

test('odd characters in a link give a plain 404, never a server error', async ({ page }) => {
  for (const path of ['/articles/%00', '/articles/a%00b/quiz', '/attempts/%00%00', '/articles/..%2F..%2Fetc/leaderboard', '/teacher/classes/%E2%80%AE', '/articles/%ff', '/articles/%ff/quiz', '/articles/%ff/leaderboard', '/attempts/%ff', '/teacher/classes/%ff', '/teacher/assignments/%ff/export']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  // A broken percent escape was a bare 500 on every dynamic route; the JSON API now says what is wrong.
  for (const path of ['/api/articles/%ff/leaderboard', '/api/articles/%ff/attempts', '/api/attempts/%ff/submit']) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(400);
    expect(await res.json()).toEqual({ error: 'That address is not valid.' });
  }
});
