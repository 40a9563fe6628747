import { expect, test } from '@playwright/test';
import { QuizPage, nickname, signUpTeacher, startSeedQuiz } from '../../tests/pages/quiz-page';
import { createClass, joinAsStudent } from '../../tests/pages/teacher-pages';

const WIDE = { width: 1280, height: 900 };

test('README screenshots: home, the quiz beside its article, a result, a teacher’s live results', async ({ browser }) => {
  const guest = await (await browser.newContext({ viewport: WIDE })).newPage();
  await guest.goto('/');
  await guest.screenshot({ path: 'docs/home.png' });

  await startSeedQuiz(guest, nickname('Reader'));
  await expect(guest.locator('form[data-hydrated]')).toHaveCount(1);
  await guest.screenshot({ path: 'docs/quiz-side-by-side.png' });
  const quiz = new QuizPage(guest);
  await quiz.answerAllByKeyboard((i) => i % 3);
  await quiz.submitByKeyboard();
  await expect(guest.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await guest.screenshot({ path: 'docs/result.png' });

  const teacher = await (await browser.newContext({ viewport: WIDE })).newPage();
  await signUpTeacher(teacher, nickname('Teach'));
  const code = await createClass(teacher, 'Year 9 media');
  await teacher.getByText('Assign an article').click();
  await teacher.getByLabel('Number of questions').fill('6');
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByRole('heading', { name: /Results: Alec Baldwin/ })).toBeVisible();
  for (const [n, name] of ['Ada', 'Ben', 'Chloé'].entries()) {
    const student = await (await browser.newContext()).newPage();
    await joinAsStudent(student, code, name);
    await student.getByRole('button', { name: 'Start the quiz' }).first().click();
    const play = new QuizPage(student);
    await play.answerAllByKeyboard((i) => (i + n) % 2);
    await play.submitByKeyboard();
    await expect(student.getByRole('heading', { name: 'Your result' })).toBeVisible();
  }
  await expect(teacher.getByRole('row').filter({ hasText: 'Chloé' })).toContainText('Submitted', { timeout: 15_000 });
  await teacher.screenshot({ path: 'docs/teacher-results.png', fullPage: false });
});
