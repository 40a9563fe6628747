import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, nickname, signUpTeacher } from '../pages/quiz-page';
import { fromAddress, loopbackAddress } from './support/from-address';

// Limits are keyed by the caller's address, and every other spec reaches the server from 127.0.0.1; so each browser
// here really connects from an address of its own (a random 127.x.y.z, see support/from-address.ts). Headers cannot
// choose an address: the server ignores X-Forwarded-For and the like, which one test below checks.
const doors: Array<() => Promise<void>> = [];
test.afterEach(async () => {
  await Promise.all(doors.splice(0).map((close) => close()));
});

async function contextFrom(browser: Browser, appBaseURL: string | undefined, address = loopbackAddress()) {
  const door = await fromAddress(appBaseURL!, address);
  doors.push(door.close);
  const ctx = await browser.newContext({ baseURL: door.baseURL });
  return { ctx, page: await ctx.newPage() };
}

const TOO_MANY = /Too many tries\. Try again in \d+ seconds?\./;
const WRONG_CODE = 'That class code does not work. Check it with your teacher.';

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

test('after 10 wrong passwords for one email, sign-in is refused for a while, even with the right password', async ({ browser, baseURL }) => {
  const { ctx, page } = await contextFrom(browser, baseURL);
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
  await expect(page.getByText(TOO_MANY)).toBeVisible();
  await expectNoAxeViolations(page);

  await signIn(page, email, password);
  await expect(page.getByText(TOO_MANY)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  // The account itself is limited: the right password from another address is refused too.
  const other = await contextFrom(browser, baseURL);
  await other.page.goto('/signin');
  await signIn(other.page, email.toUpperCase(), password);
  await expect(other.page.getByText(TOO_MANY)).toBeVisible();
  await expect(other.page.getByText(`Signed in as ${name}`)).toHaveCount(0);

  await other.ctx.close();
  await ctx.close();
});

test('after 20 sign-ups from one address within an hour, the next is refused there but not elsewhere', async ({ browser, baseURL }) => {
  test.setTimeout(180_000); // 21 sign-ups, each hashing a password
  const { ctx, page } = await contextFrom(browser, baseURL);
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
  await expect(page.getByText(TOO_MANY)).toBeVisible();
  await expect(page.getByText(`Signed in as ${name}20`)).toHaveCount(0);
  await expectNoAxeViolations(page);

  const other = await contextFrom(browser, baseURL);
  await signUp(other.page, 20);
  await expect(other.page.getByText(`Signed in as ${name}20`)).toBeVisible();
  await other.ctx.close();
  await ctx.close();
});

test('after 10 wrong class codes from one address, joining is refused there but not elsewhere', async ({ browser, baseURL }) => {
  const { ctx, page } = await contextFrom(browser, baseURL);
  const nick = nickname('Guess');

  await page.goto('/join');
  // '1' is never in a real class code, so these are always wrong.
  for (let i = 0; i < 10; i++) {
    await page.getByLabel('Class code').fill(`ZZZZ1${i}`);
    await page.getByLabel('Nickname').fill(nick);
    await submit(page, 'Join class');
    await expect(page.getByText(WRONG_CODE)).toBeVisible();
  }
  await page.getByLabel('Class code').fill('ZZZZ11');
  await page.getByLabel('Nickname').fill(nick);
  await submit(page, 'Join class');
  await expect(page.getByText(TOO_MANY)).toBeVisible();
  await expectNoAxeViolations(page);

  // Personal codes share the limit: guessing cannot move over to the other form.
  await page.getByLabel('Personal code').fill('ZZZZ1111');
  await submit(page, 'Continue');
  await expect(page.getByText(TOO_MANY)).toHaveCount(2);

  // A new browser at the same address gets a device of its own, and its tries are checked (see the prankster test).
  // Moving this browser, cookies and all, to another address gets the ordinary answer: the limit was the address's.
  const door = await fromAddress(baseURL!);
  doors.push(door.close);
  const otherCtx = await browser.newContext({ baseURL: door.baseURL, storageState: await ctx.storageState() });
  const other = { ctx: otherCtx, page: await otherCtx.newPage() };
  await other.page.goto('/join');
  await other.page.getByLabel('Class code').fill('ZZZZ11');
  await other.page.getByLabel('Nickname').fill(nick);
  await submit(other.page, 'Join class');
  await expect(other.page.getByText(WRONG_CODE)).toBeVisible();

  await other.ctx.close();
  await ctx.close();
});

test('a forged X-Forwarded-For, X-Real-IP or X-Client-Address does not escape the join limit', async ({ browser, baseURL }) => {
  const { ctx, page } = await contextFrom(browser, baseURL);
  const nick = nickname('Spoof');
  await page.goto('/join');
  const answers: string[] = [];
  // Thirty wrong codes, each claiming a new address in every header a server might read one from.
  for (let i = 0; i < 30; i++) {
    const claimed = `198.51.100.${i + 1}`;
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': claimed, 'x-real-ip': claimed, 'x-client-address': claimed, forwarded: `for=${claimed}` });
    await page.getByLabel('Class code').fill(`ZZ1${String(i).padStart(2, '0')}Z`); // '1' is never in a real code
    await page.getByLabel('Nickname').fill(nick);
    await submit(page, 'Join class');
    answers.push((await page.getByText(/That class code does not work|Too many tries/).textContent()) ?? '');
  }
  // Before the fix the app counted each try under the address the header claimed: 30 checked, none refused.
  expect(answers.filter((a) => a === WRONG_CODE)).toHaveLength(10);
  expect(answers.slice(10).every((a) => TOO_MANY.test(a))).toBe(true);
  await ctx.close();
});

test('a prankster at a school address is refused after 10 wrong codes; a classmate there with the right code joins', async ({ browser, baseURL }) => {
  const teacherCtx = await browser.newContext();
  const teacher = await teacherCtx.newPage();
  await signUpTeacher(teacher, nickname('Teach'));
  await teacher.getByLabel('Class name').fill('7C Reading');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: /7C Reading/ })).toBeVisible();
  const code = (await teacher.locator('.join-code').textContent())!.trim();

  const school = loopbackAddress();
  const prankster = await contextFrom(browser, baseURL, school);
  await prankster.page.goto('/join');
  for (let i = 0; i < 10; i++) {
    await prankster.page.getByLabel('Class code').fill(`ZZZZ1${i}`);
    await prankster.page.getByLabel('Nickname').fill(nickname('Prank'));
    await submit(prankster.page, 'Join class');
    await expect(prankster.page.getByText(WRONG_CODE)).toBeVisible();
  }
  // The prankster is refused now, even with the right code: the wrong tries were theirs.
  await prankster.page.getByLabel('Class code').fill(code);
  await submit(prankster.page, 'Join class');
  await expect(prankster.page.getByText(TOO_MANY)).toBeVisible();

  // A classmate on another computer behind the same school address joins with the right code.
  const classmate = await contextFrom(browser, baseURL, school);
  await classmate.page.goto('/join');
  await classmate.page.getByLabel('Class code').fill(code);
  await classmate.page.getByLabel('Nickname').fill(nickname('Kid'));
  await classmate.page.getByRole('button', { name: 'Join class' }).click();
  await expect(classmate.page.getByRole('heading', { name: /7C Reading/ })).toBeVisible();

  await Promise.all([classmate.ctx.close(), prankster.ctx.close(), teacherCtx.close()]);
});
