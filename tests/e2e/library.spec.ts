import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, nickname, signUpTeacher } from '../pages/quiz-page';
import { createClass } from '../pages/teacher-pages';

const cards = (page: Page) => page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
const FLAG = 'New Zealand begins process to consider changing national flag design';

test('the library: filter by topic (a shareable URL), open an article, read its attribution', async ({ page }) => {
  await page.goto('/');
  // The 13 bundled articles; on a PostgreSQL database shared with the unit tests, their public test articles too.
  await expect(cards(page).first()).toBeVisible();
  const total = await cards(page).count();
  expect(total).toBeGreaterThanOrEqual(13);
  const nasa = cards(page).filter({ hasText: 'NASA celebrates 30th anniversary' });
  await expect(nasa).toContainText('Science & tech');
  await expect(nasa).toContainText('886 words, 4 min read');
  await expect(nasa).toContainText('Reading level: Challenging (grade 14)');
  for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page);
  }

  // On a phone the filtered list opens where the filter is, not at the top of the page.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByLabel('Topic').selectOption({ label: 'Politics' });
  await page.getByRole('button', { name: 'Show articles' }).click();
  await expect(page).toHaveURL(/\/\?topic=politics(&|#|$)/);
  await expect(page.getByText(`Showing 3 of ${total} articles`)).toBeInViewport();
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(cards(page)).toHaveCount(3);
  for (const card of await cards(page).all()) await expect(card).toContainText('Politics');
  await expect(page.getByLabel('Topic')).toHaveValue('politics');

  // Two parts of the filter together, from a shared link.
  await page.goto('/?topic=politics&length=short');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page)).toContainText(FLAG);
  await page.goto('/?topic=world&level=easier');
  await expect(page.getByText('No article matches all of these.')).toBeVisible();
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(cards(page)).toHaveCount(total);

  await page.goto('/?topic=politics');
  await cards(page).getByRole('link', { name: FLAG }).click();
  await expect(page.getByRole('heading', { level: 1, name: FLAG })).toBeVisible();
  const credit = page.getByRole('complementary', { name: 'Source and licence' });
  await expect(credit).toContainText(`“${FLAG}” by Wikinews contributors, May 7, 2015, licensed under CC BY 2.5.`);
  await expect(credit.getByRole('link', { name: 'CC BY 2.5' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/2.5/');
  await expect(credit.getByRole('link', { name: FLAG })).toHaveAttribute('href', /^https:\/\/en\.wikinews\.org\/wiki\/New_Zealand_begins_process/);
  await expectNoAxeViolations(page);

  // The seed article has no licence entry, so no credit line.
  await page.goto('/articles/rust-baldwin-dismissal');
  await expect(page.getByRole('complementary', { name: 'Source and licence' })).toHaveCount(0);
});

test('the library filter works with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Length').selectOption({ label: 'Long (5 min or more)' });
  await page.getByRole('button', { name: 'Show articles' }).click();
  await expect(page).toHaveURL(/\?topic=&length=long&level=(#library)?$/);
  await expect(cards(page)).toHaveCount(3);
  for (const card of await cards(page).all()) await expect(card).toContainText(/Long: \d+ words, [5-9] min read/);
  await context.close();
});

test('home page: a student joins with the code field; a teacher signs up, lands on Teach and the checklist ticks', async ({ browser }) => {
  test.setTimeout(120_000);
  const teacherCtx = await browser.newContext();
  const teacher = await teacherCtx.newPage();
  await teacher.goto('/');
  await teacher.getByRole('link', { name: 'Create a teacher account' }).click();
  await expect(teacher).toHaveURL(/\/signup\?next=%2Fteacher$/);
  const name = nickname('First');
  await teacher.getByLabel('Display name').fill(name);
  await teacher.getByLabel('Email').fill(`${name.toLowerCase()}@school.example`);
  await teacher.getByLabel('Password').fill('teacher password 1');
  await teacher.getByRole('button', { name: 'Create account' }).click();
  await expect(teacher).toHaveURL(/\/teacher$/);

  const checklist = teacher.getByRole('region', { name: 'Getting started' });
  await expect(checklist).toContainText('0 of 4 done.');
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Create a class' })).toContainText('(not done yet)');
  await expectNoAxeViolations(teacher);

  const code = await createClass(teacher, 'Year 9 News');
  await teacher.goto('/teacher');
  await expect(checklist).toContainText('1 of 4 done.');
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Create a class' })).toContainText('(done)');
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Share the join code' })).toContainText('(not done yet)');

  // A student comes in through the home page's code field.
  const studentCtx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const student = await studentCtx.newPage();
  await student.goto('/');
  await student.getByRole('textbox', { name: 'Class code' }).fill(code);
  await student.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(student).toHaveURL(new RegExp(`/join\\?code=${code}$`));
  await expect(student.getByLabel('Class code')).toHaveValue(code);
  await student.getByLabel('Nickname').fill(nickname('Kid'));
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByRole('heading', { level: 1, name: 'Year 9 News' })).toBeVisible();

  await teacher.reload();
  await expect(checklist).toContainText('2 of 4 done.');
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Share the join code' })).toContainText('(done)');

  await checklist.getByRole('button', { name: 'Hide this checklist' }).click();
  await expect(checklist).toHaveCount(0);
  await teacher.reload();
  await expect(teacher.getByRole('heading', { name: 'Your classes' })).toBeVisible();
  await expect(checklist).toHaveCount(0);

  // Another teacher on the same browser still sees their own checklist.
  await teacherCtx.clearCookies({ name: 'authjs.session-token' });
  await signUpTeacher(teacher, nickname('Second'));
  await expect(checklist).toContainText('0 of 4 done.');
  await teacherCtx.close();
  await studentCtx.close();
});
