import { expect, test, type Page } from '@playwright/test';
import { QuizPage, nickname, startSeedQuiz } from '../pages/quiz-page';

/**
 * Issue 5, "Headers on every page": a Content-Security-Policy on every document (a fresh nonce per request, the
 * pages a guest reads included: their data may come from the data cache, their HTML never), the baseline headers from
 * next.config.js, a request id for the server log, and proof in a real browser that the policy blocks none of the
 * app's own scripts (the pages still hydrate and a quiz can be answered).
 */
const pages = ['/', '/articles/rust-baldwin-dismissal', '/articles/rust-baldwin-dismissal/quiz', '/articles/rust-baldwin-dismissal/leaderboard', '/signin', '/join'];
/** The nonce in a CSP's script-src, or null when there is none. */
function scriptNonce(csp: string | undefined) {
  return csp?.match(/script-src[^;]*'nonce-([A-Za-z0-9+/_=-]+)'/)?.[1] ?? null;
}

/** Collects every CSP violation and uncaught error the page reports, from the console and the DOM event. */
function watchForViolations(page: Page) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.text().includes('Content Security Policy')) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return problems;
}

test('every page sends a nonce CSP, nosniff, a referrer policy and a request id, and no X-Powered-By', async ({ page }) => {
  const problems = watchForViolations(page);
  const requestIds = new Set<string>();
  for (const path of pages) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    const h = res!.headers();
    const csp = h['content-security-policy'];
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBeTruthy();
    expect(h['x-request-id'], path).toMatch(/^[0-9a-f-]{36}$/);
    expect(h['x-powered-by'], path).toBeUndefined();
    requestIds.add(h['x-request-id']);

    // Next stamped the nonce on every script it sent (a script without it would be blocked and break the page).
    const nonce = scriptNonce(csp);
    expect(nonce, `${path}: CSP ${csp}`).not.toBeNull();
    expect(csp, path).toContain("'strict-dynamic'");
    const scripts = await page.locator('script').evaluateAll((els) => els.map((s) => (s as HTMLScriptElement).nonce));
    expect(scripts.length, path).toBeGreaterThan(0);
    expect(scripts.filter((n) => n !== nonce), `${path}: scripts without the response's nonce`).toEqual([]);
  }
  expect(requestIds.size).toBe(pages.length);
  expect(problems).toEqual([]);
});

test("two requests for the same page get different nonces, a guest's article page too", async ({ request }) => {
  for (const path of ['/signin', '/articles/rust-baldwin-dismissal']) {
    const [a, b] = [await request.get(path), await request.get(path)];
    const [na, nb] = [scriptNonce(a.headers()['content-security-policy']), scriptNonce(b.headers()['content-security-policy'])];
    expect(na, path).not.toBeNull();
    expect(nb, path).not.toBeNull();
    expect(na, path).not.toBe(nb);
    // The HTML carries the nonce of its own response, never a cached one.
    expect(await b.text(), path).toContain(`nonce="${nb}"`);
    expect(await b.text(), path).not.toContain(`nonce="${na}"`);
  }
});

test('a guest starts a quiz and answers a question with no CSP violation', async ({ page }) => {
  const problems = watchForViolations(page);
  await startSeedQuiz(page, nickname('Csp'));
  const quiz = new QuizPage(page);
  // Answer only the first question; the live counter proves the client component hydrated under the policy.
  await quiz.answerAllByKeyboard(() => 1, Array.from({ length: 99 }, (_, i) => i + 1));
  await expect(page.getByText(/^1 of \d+$/)).toBeVisible();
  expect(problems).toEqual([]);
});
