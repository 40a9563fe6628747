import { expect, test } from '@playwright/test';
import { QuizPage, expectNoAxeViolations, nickname, signUpTeacher } from '../pages/quiz-page';
import { PHONE, expectActionsReachable, expectFitsPhone } from '../pages/phone';
import { joinAsStudent } from '../pages/teacher-pages';

test('every teacher table fits a 390 px phone, or scrolls in a labelled region, with its actions reachable', async ({ browser }) => {
  test.setTimeout(240_000);
  const teacherCtx = await browser.newContext({ viewport: PHONE });
  const studentCtx = await browser.newContext({ viewport: PHONE });
  const teacher = await teacherCtx.newPage();
  const student = await studentCtx.newPage();
  await signUpTeacher(teacher, nickname('Phone'));
  await teacher.getByLabel('Class name').fill('Year 9 media literacy, Thursday group');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: /Year 9 media literacy/ })).toBeVisible();
  const classUrl = teacher.url();
  const code = (await teacher.locator('.join-code').first().textContent())!.trim();
  await teacher.getByText('Assign an article').click();
  await teacher.getByLabel('Number of questions').fill('6');
  await teacher.getByLabel(/confidence/i).check();
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByRole('heading', { name: /Results: Alec Baldwin/ })).toBeVisible();
  const resultsUrl = teacher.url();

  // Two students with long names hand in, so every table has rows.
  for (const nick of [`Maximiliana-Wolf ${nickname('')}`, `Zoë ${nickname('')}`]) {
    await studentCtx.clearCookies();
    await joinAsStudent(student, code, nick);
    await student.getByRole('button', { name: 'Start the quiz' }).first().click();
    const quiz = new QuizPage(student);
    await quiz.answerAllByKeyboard();
    await quiz.submitByKeyboard();
    await expect(student.getByRole('heading', { name: 'Your result' })).toBeVisible();
  }
  // The assignment uses confidence marks, so its class board ranks by them.
  await student.goto('/class');
  await student.getByText('Class leaderboard (by confidence marks)').click();
  await expect(student.getByRole('columnheader', { name: 'Confidence marks' })).toBeVisible();
  await expect(student.getByRole('row')).toHaveCount(3);

  const pages = [
    { url: '/teacher', sees: /Classes|Your classes/ },
    { url: classUrl, sees: 'Students' },
    { url: resultsUrl, sees: 'By question (hardest first)' },
    { url: `${classUrl}/skills`, sees: 'Share right per student and skill' },
    { url: '/teacher/articles', sees: /articles/i },
  ];
  for (const { url, sees } of pages) {
    await teacher.goto(url);
    await expect(teacher.getByText(sees).first()).toBeAttached();
    await expect(teacher.locator('main')).toBeVisible();
    await expectFitsPhone(teacher);
    await expectActionsReachable(teacher);
  }
  // The results' table keeps each student's "View" link reachable (by scrolling its region), and axe is clean.
  await teacher.goto(resultsUrl);
  await expect(teacher.getByRole('region', { name: 'Students' }).getByRole('link', { name: /View/ })).toHaveCount(2);
  await expectNoAxeViolations(teacher);
  await teacher.goto(classUrl);
  await expectNoAxeViolations(teacher);
  await Promise.all([teacherCtx.close(), studentCtx.close()]);
});
