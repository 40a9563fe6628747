import { expect, test } from '@playwright/test';
import { QuizPage, expectNoAxeViolations, nickname } from '../pages/quiz-page';
import { doorways } from './support/from-address';

// Sign-ups connect from an address of their own, so the per-address sign-up limit never spills into other specs.
const from = doorways(test);

test('a player signs up, plays signed in, signs out and signs back in', async ({ page, browser }) => {
  const name = nickname('Sam');
  const email = `${name.toLowerCase()}@example.com`;
  const password = 'correct horse battery';

  await page.goto('/signup');
  await expectNoAxeViolations(page);
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();

  await page.goto('/articles/rust-baldwin-dismissal/quiz');
  await expect(page.getByText(`You are signed in as ${name}`)).toBeVisible();
  await expect(page.getByLabel('Nickname')).toHaveValue(name);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const quiz = new QuizPage(page);
  await quiz.answerAllByKeyboard();
  await quiz.submitByKeyboard();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  const resultUrl = page.url();
  await page.getByRole('link', { name: 'See the leaderboard' }).click();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('you');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  // Signed out, the account's attempt is no longer this browser's to see.
  expect((await page.goto(resultUrl))?.status()).toBe(404);

  await page.goto('/signin');
  await expectNoAxeViolations(page);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('wrong password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('That email and password do not match an account.')).toBeVisible();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
  await page.goto(resultUrl);
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();

  // Change the password: the wrong current one is refused, then the new one is the one that works.
  await page.getByRole('link', { name: `Signed in as ${name}` }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Current password').fill('not it');
  await page.getByLabel('New password', { exact: true }).fill('a brand new password');
  await page.getByLabel('New password again').fill('a brand new password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('That is not your current password.')).toBeVisible();
  await page.getByLabel('Current password').fill(password);
  await page.getByLabel('New password', { exact: true }).fill('a brand new password');
  await page.getByLabel('New password again').fill('a brand new password');
  // A second browser signed in with the old password is signed out by the change.
  const otherCtx = await browser.newContext();
  const other = await otherCtx.newPage();
  await other.goto('/signin');
  await other.getByLabel('Email').fill(email);
  await other.getByLabel('Password').fill(password);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.getByText(`Signed in as ${name}`)).toBeVisible();
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Your password has been changed.')).toBeVisible();
  await expect(page.getByRole('link', { name: `Signed in as ${name}` })).toBeVisible();
  await other.reload();
  await expect(other.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await otherCtx.close();
  // Wait for the sign-out to finish: navigating at once could cut its answer off, and with it the cleared cookie.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('That email and password do not match an account.')).toBeVisible();
  await page.getByLabel('Password').fill('a brand new password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
});

test('signing up with an email that has an account does not say so; its own password just signs in', async ({ browser, baseURL }) => {
  const name = nickname('Dup');
  const email = `${name.toLowerCase()}@example.com`;
  const ctx = await browser.newContext({ baseURL: await from(baseURL) });
  const page = await ctx.newPage();
  async function signUp(displayName: string, password: string) {
    await page.goto('/signup?next=/teacher');
    await page.getByLabel('Display name').fill(displayName);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
  }
  await signUp(name, 'long enough password');
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  // A stranger trying the email with another password: not signed in, and not told that the email has an account.
  await signUp('Stranger', 'some other password');
  await expect(page.locator('.form-error')).toHaveText('We could not create an account with these details. If you already have an account, sign in instead.');
  await expect(page.getByText(/already has an account/)).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The owner, who forgot signing up, gets what a new sign-up gets: signed in, on the page they asked for.
  await signUp('Someone else', 'long enough password');
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeVisible();
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
  await ctx.close();
});
