import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Fails the test on any axe violation on the current page (WCAG A and AA rules). */
export async function expectNoAxeViolations(page: Page) {
  // Next 16 streams a dynamic page's metadata: the <title> can land a moment after the body is visible.
  await expect(page).toHaveTitle(/\S/);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A unique nickname for this test run (journey tests make their own players). */
export function nickname(prefix: string) {
  return `${prefix}${Math.random().toString(36).slice(2, 7)}`;
}

/** The quiz screen: questions as radio groups, answered with the keyboard only. */
export class QuizPage {
  constructor(private readonly page: Page) {}

  questions() {
    return this.page.getByRole('group', { name: /Question \d+ of \d+/ });
  }

  /** Picks option `pick(i)` of every question using only the keyboard (focus, arrows, space). */
  async answerAllByKeyboard(pick: (i: number) => number = () => 0, skip: number[] = []) {
    // The start action redirects here; answer only once the navigation has committed, or the page may re-mount.
    await expect(this.page).toHaveURL(/\/attempts\/[\w-]+$/);
    await expect(this.page.locator('form[data-hydrated]')).toHaveCount(1);
    const count = await this.questions().count();
    for (let i = 0; i < count; i++) {
      if (skip.includes(i)) continue;
      const radios = this.questions().nth(i).getByRole('radio');
      await radios.first().focus();
      await this.page.keyboard.press('Space');
      for (let k = 0; k < pick(i); k++) await this.page.keyboard.press('ArrowDown');
      await expect(radios.nth(pick(i))).toBeChecked();
    }
    return count;
  }

  async submitByKeyboard() {
    await this.page.getByRole('button', { name: 'Submit answers' }).focus();
    await this.page.keyboard.press('Enter');
  }
}

/** Starts the seed article's quiz from the home page with the given nickname. */
export async function startSeedQuiz(page: Page, nick: string) {
  await page.goto('/');
  await page.getByRole('link', { name: /Alec Baldwin/ }).first().click();
  await page.getByRole('link', { name: 'Take the quiz' }).click();
  await page.getByLabel('Nickname').fill(nick);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByRole('heading', { name: 'Quiz', exact: true })).toBeVisible();
}

/** Signs up a new teacher (email from the name) and waits for the teacher's home page. */
export async function signUpTeacher(page: Page, name: string, password = 'teacher password 1') {
  await page.goto('/signup?next=/teacher');
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(`${name.toLowerCase()}@school.example`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeVisible();
}
