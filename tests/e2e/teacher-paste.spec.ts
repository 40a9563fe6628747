import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, nickname, signUpTeacher } from '../pages/quiz-page';
import { SLEEP_BODY } from '../pages/teacher-pages';

test('paste problems are said plainly: a paste over the limit is kept whole and refused; code is refused with a reason', async ({ page }) => {
  await signUpTeacher(page, nickname('Paste'));
  await page.goto('/teacher/articles/new');
  await page.getByLabel('Title').fill('Too long');
  const long = `${SLEEP_BODY}\n\n`.repeat(Math.ceil(101_000 / SLEEP_BODY.length)).slice(0, 101_000);
  await page.getByLabel('Article text').fill(long);
  // The browser no longer cuts the paste: the box holds all of it and says it is too long.
  await expect(page.getByLabel('Article text')).toHaveValue(long);
  await expect(page.getByText(/Too long: 101,000 characters, and the limit is 100,000\. Nothing has been cut/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Preview questions' }).click();
  await expect(page.getByText(/The article is too long: it has 101,000 characters and the limit is 100,000\. Nothing was cut/)).toBeVisible();
  await expect(page.getByLabel('Article text')).toHaveValue(long);

  const code = Array.from({ length: 15 }, (_, i) => `export function step${i}(value: number): number {\n  if (value > ${i}) return value * ${i};\n  return 0;\n}`).join('\n');
  await page.getByLabel('Article text').fill(code);
  await page.getByRole('button', { name: 'Preview questions' }).click();
  await expect(page.getByText(/This looks like computer code or web page markup, not a news article/)).toBeVisible();
  await expect(page).toHaveURL(/\/teacher\/articles\/new$/);
  await expectNoAxeViolations(page);
});
