import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { fromAddress } from '../e2e/support/from-address';

/** Fails the test on any axe violation on the current page (WCAG A and AA rules). */
export async function expectNoAxeViolations(page: Page) {
  // Next 16 streams a dynamic page's metadata: the <title> can land a moment after the body is visible.
  await expect(page).toHaveTitle(/\S/);
  const scan = async () =>
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()).violations
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  let violations = await scan();
  // React hoists the streamed <title> into the head and can swap it while axe reads the page (CI saw
  // "document-title" once on a page whose title had just been checked): the title is checked again and the page
  // scanned once more; a page with no title fails both times.
  if (violations.some((v) => v.startsWith('document-title:'))) {
    await expect(page).toHaveTitle(/\S/);
    violations = await scan();
  }
  expect(violations).toEqual([]);
}

/** A unique nickname for this test run (journey tests make their own players). */
export function nickname(prefix: string) {
  return `${prefix}${Math.random().toString(36).slice(2, 7)}`;
}

/** The quiz screen: each question a group of radios, checkboxes (sentences, several answers) or an order to make. */
export class QuizPage {
  constructor(private readonly page: Page) {}

  questions() {
    return this.page.getByRole('group', { name: /Question \d+ of \d+/ });
  }

  /**
   * Answers every question using only the keyboard: option `pick(i)` of a radio group (focus, Space, arrows), the
   * first sentences or options a checkbox group asks for (Tab to each, Space), and for an order, one move by its
   * "Move down" button (Enter). Returns the number of questions.
   */
  async answerAllByKeyboard(pick: (i: number) => number = () => 0, skip: number[] = []) {
    // The start action redirects here; answer only once the navigation has committed, or the page may re-mount.
    await expect(this.page).toHaveURL(/\/attempts\/[\w-]+$/);
    await expect(this.page.locator('form[data-hydrated]')).toHaveCount(1);
    const count = await this.questions().count();
    for (let i = 0; i < count; i++) {
      if (skip.includes(i)) continue;
      const q = this.questions().nth(i);
      const radios = q.getByRole('radio');
      if ((await radios.count()) > 0) {
        const n = Math.min(pick(i), (await radios.count()) - 1);
        await radios.first().focus();
        await this.page.keyboard.press('Space');
        for (let k = 0; k < n; k++) await this.page.keyboard.press('ArrowDown');
        await expect(radios.nth(n)).toBeChecked();
      }
      for (const group of await q.getByRole('group', { name: /Choose \d+/ }).all()) {
        const want = Number((await group.getAttribute('aria-label') ?? (await group.locator('legend').textContent()) ?? '').match(/Choose (\d+)/)![1]);
        const boxes = group.getByRole('checkbox');
        for (let k = 0; k < want; k++) {
          await boxes.nth(k).focus();
          await this.page.keyboard.press('Space');
          await expect(boxes.nth(k)).toBeChecked();
        }
      }
      const down = q.getByRole('button', { name: /^Move down/ });
      if ((await down.count()) > 0) {
        await down.first().focus();
        await this.page.keyboard.press('Enter');
      }
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

/**
 * Signs up a new teacher (email from the name) and waits for the teacher's home page. The sign-up comes from an
 * address of its own: every journey runs from 127.0.0.1, and the suite makes more accounts than the 20 one address
 * may make in an hour (that limit is rate-limit.spec.ts's to test). The session cookie is the host's, whatever the
 * port, so the teacher goes on at the app's own address.
 */
export async function signUpTeacher(page: Page, name: string, password = 'teacher password 1') {
  const door = await fromAddress(`http://127.0.0.1:${Number(process.env.E2E_PORT || 3123)}`);
  try {
    await page.goto(`${door.baseURL}/signup?next=/teacher`);
    await page.getByLabel('Display name').fill(name);
    await page.getByLabel('Email').fill(`${name.toLowerCase()}@school.example`);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('heading', { name: 'Your classes' })).toBeVisible();
  } finally {
    await door.close();
  }
  await page.goto('/teacher');
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeVisible();
}
