import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, nickname } from '../pages/quiz-page';

// Every spec reaches the one server from 127.0.0.1, so limits keyed by address would spill into later specs. Each
// context here claims its own address from the documentation range (203.0.113.0/24) through x-forwarded-for, which
// the app reads as the caller's address; other specs send none and keep theirs.
function fakeAddress(net = '203.0.113') {
  return `${net}.${1 + Math.floor(Math.random() * 254)}`;
}

async function contextFrom(browser: Browser, address = fakeAddress()) {
  const ctx = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address } });
  return { ctx, page: await ctx.newPage() };
}

/**
 * Clicks a submit button and waits until the form has taken in the server action's answer. The answer arriving is
 * not enough: React renders it (and resets the form's fields to their defaults, clearing the password) a moment
 * later, and the next try's typing could be wiped by that reset (a run sent an empty password and got "Enter your
 * password."). The button shows its own label again, enabled, only once that has happened.
 */
async function submit(page: Page, button: string) {
  await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: button }).click()]);
  await expect(page.getByRole('button', { name: button, exact: true })).toBeEnabled();
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await submit(page, 'Sign in');
}

test('after 10 wrong passwords for one email, sign-in is refused for a while, even with the right password', async ({ browser }) => {
  const { ctx, page } = await contextFrom(browser);
  const name = nickname('Lim');
  const email = `${name.toLowerCase()}@example.com`;
  const password = 'the right password';

  await page.goto('/signup');
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto('/signin');
  for (let i = 0; i < 10; i++) {
    await signIn(page, email, `wrong password ${i}`);
    await expect(page.getByText('That email and password do not match an account.')).toBeVisible();
  }
  await signIn(page, email, 'wrong password 10');
  await expect(page.getByText(/Too many tries\. Try again in \d+ seconds?\./)).toBeVisible();
  await expectNoAxeViolations(page);

  await signIn(page, email, password);
  await expect(page.getByText(/Too many tries\. Try again in \d+ seconds?\./)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  // The account itself is limited: the right password from another address is refused too.
  const other = await contextFrom(browser, fakeAddress('198.51.100'));
  await other.page.goto('/signin');
  await signIn(other.page, email.toUpperCase(), password);
  await expect(other.page.getByText(/Too many tries\. Try again in \d+ seconds?\./)).toBeVisible();
  await expect(other.page.getByText(`Signed in as ${name}`)).toHaveCount(0);

  await other.ctx.close();
  await ctx.close();
});

test('after 20 sign-ups from one address within an hour, the next is refused there but not elsewhere', async ({ browser }) => {
  test.setTimeout(180_000); // 21 sign-ups, each hashing a password
  const { ctx, page } = await contextFrom(browser, fakeAddress('192.0.2'));
  const name = nickname('Many');
  async function signUp(on: Page, i: number, password = 'long enough password') {
    await on.goto('/signup');
    await on.getByLabel('Display name').fill(`${name}${i}`);
    await on.getByLabel('Email').fill(`${name.toLowerCase()}-${i}@example.com`);
    await on.getByLabel('Password').fill(password);
    await on.getByRole('button', { name: 'Create account' }).click();
  }
  // Taken emails (tried with another password) count like free ones: every answer tells a script something.
  for (let i = 0; i < 20; i++) {
    if (i % 6 === 1) {
      await signUp(page, i - 1, 'not the owner password');
      await expect(page.locator('.form-error')).toContainText('We could not create an account with these details.');
    } else {
      await signUp(page, i);
      await expect(page.getByText(`Signed in as ${name}${i}`)).toBeVisible();
      await ctx.clearCookies();
    }
  }
  await signUp(page, 20);
  await expect(page.getByText(/Too many tries\. Try again in \d+ seconds?\./)).toBeVisible();
  await expect(page.getByText(`Signed in as ${name}20`)).toHaveCount(0);
  await expectNoAxeViolations(page);

  const other = await contextFrom(browser, fakeAddress('198.51.100'));
  await signUp(other.page, 20);
  await expect(other.page.getByText(`Signed in as ${name}20`)).toBeVisible();
  await other.ctx.close();
  await ctx.close();
});

test('after 10 wrong class codes from one address, joining is refused there but not elsewhere', async ({ browser }) => {
  const { ctx, page } = await contextFrom(browser);
  const nick = nickname('Guess');

  await page.goto('/join');
  // '1' is never in a real class code, so these are always wrong.
  for (let i = 0; i < 10; i++) {
    await page.getByLabel('Class code').fill(`ZZZZ1${i}`);
    await page.getByLabel('Nickname').fill(nick);
    await submit(page, 'Join class');
    await expect(page.getByText('That class code does not work. Check it with your teacher.')).toBeVisible();
  }
  await page.getByLabel('Class code').fill('ZZZZ11');
  await page.getByLabel('Nickname').fill(nick);
  await submit(page, 'Join class');
  await expect(page.getByText(/Too many tries\. Try again in \d+ seconds?\./)).toBeVisible();
  await expectNoAxeViolations(page);

  // Personal codes share the limit: guessing cannot move over to the other form.
  await page.getByLabel('Personal code').fill('ZZZZ1111');
  await submit(page, 'Continue');
  await expect(page.getByText(/Too many tries\. Try again in \d+ seconds?\./)).toHaveCount(2);

  // Someone else, at another address, still gets the ordinary answer.
  const other = await contextFrom(browser, fakeAddress('198.51.100'));
  await other.page.goto('/join');
  await other.page.getByLabel('Class code').fill('ZZZZ11');
  await other.page.getByLabel('Nickname').fill(nick);
  await submit(other.page, 'Join class');
  await expect(other.page.getByText('That class code does not work. Check it with your teacher.')).toBeVisible();

  await other.ctx.close();
  await ctx.close();
});
