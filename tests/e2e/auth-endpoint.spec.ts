import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { nickname } from '../pages/quiz-page';
import { doorways } from './support/from-address';

// Auth.js's own routes (/api/auth/*) are reachable by anyone, not only through the app's forms. These tests talk to
// them the way a script would: a CSRF token from /api/auth/csrf (its cookie kept by the request context), then the
// credentials form posted straight to /api/auth/callback/credentials.

// Each caller connects from an address of its own (a random 127.x.y.z, see support/from-address.ts), so per-address
// limits never spill into other specs, which all come from 127.0.0.1; the server ignores any address claimed in a header.
const from = doorways(test);

async function signUp(page: Page, name: string, email: string, password: string) {
  await page.goto('/signup?next=/teacher');
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeVisible();
}

/** One try at the credentials endpoint: where Auth.js sends the caller, and whether it set a session cookie. */
async function tryCredentials(api: APIRequestContext, email: string, password: string, door: string) {
  const { csrfToken } = (await (await api.get(`${door}/api/auth/csrf`)).json()) as { csrfToken: string };
  const res = await api.post(`${door}/api/auth/callback/credentials`, {
    form: { email, password, csrfToken, callbackUrl: '/teacher' },
    maxRedirects: 0,
  });
  const location = res.headers()['location'] ?? '';
  const session = res.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie' && /^authjs\.session-token=[^;]+/.test(h.value));
  return { status: res.status(), code: new URL(location, 'http://x').searchParams.get('code'), signedIn: Boolean(session), session: session?.value.split(';')[0] };
}

test('40 wrong passwords posted to the Auth.js endpoint from 40 addresses: the 11th and later are refused, even the right one', async ({ browser, playwright, baseURL }) => {
  const ctx = await browser.newContext({ baseURL: await from(baseURL) });
  const name = nickname('Brute');
  const email = `${name.toLowerCase()}@example.com`;
  const password = 'the right password';
  await signUp(await ctx.newPage(), name, email, password);
  await ctx.close();

  const api = await playwright.request.newContext({ baseURL });
  const codes: (string | null)[] = [];
  // A new address for every try: only the per-account limit can stop this.
  for (let i = 0; i < 40; i++) codes.push((await tryCredentials(api, email, `wrong password ${i}`, await from(baseURL))).code);
  expect(codes.slice(0, 10)).toEqual(Array(10).fill('credentials'));
  expect(codes.slice(10)).toEqual(Array(30).fill('rate_limited'));

  const right = await tryCredentials(api, email, password, await from(baseURL));
  expect(right.code).toBe('rate_limited');
  expect(right.signedIn).toBe(false);
  await api.dispose();
});

test('10 wrong passwords from one address (for any accounts) refuse that address, not others', async ({ browser, playwright, baseURL }) => {
  const ctx = await browser.newContext({ baseURL: await from(baseURL) });
  const name = nickname('Addr');
  const email = `${name.toLowerCase()}@example.com`;
  const password = 'the right password';
  await signUp(await ctx.newPage(), name, email, password);
  await ctx.close();

  const api = await playwright.request.newContext({ baseURL });
  const door = await from(baseURL);
  for (let i = 0; i < 10; i++) expect((await tryCredentials(api, `nobody-${i}-${name}@example.com`, 'guess', door)).code).toBe('credentials');
  expect((await tryCredentials(api, email, password, door)).code).toBe('rate_limited');
  // The account itself is not limited: its owner, elsewhere, signs in.
  const owner = await tryCredentials(api, email, password, await from(baseURL));
  expect(owner.signedIn).toBe(true);
  await api.dispose();
});

test('signing out through the Auth.js endpoint ends the session: a copy of the cookie no longer works', async ({ browser, playwright, baseURL }) => {
  const ctx = await browser.newContext({ baseURL: await from(baseURL) });
  const name = nickname('Copy');
  const email = `${name.toLowerCase()}@example.com`;
  await signUp(await ctx.newPage(), name, email, 'the right password');
  await ctx.close();

  const api = await playwright.request.newContext({ baseURL });
  const signedIn = await tryCredentials(api, email, 'the right password', await from(baseURL));
  expect(signedIn.signedIn).toBe(true);
  const copied = signedIn.session!;
  const copy = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: copied } });
  expect(((await (await copy.get('/api/auth/session')).json()) as { user?: { name?: string } } | null)?.user?.name).toBe(name);

  const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const out = await api.post('/api/auth/signout', { form: { csrfToken, callbackUrl: '/' }, maxRedirects: 0 });
  expect(out.status()).toBe(302);

  // The copy still carries a cookie Auth.js can decrypt, but the session behind it is over.
  expect(await (await copy.get('/api/auth/session')).json()).toBeNull();
  const page = await copy.get('/teacher', { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers()['location']).toContain('/signin');
  await copy.dispose();
  await api.dispose();
});
