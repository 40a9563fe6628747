import { expect, test } from '@playwright/test';
import { QuizPage, expectNoAxeViolations, nickname } from '../pages/quiz-page';

test('a guest reads the article, answers every question by keyboard, sees the graded result and the leaderboard', async ({ page }) => {
  // Sentence lists and orders make a quiz of every kind longer to answer by keyboard and to scan with axe.
  test.slow();
  const nick = nickname('Reader');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Read the news. Check the facts.' })).toBeVisible();
  // Found by its title: the library lists the seed article among others.
  const first = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Alec Baldwin Shares Message After Rust Case Dismissal' }) });
  await expect(first).toContainText('Alec Baldwin Shares Message After Rust Case Dismissal');
  await expect(first).toContainText('July 13, 2024');
  await expect(first).toContainText(/\d+ questions/);
  await expectNoAxeViolations(page);

  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alec Baldwin Shares Message After Rust Case Dismissal' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What Does The Dismissal Mean For Alec Baldwin?' })).toBeVisible();
  const facts = page.getByRole('complementary', { name: 'Text facts' });
  await expect(facts).toContainText('Words424');
  await expect(facts).toContainText('Sentences18');
  await expect(page.locator('#s-12')).toContainText('deicsion'); // the text is kept as published, typo included
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Take the quiz' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Nickname').focus();
  await page.keyboard.type(nick);
  await page.keyboard.press('Enter');

  const quiz = new QuizPage(page);
  await expect(page.getByText(`Playing as ${nick}`)).toBeVisible();
  await expect(quiz.questions()).toHaveCount(10);
  await expectNoAxeViolations(page);
  await quiz.answerAllByKeyboard((i) => i % 3);
  await expect(page.getByText('10 of 10', { exact: true })).toBeVisible();
  await quiz.submitByKeyboard();

  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  // Out of 10 or more: a two-part item is worth 2 points.
  const [, score, max] = (await page.locator('.score').textContent())!.match(/(\d+) out of (\d+)/)!;
  await expect(page.getByText(/Time taken: /)).toBeVisible();
  await expect(page.getByRole('region', { name: /Question \d+/ })).toHaveCount(10);
  const evidence = page.locator('blockquote.evidence').first();
  await expect(evidence).toBeVisible();
  await expectNoAxeViolations(page);

  // The evidence link opens the article with that sentence targeted (and so highlighted).
  const link = evidence.getByRole('link', { name: /Find it in the article/ });
  const href = await link.getAttribute('href');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?#]/g, '\\$&')}$`));
  const target = page.locator(href!.slice(href!.indexOf('#')));
  await expect(target).toHaveCSS('background-color', 'rgb(255, 241, 168)');

  await page.goto(href!.split('#')[0] + '/leaderboard');
  const mine = page.getByRole('row').filter({ hasText: nick });
  await expect(mine).toContainText(`${score} / ${max}`);
  await expect(mine).toContainText('you');
  await expectNoAxeViolations(page);

  // Playing again in this tab starts with the nickname just used.
  await page.goto(href!.split('#')[0] + '/quiz');
  await expect(page.getByLabel('Nickname')).toHaveValue(nick);
});

test('bad input gets a clear message and changes nothing', async ({ page }) => {
  await page.goto('/articles/rust-baldwin-dismissal/quiz');
  for (const [value, message] of [
    ['', 'Choose a nickname.'],
    ['<b></b>', 'Use at least one letter or number in your nickname.'],
    ['x'.repeat(25), 'Nicknames can be at most 24 characters.'],
  ]) {
    await page.getByLabel('Nickname').fill(value);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(page.getByText(message)).toBeVisible();
    await expect(page).toHaveURL(/\/quiz$/);
  }
  await page.getByLabel('Nickname').fill(nickname('Skip'));
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const quiz = new QuizPage(page);
  await quiz.answerAllByKeyboard(() => 0, [3]);
  await quiz.submitByKeyboard();
  await expect(page.locator('.form-error')).toContainText('Question 4 has no answer yet.');
  await expect(page.getByRole('heading', { name: 'Quiz', exact: true })).toBeVisible();
  // The refused submit keeps the answers already chosen.
  const withRadios = [0, 1, 2, 4, 5, 6, 7, 8, 9].map((i) => quiz.questions().nth(i));
  let kept = false;
  for (const q of withRadios) {
    if ((await q.getByRole('radio').count()) === 0) continue;
    await expect(q.getByRole('radio').first()).toBeChecked();
    kept = true;
    break;
  }
  expect(kept).toBe(true);
  await expect(page.getByText('9 of 10', { exact: true })).toBeVisible();

  const missing = await page.goto('/articles/no-such-article');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'We couldn’t find that page' })).toBeVisible();
  const strange = await page.goto('/attempts/not-a-real-attempt-id');
  expect(strange?.status()).toBe(404);
});
