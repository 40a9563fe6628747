import { expect, test } from '@playwright/test';
import { QuizPage, expectNoAxeViolations, nickname, signUpTeacher } from '../pages/quiz-page';
import { createClass, joinAsStudent } from '../pages/teacher-pages';

test('a teacher prints an assignment for a class without devices and its answer key, which nobody else can open, and previews it as a student', async ({ browser }) => {
  test.setTimeout(150_000);
  const teacherCtx = await browser.newContext();
  const teacher = await teacherCtx.newPage();
  await signUpTeacher(teacher, nickname('Print'));
  const code = await createClass(teacher, 'Paper class');
  await teacher.getByText('Assign an article').click();
  await teacher.getByLabel('Number of questions').fill('12');
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByRole('heading', { name: /Results: Alec Baldwin/ })).toBeVisible();
  const resultsUrl = teacher.url();

  // The worksheet: the article with numbered sentences, every question with lettered options, nothing of the key.
  await teacher.getByRole('link', { name: 'Print a worksheet' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: /Alec Baldwin/ })).toBeVisible();
  await expectNoAxeViolations(teacher);
  await teacher.emulateMedia({ media: 'print' });
  await expect(teacher.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(teacher.getByRole('link', { name: 'Answer key' })).toBeHidden();
  await expect(teacher.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const questions = teacher.locator('li.print-question');
  await expect(questions).toHaveCount(12);
  await expect(teacher.locator('.sentence-number').first()).toHaveText('1');
  const sentenceCount = await teacher.locator('.sentence-number').count();
  expect(sentenceCount).toBeGreaterThan(10);
  await expect(teacher.locator('.sentence-number').last()).toHaveText(String(sentenceCount));
  const text = (await teacher.locator('article.print-sheet').innerText());
  expect(text).toMatch(/\nA\. .+\nB\. .+/); // lettered options
  expect(text).toMatch(/Circle one letter\./);
  expect(text).not.toMatch(/Answer:|Why:|right answer/i);
  for (let i = 0; i < 12; i++) await expect(questions.nth(i)).toHaveCSS('break-inside', 'avoid');
  const printedPrompts = await questions.locator('p:first-child').allInnerTexts();
  expect(printedPrompts).toHaveLength(12);
  await teacher.emulateMedia({ media: 'screen' });

  // The key: the same questions in the same order, an answer for each in the worksheet's terms.
  await teacher.getByRole('link', { name: 'Answer key' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: /^Answer key: Alec Baldwin/ })).toBeVisible();
  await expectNoAxeViolations(teacher);
  await teacher.emulateMedia({ media: 'print' });
  await expect(teacher.getByRole('button', { name: 'Print' })).toBeHidden();
  const keyItems = teacher.locator('li.print-question');
  await expect(keyItems).toHaveCount(12);
  for (let i = 0; i < 12; i++) {
    await expect(keyItems.nth(i)).toContainText(printedPrompts[i].replace(/^\d+\.\s*/, ''));
    await expect(keyItems.nth(i).getByText(/^Answer: /)).toHaveText(/^Answer: ([A-F](, [A-F])*|[A-F]( → [A-F])+|sentences? \d+(, \d+)*|Part A: [A-D]; Part B: sentences? \d+(, \d+)*)$/);
  }
  const keyUrl = teacher.url();
  const printUrl = keyUrl.replace(/\/key$/, '/print');
  expect(resultsUrl).toBe(keyUrl.replace(/\/key$/, ''));

  // Preview as a student: the real quiz of the assignment, graded, counted nowhere.
  await teacher.emulateMedia({ media: 'screen' });
  await teacher.goto(resultsUrl);
  await teacher.getByRole('button', { name: 'Preview as a student' }).click();
  const quiz = new QuizPage(teacher);
  expect(await quiz.answerAllByKeyboard()).toBe(12);
  await quiz.submitByKeyboard();
  await expect(teacher.getByRole('heading', { name: 'Your result' })).toBeVisible();
  // The preview shows the answers with their evidence, not a replay's bare right-or-wrong.
  await expect(teacher.getByText(/This is a replay/)).toHaveCount(0);
  await expect(teacher.locator('blockquote.evidence').first()).toBeVisible();
  await teacher.goto(resultsUrl);
  await expect(teacher.getByText(/^0 submitted · 0 working · 0 not started/)).toBeVisible();
  await teacher.goto('/articles/rust-baldwin-dismissal/leaderboard');
  await expect(teacher.getByRole('row').filter({ hasText: 'you' })).toHaveCount(0);

  // A guest, a student of the class and another teacher get nothing.
  const guestCtx = await browser.newContext();
  const guest = await guestCtx.newPage();
  expect((await guest.goto(keyUrl))?.status()).toBe(404);
  await guest.goto(printUrl);
  await expect(guest).toHaveURL(/\/signin/);
  await joinAsStudent(guest, code, nickname('Kid'));
  expect((await guest.goto(keyUrl))?.status()).toBe(404);
  await expect(guest.getByText(/Answer:/)).toHaveCount(0);
  const otherCtx = await browser.newContext();
  const other = await otherCtx.newPage();
  await signUpTeacher(other, nickname('Other'));
  expect((await other.goto(keyUrl))?.status()).toBe(404);
  expect((await other.goto(printUrl))?.status()).toBe(404);
  await Promise.all([teacherCtx.close(), guestCtx.close(), otherCtx.close()]);
});
