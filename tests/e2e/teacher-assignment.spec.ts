import { expect, test } from '@playwright/test';
import { QuizPage, expectNoAxeViolations, nickname, signUpTeacher } from '../pages/quiz-page';
import { createClass, joinAsStudent, openAssignForm, publishSleepArticle } from '../pages/teacher-pages';

test('a refused assignment form keeps the article; the teacher edits, closes early and deletes an assignment', async ({ browser }) => {
  test.setTimeout(150_000); // a pasted article is analysed, published and played in full
  const teacherCtx = await browser.newContext();
  const studentCtx = await browser.newContext();
  const teacher = await teacherCtx.newPage();
  const student = await studentCtx.newPage();
  await signUpTeacher(teacher, nickname('Asg'));
  const title = `Sleep set ${nickname('')}`;
  await publishSleepArticle(teacher, title);
  const code = await createClass(teacher, 'Setters');
  const classUrl = teacher.url();

  // Refused (too many questions): every field comes back as chosen, the article included.
  await openAssignForm(teacher);
  const article = teacher.getByLabel('Article');
  await expect(article.locator('option:checked')).not.toHaveText(title); // the seed article is listed first
  await article.selectOption({ label: title });
  await teacher.getByLabel('Number of questions').fill('99');
  await teacher.getByLabel('Attempts allowed').fill('3');
  await teacher.getByLabel('Only after the assignment closes').check();
  await teacher.getByLabel('Note to students (optional)').fill('Read it first.');
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByText('Ask at most 20 questions.')).toBeVisible();
  await expect(article.locator('option:checked')).toHaveText(title);
  await expect(teacher.getByLabel('Number of questions')).toHaveValue('99');
  await expect(teacher.getByLabel('Attempts allowed')).toHaveValue('3');
  await expect(teacher.getByLabel('Only after the assignment closes')).toBeChecked();
  await expect(teacher.getByLabel('Note to students (optional)')).toHaveValue('Read it first.');
  await teacher.getByLabel('Number of questions').fill('4');
  await teacher.getByLabel('Right after they submit').check();
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByRole('heading', { name: `Results: ${title}` })).toBeVisible();
  await expect(teacher.getByText('3 attempts')).toBeVisible();
  const resultsUrl = teacher.url();

  // Edit: the form opens with the assignment's settings; the article stays.
  await teacher.getByRole('link', { name: 'Edit settings' }).click();
  await expect(teacher.getByRole('heading', { name: 'Edit assignment' })).toBeVisible();
  await expect(teacher.getByLabel('Attempts allowed')).toHaveValue('3');
  await expect(teacher.getByText(title, { exact: true })).toBeVisible();
  await expectNoAxeViolations(teacher);
  await teacher.getByLabel('Attempts allowed').fill('11');
  await teacher.getByRole('button', { name: 'Save changes' }).click();
  await expect(teacher.getByText('Allow at most 10 attempts.')).toBeVisible();
  await teacher.getByLabel('Attempts allowed').fill('2');
  await teacher.getByRole('button', { name: 'Save changes' }).click();
  await expect(teacher).toHaveURL(resultsUrl);
  await expect(teacher.getByText('2 attempts')).toBeVisible();

  // A student hands in one attempt.
  await joinAsStudent(student, code, nickname('Kid'));
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  const quiz = new QuizPage(student);
  await quiz.answerAllByKeyboard();
  await quiz.submitByKeyboard();
  await expect(student.getByRole('heading', { name: 'Your result' })).toBeVisible();

  // Close early, after a confirm that says what happens.
  await teacher.reload();
  await teacher.getByRole('button', { name: 'Close now' }).click();
  await expect(teacher.getByText(/answers not sent yet are not counted/)).toBeVisible();
  await teacher.getByRole('button', { name: 'Yes, close now' }).click();
  await expect(teacher.getByText('This assignment is closed: students can no longer start it or send answers.')).toBeVisible();
  await expectNoAxeViolations(teacher);
  await student.goto('/class');
  await expect(student.getByRole('button', { name: 'Start the quiz' })).toHaveCount(0);

  // Delete: the confirm says the student's attempt goes too.
  await teacher.reload();
  await teacher.getByRole('button', { name: 'Delete assignment' }).click();
  await expect(teacher.getByText(/every attempt at it is deleted too \(1 student has results\)/)).toBeVisible();
  await teacher.getByRole('button', { name: 'Yes, delete assignment' }).click();
  await expect(teacher).toHaveURL(classUrl);
  await expect(teacher.getByText('Nothing assigned yet.')).toBeVisible();
  expect((await teacher.goto(resultsUrl))?.status()).toBe(404);
  await student.goto('/class');
  await expect(student.getByText(title)).toHaveCount(0);
  await Promise.all([teacherCtx.close(), studentCtx.close()]);
});
