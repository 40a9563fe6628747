import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../article/from-html';
import { FetchRefused, fetchPublicPage, isPublicAddress, MAX_BYTES, MAX_REDIRECTS } from './safe-fetch';

const PARAGRAPHS = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story says that the council voted on the plan, and the mayor said it would help the town.</p>`).join('');
const PAGE = `<!doctype html><html><head><title>Council backs bike lanes | Valley News</title><meta property="og:site_name" content="Valley News">
<meta property="article:published_time" content="2025-03-14T09:00:00Z"></head><body><nav><a href="/">Home</a><a href="/sport">Sport</a></nav>
<article><h1>Council backs bike lanes</h1>${PARAGRAPHS}</article><script>alert(1)</script><footer>© Valley News</footer></body></html>`;

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/story') return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    if (path === '/moved') return res.writeHead(302, { Location: '/story' }).end();
    if (path === '/to-private') return res.writeHead(302, { Location: 'http://10.0.0.7/story' }).end();
    if (path === '/to-metadata') return res.writeHead(301, { Location: 'http://169.254.169.254/latest/meta-data/' }).end();
    if (path === '/loop') return res.writeHead(302, { Location: '/loop' }).end();
    if (path === '/pdf') return res.writeHead(200, { 'Content-Type': 'application/pdf' }).end('%PDF');
    if (path === '/huge') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      const chunk = 'x'.repeat(100_000);
      let sent = 0;
      const push = () => { while (sent <= MAX_BYTES && res.write(chunk)) sent += chunk.length; if (sent <= MAX_BYTES) res.once('drain', push); else res.end(); };
      return push();
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));
afterEach(() => {
  delete process.env.IMPORT_ALLOW_LOOPBACK;
});
const allowLoopback = () => {
  process.env.IMPORT_ALLOW_LOOPBACK = '1';
};

describe('fetchPublicPage refuses every address that is not on the public internet', () => {
  it('classifies addresses: public unicast only', () => {
    for (const ip of ['93.184.216.34', '2606:4700::1111', '8.8.8.8']) expect(isPublicAddress(ip)).toBe(true);
    for (const ip of ['10.1.2.3', '172.16.0.1', '192.168.1.1', '127.0.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fc00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '224.0.0.1', '255.255.255.255']) {
      expect(isPublicAddress(ip), ip).toBe(false);
    }
  });

  it.each([
    'http://10.0.0.7/story', 'http://192.168.0.1/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://[::ffff:127.0.0.1]/',
    'http://0.0.0.0/', 'http://127.0.0.1/', 'http://2130706433/', 'http://0x7f.1/',
  ])('refuses %s before connecting', async (url) => {
    await expect(fetchPublicPage(url)).rejects.toThrow(/private network/);
  });

  it('refuses a name that resolves to a private or loopback address (after the look-up)', async () => {
    await expect(fetchPublicPage(`http://localhost:${new URL(base).port}/story`)).rejects.toThrow(/private network/);
  });

  it('refuses the local test server itself unless the test-only setting allows loopback', async () => {
    await expect(fetchPublicPage(`${base}/story`)).rejects.toThrow(/private network/);
  });

  it('refuses other schemes and addresses with a password', async () => {
    await expect(fetchPublicPage('file:///etc/passwd')).rejects.toThrow(/http/);
    await expect(fetchPublicPage('ftp://example.com/')).rejects.toThrow(/http/);
    await expect(fetchPublicPage('https://user:pw@example.com/')).rejects.toThrow(/password/);
    await expect(fetchPublicPage('not an address')).rejects.toBeInstanceOf(FetchRefused);
  });

  it('checks every redirect: a public-looking page that sends you to a private address is refused', async () => {
    allowLoopback();
    await expect(fetchPublicPage(`${base}/to-private`)).rejects.toThrow(/private network/);
    await expect(fetchPublicPage(`${base}/to-metadata`)).rejects.toThrow(/private network/);
  });
});

describe('fetchPublicPage limits (served locally, loopback allowed for the test)', () => {
  it('fetches a page and follows a redirect', async () => {
    allowLoopback();
    const page = await fetchPublicPage(`${base}/moved`);
    expect(page.url).toBe(`${base}/story`);
    expect(page.html).toContain('Council backs bike lanes');
  });

  it(`stops after ${MAX_REDIRECTS} redirects, at ${MAX_BYTES / 1e6} MB, and at anything but a web page`, async () => {
    allowLoopback();
    await expect(fetchPublicPage(`${base}/loop`)).rejects.toThrow(/too many/);
    await expect(fetchPublicPage(`${base}/huge`)).rejects.toThrow(/too big/);
    await expect(fetchPublicPage(`${base}/pdf`)).rejects.toThrow(/not a web page/);
    await expect(fetchPublicPage(`${base}/missing`)).rejects.toThrow(/error \(404\)/);
  });
});

describe('extractArticle', () => {
  it('takes the title, site, day and paragraphs, and leaves menus, scripts and footers behind', () => {
    const found = extractArticle(PAGE, `${base}/story`)!;
    expect(found.title).toMatch(/Council backs bike lanes/);
    expect(found.source).toBe('Valley News');
    expect(found.date).toBe('2025-03-14');
    expect(found.body.split('\n\n')).toHaveLength(6);
    expect(found.body).not.toMatch(/alert|Sport|©/);
  });
});
