import { expect, test } from '@playwright/test';
import { QuizPage, expectNoAxeViolations, nickname, signUpTeacher } from '../pages/quiz-page';
import { CUSTOM, createClass, joinAsStudent, openAssignForm, publishSleepArticle } from '../pages/teacher-pages';

test('a teacher fixes a key after publishing; the student’s result is marked again and says so', async ({ browser }) => {
  test.setTimeout(150_000); // a pasted article is analysed, published and played in full
  const teacherCtx = await browser.newContext();
  const studentCtx = await browser.newContext();
  const teacher = await teacherCtx.newPage();
  const student = await studentCtx.newPage();
  await signUpTeacher(teacher, nickname('Fix'));
  const title = `Sleep fix ${nickname('')}`;
  const count = Math.min(20, await publishSleepArticle(teacher, title));
  const articleUrl = teacher.url();
  await expectNoAxeViolations(teacher);

  const code = await createClass(teacher, 'Fixers');
  await openAssignForm(teacher);
  await teacher.getByLabel('Article').selectOption({ label: title });
  await teacher.getByLabel('Number of questions').fill(String(count));
  // Single choice only: the fix below is to a choice key, and each question is then worth one point.
  const kinds = teacher.getByRole('group', { name: 'Kinds of question' });
  for (const name of [/^Find the proof/, /^Two-part/, /^Put in order/, /^Several answers/]) await kinds.getByRole('checkbox', { name }).uncheck();
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByRole('heading', { name: `Results: ${title}` })).toBeVisible();
  const resultsUrl = teacher.url();

  // The student answers every question, and the teacher's own question with the option the key calls wrong.
  const nick = nickname('Kid');
  await joinAsStudent(student, code, nick);
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  const quiz = new QuizPage(student);
  await quiz.answerAllByKeyboard();
  const dealt = await quiz.questions().count(); // the article's single-choice questions, up to the count asked
  const mine = quiz.questions().filter({ hasText: CUSTOM.prompt });
  await mine.getByRole('radio', { name: CUSTOM.other }).check();
  await quiz.submitByKeyboard();
  await expect(student.getByRole('heading', { name: 'Your result' })).toBeVisible();
  const before = Number((await student.locator('.score').textContent())!.match(/(\d+) out of/)![1]);
  await expect(student.getByText('Updated by your teacher')).toHaveCount(0);
  const resultUrl = student.url();

  // The teacher fixes the key of their question: option B was right after all.
  await teacher.goto(articleUrl);
  const card = teacher.getByRole('listitem').filter({ has: teacher.getByText(CUSTOM.prompt, { exact: true }) });
  await card.locator('summary', { hasText: 'Fix' }).click();
  await expect(card.getByText(/their answers are marked again/)).toBeVisible();
  await card.getByRole('radio', { name: 'Right answer is option B' }).check();
  await card.getByRole('button', { name: 'Save the fix' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved. 1 student’s result was marked again.');
  await expect(card.getByText('✓ right answer')).toHaveCount(1);
  await expect(card.getByRole('listitem').filter({ hasText: CUSTOM.other })).toContainText('✓ right answer');

  // The student's result: one more point, and a note that says why.
  await student.goto(resultUrl);
  await expect(student.locator('.score')).toHaveText(`${before + 1} out of ${dealt}`);
  await expect(student.getByText('Updated by your teacher')).toBeVisible();
  await expectNoAxeViolations(student);

  // The live results follow.
  await teacher.goto(resultsUrl);
  await expect(teacher.getByRole('row').filter({ hasText: nick })).toContainText(`${before + 1} / ${dealt}`);
  await Promise.all([teacherCtx.close(), studentCtx.close()]);
});
