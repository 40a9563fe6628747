import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { expectNoAxeViolations, nickname } from '../pages/quiz-page';

test('teacher pastes a new article, reviews and edits its questions, publishes and assigns it', async ({ page }) => {
  const name = nickname('Paste');
  await page.goto('/signup?next=/teacher/articles');
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(`${name.toLowerCase()}@school.example`);
  await page.getByLabel('Password').fill('teacher password 2');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Your articles' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'New article' }).click();
  await expectNoAxeViolations(page);
  // Too little text: a clear message, nothing stored.
  await page.getByLabel('Title').fill('Not an article');
  await page.getByLabel('Article text').fill('<b>hello</b>');
  await page.getByRole('button', { name: 'Preview questions' }).click();
  await expect(page.locator('.field-error').first()).toBeVisible();

  const body = fs.readFileSync('tests/fixtures/articles/science-sleep-study.txt', 'utf8').replace(/^---[\s\S]*?---\s*/, '');
  const title = `Sleep study <script>alert(1)</script> ${name}`;
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Date (optional)').fill('2025-03-14');
  await page.getByLabel('Article text').fill(body);
  await page.getByRole('button', { name: 'Preview questions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title); // shown as text, not run
  await expect(page.getByText('draft', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  const questionsHeading = page.getByRole('heading', { name: /^Questions \(\d+\)$/ });
  const before = Number((await questionsHeading.textContent())!.match(/\d+/)![0]);
  expect(before).toBeGreaterThanOrEqual(8);

  // Remove the first question (with confirmation).
  await page.getByRole('button', { name: 'Remove question 1', exact: true }).click();
  await page.getByRole('button', { name: /^Yes, remove question 1$/ }).click();
  await expect(questionsHeading).toHaveText(`Questions (${before - 1})`);

  // Add a question of the teacher's own.
  const custom = page.locator('form', { has: page.getByRole('button', { name: 'Add question' }) });
  await custom.getByLabel('Question', { exact: true }).fill('What did the researchers measure?');
  await custom.getByLabel('Option A', { exact: true }).fill('Sleep and phone use');
  await custom.getByLabel('Option B', { exact: true }).fill('Test scores only');
  await custom.getByLabel('Option C', { exact: true }).fill('Nothing at all');
  await custom.getByRole('radio').first().check();
  await custom.getByLabel(/Explanation/).fill('The article says what the study tracked in its first paragraph.');
  await custom.getByLabel('Skill it practises').selectOption({ label: 'When it happened' });
  // A refused add keeps every box as it was, the skill included.
  await custom.getByLabel('Sentence number the answer rests on').fill('999');
  await custom.getByRole('button', { name: 'Add question' }).click();
  await expect(custom.locator('.field-error, .form-error').first()).toBeVisible();
  await expect(custom.getByLabel('Skill it practises')).toHaveValue('timeline');
  await expect(custom.getByLabel('Option B', { exact: true })).toHaveValue('Test scores only');
  await custom.getByLabel('Sentence number the answer rests on').fill('1');
  await custom.getByRole('button', { name: 'Add question' }).click();
  await expect(questionsHeading).toHaveText(`Questions (${before})`);
  await expect(page.getByText('What did the researchers measure?').first()).toBeVisible();

  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('button', { name: 'Yes, publish' }).click();
  await expect(page.getByText('published', { exact: true })).toBeVisible();

  // It can now be assigned to a class.
  await page.goto('/teacher');
  await page.getByLabel('Class name').fill('Science club');
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Science club' })).toBeVisible();
  // The page can still re-render once after the redirect (seen with two instances), closing a <details> opened
  // in that instant; open it until the form shows.
  await expect(async () => {
    if (!(await page.getByLabel('Article').isVisible())) await page.getByText('Assign an article').click();
    await expect(page.getByLabel('Article')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.getByLabel('Article').selectOption({ label: title });
  await page.getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByRole('heading', { name: `Results: ${title}` })).toBeVisible();
});
