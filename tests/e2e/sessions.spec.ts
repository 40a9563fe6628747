import { expect, test } from '@playwright/test';
import { nickname, signUpTeacher } from '../pages/quiz-page';
import { doorways } from './support/from-address';

// Sign-ups connect from an address of their own, so the per-address sign-up limit never spills into other specs.
const from = doorways(test);

// A session cookie copied off a machine (a shared classroom computer, a stolen laptop's profile) must die when its
// owner signs out or leaves: the server, not the browser deleting its cookie, decides that a session is over.

test('after a teacher signs out, a copy of their cookie opens no teacher page and runs no teacher action', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ baseURL: await from(baseURL) });
  const page = await ctx.newPage();
  const name = nickname('Leave');
  await signUpTeacher(page, name);

  // The copy: another browser with the same cookies, a teacher page already open in it.
  const state = await ctx.storageState();
  const copyCtx = await browser.newContext({ storageState: state });
  const copy = await copyCtx.newPage();
  await copy.goto('/teacher');
  await expect(copy.getByRole('heading', { name: 'Your classes' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  // An action from the page that was open: refused, sent to sign in, nothing created.
  await copy.getByLabel('Class name').fill('Made after sign-out');
  await copy.getByRole('button', { name: 'Create class' }).click();
  await expect(copy).toHaveURL(/\/signin/);
  // A page opened afresh with the copied cookie: sign in first.
  const replayCtx = await browser.newContext({ storageState: state });
  const replay = await replayCtx.newPage();
  await replay.goto('/teacher');
  await expect(replay).toHaveURL(/\/signin/);
  await expect(replay.getByRole('link', { name: 'Sign in' })).toBeVisible();

  // The owner signs back in: the class made with the copy does not exist.
  await page.goto('/signin?next=/teacher');
  await page.getByLabel('Email').fill(`${name.toLowerCase()}@school.example`);
  await page.getByLabel('Password').fill('teacher password 1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeVisible();
  await expect(page.getByText('Made after sign-out')).toHaveCount(0);

  await Promise.all([ctx.close(), copyCtx.close(), replayCtx.close()]);
});

test('a student who leaves the class on one device ends that device\'s session (copies included), not the others', async ({ browser, baseURL }) => {
  const teacherCtx = await browser.newContext({ baseURL: await from(baseURL) });
  const teacher = await teacherCtx.newPage();
  const name = nickname('Class');
  await signUpTeacher(teacher, name);
  await teacher.getByLabel('Class name').fill(`Class ${name}`);
  await teacher.getByRole('button', { name: 'Create class' }).click();
  const code = (await teacher.locator('.join-code').textContent())!.trim();

  // Device one joins; device two comes in with the personal code.
  const oneCtx = await browser.newContext();
  const one = await oneCtx.newPage();
  await one.goto('/join');
  await one.getByLabel('Class code').fill(code);
  await one.getByLabel('Nickname').fill(nickname('Kid'));
  await one.getByRole('button', { name: 'Join class' }).click();
  await expect(one.getByRole('heading', { name: `Class ${name}` })).toBeVisible();
  const personal = (await one.locator('code').first().textContent())!.trim();
  const twoCtx = await browser.newContext();
  const two = await twoCtx.newPage();
  await two.goto('/join');
  await two.getByLabel('Personal code').fill(personal);
  await two.getByRole('button', { name: 'Continue' }).click();
  await expect(two.getByRole('heading', { name: `Class ${name}` })).toBeVisible();

  const state = await oneCtx.storageState();
  await one.getByRole('button', { name: 'Leave the class on this device' }).click();
  await expect(one).toHaveURL(/\/join/);

  const copyCtx = await browser.newContext({ storageState: state });
  const copy = await copyCtx.newPage();
  await copy.goto('/class');
  await expect(copy.getByText('You are not in a class on this device yet.')).toBeVisible();
  await expect(copy.getByRole('heading', { name: `Class ${name}` })).toHaveCount(0);

  await two.reload();
  await expect(two.getByRole('heading', { name: `Class ${name}` })).toBeVisible();

  await Promise.all([teacherCtx.close(), oneCtx.close(), twoCtx.close(), copyCtx.close()]);
});
