import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, nickname, signUpTeacher } from '../pages/quiz-page';
import { SLEEP_BODY } from '../pages/teacher-pages';

/** A news page as a site would serve it: menus, the story in paragraphs, a script and a footer. */
function newsPage(title: string): string {
  const paragraphs = SLEEP_BODY.split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:site_name" content="Harbour Valley Courier">
<meta property="article:published_time" content="2025-03-14T08:00:00Z"></head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<main><article><h1>${title}</h1>${paragraphs}</article></main><script>document.title = 'changed'</script><footer>Subscribe today</footer></body></html>`;
}

test('a teacher imports an article from a link served locally; a private address is refused', async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Phones and sleep ${nickname('')}`;
  const server = http.createServer((req, res) => {
    if (req.url === '/news/sleep') return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(newsPage(title));
    if (req.url === '/go') return res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await signUpTeacher(page, nickname('Link'));
    await page.goto('/teacher/articles/new');
    await expectNoAxeViolations(page);
    const address = page.getByLabel('Web address of the article');

    // A private address, typed or reached by a redirect, is refused with a reason; nothing is made.
    await address.fill('http://192.168.1.20/news');
    await page.getByRole('button', { name: 'Fetch the article' }).click();
    await expect(page.getByText(/inside a private network, not on the public internet/)).toBeVisible();
    await expect(address).toHaveValue('http://192.168.1.20/news');
    await address.fill(`${base}/go`);
    await page.getByRole('button', { name: 'Fetch the article' }).click();
    await expect(page.getByText(/inside a private network/)).toBeVisible();
    await expect(page).toHaveURL(/\/teacher\/articles\/new$/);
    await expectNoAxeViolations(page);

    // The local news page: the usual preview, with the title, source and day the page gave.
    await address.fill(`${base}/news/sleep`);
    await page.getByRole('button', { name: 'Fetch the article' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title, { timeout: 30_000 });
    await expect(page.getByText('draft', { exact: true })).toBeVisible();
    await expect(page.getByText('Harbour Valley Courier')).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Questions \(\d+\)$/ })).toBeVisible();
    await expect(page.getByText('Subscribe today')).toHaveCount(0);
  } finally {
    server.close();
  }
});
