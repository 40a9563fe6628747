import { expect, test, type Locator, type Page } from '@playwright/test';
import { QuizPage, expectNoAxeViolations, nickname, startSeedQuiz } from '../pages/quiz-page';

/** What a question shows as answered: every ticked radio and box (name=value), and the order of an order question. */
async function shown(q: Locator) {
  const ticked = await q.locator('input:checked').evaluateAll((els) => els.map((e) => `${(e as HTMLInputElement).name}=${(e as HTMLInputElement).value}`));
  return { ticked: ticked.sort(), order: await q.locator('.order-text').allTextContents() };
}

/**
 * Answers every question with the mouse, varying the choices so a restored sheet cannot match by accident: option
 * i mod n of a radio group, the last boxes a "Choose N" group asks for, an order moved once, and "how sure" on
 * every other question. Returns the kinds met (by the controls shown).
 */
async function answerEverything(page: Page) {
  const quiz = new QuizPage(page);
  await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
  const count = await quiz.questions().count();
  const kinds = new Set<string>();
  for (let i = 0; i < count; i++) for (const kind of await answerOne(quiz.questions().nth(i), i)) kinds.add(kind);
  await expect(page.getByText(`${count} of ${count}`, { exact: true })).toBeVisible();
  return { count, kinds };
}

/** Answers one question (the i-th) as `answerEverything` does; returns the kinds of control it met besides radios. */
async function answerOne(q: Locator, i: number) {
  const kinds: string[] = [];
  const own = q.locator('label.option input[type=radio]');
  if ((await own.count()) > 0) await own.nth(i % (await own.count())).check();
  for (const group of await q.getByRole('group', { name: /Choose \d+/ }).all()) {
    kinds.push('boxes');
    const want = Number(((await group.getAttribute('aria-label')) ?? (await group.locator('legend').first().textContent()) ?? '').match(/Choose (\d+)/)![1]);
    const boxes = group.getByRole('checkbox');
    const n = await boxes.count();
    for (let k = 0; k < want; k++) await boxes.nth(n - 1 - k).check();
  }
  const down = q.getByRole('button', { name: /^Move down/ });
  if ((await down.count()) > 0) {
    kinds.push('order');
    await down.first().click();
  }
  if (i % 2 === 0) await q.locator('fieldset.confidence').getByText(i % 4 === 0 ? 'Sure' : 'Guessing', { exact: true }).click();
  return kinds;
}

test('every answer survives a reload and opens on another device of the same player; unsaved changes are said and guarded', async ({ page, browser }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await startSeedQuiz(page, nickname('Reload'));
  const quiz = new QuizPage(page);
  const { count, kinds } = await answerEverything(page);
  await expect(page.getByText('✓ All answers saved.')).toBeVisible();
  const before = await Promise.all((await quiz.questions().all()).map(shown));
  expect(before.every((b) => b.ticked.length > 0 || b.order.length > 0)).toBe(true);

  await page.reload();
  await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
  await expect(page.getByText('✓ Your saved answers are back.')).toBeVisible();
  await expect(page.getByText(`${count} of ${count}`, { exact: true })).toBeVisible();
  expect(await Promise.all((await quiz.questions().all()).map(shown))).toEqual(before);
  test.info().annotations.push({ type: 'kinds restored', description: ['choice', ...kinds].join(', ') });

  // Another device with the same guest cookie opens the same attempt with the same answers.
  const other = await browser.newContext({ storageState: await page.context().storageState(), viewport: { width: 390, height: 844 } });
  const phone = await other.newPage();
  await phone.goto(page.url());
  await expect(phone.locator('form[data-hydrated]')).toHaveCount(1);
  expect(await Promise.all((await new QuizPage(phone).questions().all()).map(shown))).toEqual(before);
  // A stranger (no cookie) cannot save to it.
  const stranger = await browser.newContext();
  const res = await stranger.request.put(`${page.url().replace(/\/attempts\//, '/api/attempts/')}/draft`, { data: { answers: {} } });
  expect(res.status()).toBe(401);
  await stranger.close();
  await other.close();

  // The network drops: the change is said to be unsaved, leaving asks first, and the save goes through once back.
  await page.route('**/api/attempts/*/draft', (route) => route.abort('internetdisconnected'));
  // The first question with options to choose from (a quiz may open with a sentence-selection item).
  const target = quiz.questions().filter({ has: page.locator('label.option input[type=radio]') }).first();
  const first = target.locator('label.option input[type=radio]');
  await first.nth(((await first.count()) > 1 ? 1 : 0)).check();
  await target.locator('fieldset.confidence').getByText('Fairly sure', { exact: true }).click();
  await expect(page.locator('.save-status')).toHaveText('⚠ Not saved, retrying… Keep this page open.');
  await expect(page.getByRole('status')).toHaveText('⚠ Not saved, retrying… Keep this page open.'); // said to screen readers too
  const asked: string[] = [];
  page.once('dialog', (d) => {
    asked.push(d.type());
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true }).catch(() => undefined);
  await expect.poll(() => asked).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);
  await page.unroute('**/api/attempts/*/draft');
  await expect(page.locator('.save-status')).toHaveText('✓ All answers saved.', { timeout: 20_000 });
  await expect(page.getByRole('status')).toBeEmpty();
  const changed = await shown(target);
  await page.reload();
  await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
  expect(await shown(target)).toEqual(changed);
  // Saved: leaving asks nothing.
  page.on('dialog', (d) => {
    asked.push(d.type());
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toEqual(['beforeunload']);
});

test('at 1280 px the article sits beside the questions; at 390 px it opens over the quiz and closes back to the same question', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 800 });
  await startSeedQuiz(page, nickname('Side'));
  const article = page.getByRole('complementary', { name: /^The article: Alec Baldwin/ });
  await expect(article).toBeVisible();
  await expect(article).toContainText('deicsion'); // the article as published
  const form = (await page.locator('form[data-hydrated]').boundingBox())!;
  const side = (await article.boundingBox())!;
  expect(side.x).toBeGreaterThanOrEqual(form.x + form.width);
  await expect(page.getByRole('button', { name: 'Read the article' })).toBeHidden();
  // Sticky: after scrolling to the last question, the article is still in view.
  await new QuizPage(page).questions().last().scrollIntoViewIfNeeded();
  await expect(article).toBeInViewport();
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(article).toBeHidden();
  const third = new QuizPage(page).questions().nth(2);
  const radio = third.locator('label.option input[type=radio], fieldset.confidence input[type=radio]').first();
  await radio.check();
  await expect(radio).toBeFocused();
  await page.waitForTimeout(300); // let the scroll that brought the radio into view settle
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.getByRole('button', { name: 'Read the article' }).click();
  const dialog = page.getByRole('dialog', { name: /Alec Baldwin/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('deicsion');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(radio).toBeFocused();
  expect(await page.evaluate(() => window.scrollY), 'the page did not move').toBeCloseTo(scrolled, -1);
  // The button closes it too, and back to the same place.
  await page.getByRole('button', { name: 'Read the article' }).click();
  await page.getByRole('button', { name: 'Back to the questions' }).click();
  await expect(dialog).toBeHidden();
  await expect(radio).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page);
});

test('the article page ends with "Start the quiz"; a submit with blanks names each one; the result opens at the top with the score and a bar per skill', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('link', { name: /Alec Baldwin/ }).first().click();
  const call = page.getByRole('region', { name: 'Finished reading?' });
  await expect(call).toBeVisible();
  // It comes after the text: nothing of the article is below it.
  const text = (await page.locator('.article-body').boundingBox())!;
  expect((await call.boundingBox())!.y).toBeGreaterThan(text.y + text.height - 1);
  await expectNoAxeViolations(page);
  await call.getByRole('link', { name: 'Start the quiz' }).click();
  await page.getByLabel('Nickname').fill(nickname('Blank'));
  await page.getByRole('button', { name: 'Start the quiz' }).click();

  const quiz = new QuizPage(page);
  const count = await quiz.answerAllByKeyboard(() => 0, [2, 6]);
  await expect(page.locator('.quiz-progress')).toContainText(`${count - 2} of ${count} answered`);
  await quiz.submitByKeyboard();
  const error = page.locator('.form-error');
  await expect(error).toContainText(`Questions 3 and 7 have no answer yet. Go to question 3, question 7.`);
  await expect(error).toBeFocused();
  await expect(quiz.questions().nth(2)).toHaveClass(/has-error/);
  await expect(quiz.questions().nth(6)).toHaveClass(/has-error/);
  await error.getByRole('link', { name: 'question 7' }).click();
  await expect(page).toHaveURL(/#question-/);
  await expectNoAxeViolations(page);

  // Only the two left blank.
  for (const i of [2, 6]) await answerOne(quiz.questions().nth(i), i);
  await quiz.submitByKeyboard();
  const heading = page.getByRole('heading', { level: 1, name: 'Your result' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  const [, score, max] = (await page.locator('.score').textContent())!.match(/^(\d+) out of (\d+)$/)!.map(Number);
  await expect(page.locator('.score')).toBeInViewport();
  expect(max).toBeGreaterThanOrEqual(count);
  // The bars add up to the score (a first open play reveals every verdict), each figure said in words.
  const skills = page.getByRole('region', { name: 'By skill' }).getByRole('listitem');
  expect(await skills.count()).toBeGreaterThan(0);
  const figures = (await skills.allTextContents()).map((t) => t.match(/(\d+) of (\d+)$/)!.slice(1).map(Number));
  // Another journey's open "answers after closing" assignment on this article holds some verdicts back: they are
  // left out of the bars, so the bars then add up to less.
  const held = (await page.getByText(/some answers are held back/).count()) > 0;
  expect(figures.reduce((s, [p]) => s + p, 0))[held ? 'toBeLessThanOrEqual' : 'toBe'](score);
  expect(figures.reduce((s, [, m]) => s + m, 0))[held ? 'toBeLessThanOrEqual' : 'toBe'](max);
  await expect(page.getByRole('heading', { name: 'Question by question' })).toBeVisible();
  await expectNoAxeViolations(page);
});
