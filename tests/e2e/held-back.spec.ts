import { expect, test } from '@playwright/test';
import { QuizPage, expectNoAxeViolations, nickname, signUpTeacher } from '../pages/quiz-page';

/**
 * "Answers only after the assignment closes" cannot be got round through open play of the same article: before the
 * fix a student played the public quiz, read every right option, explanation and evidence on the result page, and
 * took the assignment with the key. The assignment here closes 50 s after it is set, so the journey also sees the
 * answers come back (and leaves no hold behind for the journeys that follow on this server).
 */
test('a student who plays the open quiz while a held-back assignment is open sees no right answers until it closes', async ({ browser }) => {
  test.setTimeout(150_000);
  const teacherCtx = await browser.newContext();
  const studentCtx = await browser.newContext();
  const teacher = await teacherCtx.newPage();
  const student = await studentCtx.newPage();

  const name = nickname('Holt');
  await signUpTeacher(teacher, name);
  await teacher.getByLabel('Class name').fill('Held back 8C');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  const code = (await teacher.locator('.join-code').textContent())!.trim();
  await teacher.getByText('Assign an article').click();
  await teacher.getByLabel('Number of questions').fill('5');
  await teacher.getByLabel('Only after the assignment closes').check();
  // Closes in 50 s (the form takes the teacher's local time; seconds are kept).
  const closesAt = Date.now() + 50_000;
  const closesLocal = await teacher.evaluate((ms) => {
    const d = new Date(ms);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }, closesAt);
  await teacher.getByRole('textbox', { name: 'Closes' }).fill(closesLocal);
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByRole('heading', { name: /Results: Alec Baldwin/ })).toBeVisible();

  await student.goto('/join');
  await student.getByLabel('Class code').fill(code);
  await student.getByLabel('Nickname').fill(nickname('Sly'));
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByRole('heading', { name: 'Held back 8C' })).toBeVisible();

  // The bypass: the same article's open quiz, in the same browser, before taking the assignment.
  await student.goto('/articles/rust-baldwin-dismissal/quiz');
  await student.getByLabel('Nickname').fill(nickname('Sly'));
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  const quiz = new QuizPage(student);
  const count = await quiz.answerAllByKeyboard(() => 0);
  await quiz.submitByKeyboard();
  await expect(student.getByRole('heading', { name: 'Your result' })).toBeVisible();
  const openResult = student.url();
  await expect(student.locator('.score')).toHaveText(/out of \d+/); // the score stays
  await expect(student.getByText('Answer held back until the class assignment closes')).toHaveCount(count);
  await expect(student.getByText(/some answers are held back here until then/)).toBeVisible();
  await expect(student.getByText(/Right answer:/)).toHaveCount(0);
  await expect(student.getByText(/✓ Right|✗ Not quite/)).toHaveCount(0); // not even right or wrong
  await expect(student.locator('blockquote.evidence')).toHaveCount(0);
  await expectNoAxeViolations(student);

  // The assignment itself shows only the score, as before.
  await student.goto('/class');
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  await quiz.answerAllByKeyboard(() => 0);
  await quiz.submitByKeyboard();
  await expect(student.getByText(/Your teacher will show the right answers after the assignment closes/)).toBeVisible();

  // Once it has closed, the open play's result shows everything again.
  await student.waitForTimeout(Math.max(0, closesAt - Date.now() + 1_000));
  await student.goto(openResult);
  await expect(student.getByText('Answer held back until the class assignment closes')).toHaveCount(0);
  await expect(student.getByText(/✓ Right|✗ Not quite/)).toHaveCount(count);
  await expect(student.locator('blockquote.evidence').first()).toBeVisible();
  await Promise.all([teacherCtx.close(), studentCtx.close()]);
});
