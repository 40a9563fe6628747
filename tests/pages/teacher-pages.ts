import { expect, type Page } from '@playwright/test';
import fs from 'node:fs';

/** The sleep-study fixture as a teacher would paste it (without its front matter). */
export const SLEEP_BODY = fs.readFileSync('tests/fixtures/articles/science-sleep-study.txt', 'utf8').replace(/^---[\s\S]*?---\s*/, '');

/** The teacher's own question the journeys add: its right answer is 'Sleep and phone use' until a fix says otherwise. */
export const CUSTOM = { prompt: 'What did the researchers measure?', right: 'Sleep and phone use', other: 'Test scores only' };

/**
 * Pastes the sleep study as `title`, adds the teacher's own question (CUSTOM) and publishes it. Answers the
 * number of questions it was published with.
 */
export async function publishSleepArticle(page: Page, title: string): Promise<number> {
  await page.goto('/teacher/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Article text').fill(SLEEP_BODY);
  await page.getByRole('button', { name: 'Preview questions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  const custom = page.locator('form', { has: page.getByRole('button', { name: 'Add question' }) });
  await custom.getByLabel('Question', { exact: true }).fill(CUSTOM.prompt);
  await custom.getByLabel('Option A', { exact: true }).fill(CUSTOM.right);
  await custom.getByLabel('Option B', { exact: true }).fill(CUSTOM.other);
  await custom.getByLabel('Option C', { exact: true }).fill('Nothing at all');
  await custom.getByRole('radio').first().check();
  await custom.getByLabel(/Explanation/).fill('The article says what the study tracked in its first paragraph.');
  await custom.getByLabel('Sentence number the answer rests on').fill('1');
  await custom.getByRole('button', { name: 'Add question' }).click();
  await expect(page.getByText(CUSTOM.prompt).first()).toBeVisible();
  const count = Number((await page.getByRole('heading', { name: /^Questions \(\d+\)$/ }).textContent())!.match(/\d+/)![0]);
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('button', { name: 'Yes, publish' }).click();
  await expect(page.getByText('published', { exact: true })).toBeVisible();
  return count;
}

/** Creates a class from the teacher's home page and answers its join code. */
export async function createClass(page: Page, name: string): Promise<string> {
  await page.goto('/teacher');
  await page.getByLabel('Class name').fill(name);
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return (await page.locator('.join-code').first().textContent())!.trim();
}

/** Opens the class page's "Assign an article" form (the page may re-render once after a redirect, closing it). */
export async function openAssignForm(page: Page) {
  await expect(async () => {
    if (!(await page.getByLabel('Article').isVisible())) await page.getByText('Assign an article').click();
    await expect(page.getByLabel('Article')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** A student joins a class by code on their own page and lands on the class page. */
export async function joinAsStudent(page: Page, code: string, nick: string) {
  await page.goto('/join');
  await page.getByLabel('Class code').fill(code);
  await page.getByLabel('Nickname').fill(nick);
  await page.getByRole('button', { name: 'Join class' }).click();
  await expect(page.getByRole('button', { name: 'Start the quiz' }).first()).toBeVisible();
}

/** Reads a download's text. */
export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}
