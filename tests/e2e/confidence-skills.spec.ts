import { expect, test, type Page } from '@playwright/test';
import { QuizPage, expectNoAxeViolations, nickname, signUpTeacher, startSeedQuiz } from '../pages/quiz-page';

/** axe at a phone's size and a laptop's, then back to the laptop's. */
async function axeAtBothSizes(page: Page) {
  for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page);
  }
}

/** Says how sure for every question: the first "Sure", the second "Fairly sure", the rest "Guessing" (keyboard). */
async function chooseConfidence(page: Page) {
  const questions = new QuizPage(page).questions();
  const n = await questions.count();
  for (let i = 0; i < n; i++) {
    const name = i === 0 ? 'Sure' : i === 1 ? 'Fairly sure' : 'Guessing';
    const radio = questions.nth(i).getByRole('group', { name: /How sure are you/ }).getByRole('radio', { name, exact: true });
    await radio.focus();
    await page.keyboard.press('Space');
    await expect(radio).toBeChecked();
  }
}

/** The calibration table's figures must be the ones the question cards show: right answers per "You said". */
async function expectCalibrationMatchesCards(page: Page) {
  const cards = page.locator('section.result');
  const tally: Record<string, { right: number; answered: number }> = {};
  for (let i = 0; i < (await cards.count()); i++) {
    const said = (await cards.nth(i).getByText(/^You said:/).textContent())!.replace('You said: ', '').trim();
    const right = (await cards.nth(i).locator('.verdict').textContent())!.includes('Right');
    tally[said] = { right: (tally[said]?.right ?? 0) + (right ? 1 : 0), answered: (tally[said]?.answered ?? 0) + 1 };
  }
  const table = page.getByRole('table', { name: 'Right answers at each level of confidence' });
  for (const [said, t] of Object.entries(tally)) {
    await expect(table.getByRole('row', { name: new RegExp(`^${said} `) })).toContainText(`${t.right} of ${t.answered}`);
  }
}

/** A student's cell for `skill` in the skills grid, as right and answered. */
async function cellOf(page: Page, nick: string, skill: string) {
  const grid = page.getByRole('table', { name: 'Share right per student and skill' });
  const headers = await grid.getByRole('columnheader').allTextContents();
  const text = await grid.getByRole('row').filter({ hasText: nick }).getByRole('cell').nth(headers.indexOf(skill) - 1).textContent();
  const m = text!.match(/\((\d+)\/(\d+)\)/);
  return m ? { right: Number(m[1]), answered: Number(m[2]) } : { right: 0, answered: 0 };
}

test('a student plays with confidence and sees the calibration picture; the teacher’s skills grid moves after a second assignment', async ({ browser }) => {
  test.setTimeout(240_000);
  const teacherCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const studentCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const teacher = await teacherCtx.newPage();
  const student = await studentCtx.newPage();

  await signUpTeacher(teacher, nickname('Cal'));
  await teacher.getByLabel('Class name').fill('Calibration 9');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Calibration 9' })).toBeVisible();
  const classUrl = teacher.url();
  const code = (await teacher.locator('.join-code').textContent())!.trim();
  // Before anyone has answered, the grid says so.
  await teacher.getByRole('link', { name: 'Skills grid: who needs what' }).click();
  await expect(teacher.getByText('No answers yet.')).toBeVisible();
  await teacher.goto(classUrl);
  await teacher.getByText('Assign an article').click();
  await teacher.getByLabel('Number of questions').fill('5');
  await teacher.getByLabel('Use confidence marks').check();
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByRole('heading', { name: /Results: Alec Baldwin/ })).toBeVisible();

  const nick = nickname('Zed');
  await student.goto('/join');
  await student.getByLabel('Class code').fill(code);
  await student.getByLabel('Nickname').fill(nick);
  await student.getByRole('button', { name: 'Join class' }).click();
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  const quiz = new QuizPage(student);
  expect(await quiz.answerAllByKeyboard()).toBe(5);
  await expect(student.getByText(/This assignment uses confidence marks/)).toBeVisible();
  await chooseConfidence(student);
  await axeAtBothSizes(student);
  await quiz.submitByKeyboard();
  await expect(student.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect(student.getByText(/^Confidence marks: -?\d+ out of \d+/)).toBeVisible();
  await expect(student.getByRole('heading', { name: 'How sure were you?' })).toBeVisible();
  await expectCalibrationMatchesCards(student);
  await axeAtBothSizes(student);

  // The grid: the student's weakest skill, and practice of it assigned from there.
  await teacher.goto(`${classUrl}/skills`);
  await expect(teacher.getByRole('heading', { name: 'Skills grid: Calibration 9' })).toBeVisible();
  await axeAtBothSizes(teacher);
  const practise = teacher.getByRole('link', { name: new RegExp(`^Assign practice: .+ for ${nick}$`) });
  const skill = (await practise.getAttribute('aria-label'))!.match(/Assign practice: (.+) for /)![1];
  const before = await cellOf(teacher, nick, skill);
  expect(before.answered).toBeGreaterThan(0);
  await practise.click();
  await expect(teacher.getByText(`Assign practice: ${skill}`)).toBeVisible();
  await expect(teacher.getByRole('checkbox', { name: skill, exact: true })).toBeChecked();
  expect(await teacher.getByRole('group', { name: 'Skills to practise' }).getByRole('checkbox', { checked: true }).count()).toBe(1); // that skill alone
  await teacher.getByLabel('Number of questions').fill('3');
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByRole('heading', { name: /Results: Alec Baldwin/ })).toBeVisible();

  // The student's second assignment: every question of the practised skill.
  await student.goto('/class');
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  const dealt = await quiz.answerAllByKeyboard();
  await quiz.submitByKeyboard();
  await expect(student.getByRole('heading', { name: 'Your result' })).toBeVisible();

  await teacher.goto(`${classUrl}/skills`);
  const after = await cellOf(teacher, nick, skill);
  expect(after.answered).toBe(before.answered + dealt);
  await expect(teacher.getByRole('table', { name: 'Class share right per assignment, oldest first' }).getByRole('row')).toHaveCount(3);

  const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('link', { name: 'Download the grid (CSV)' }).click()]);
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  const csv = Buffer.concat(chunks).toString('utf8');
  expect(csv).toContain('row type,student,skill,right,answered,share right (%),weakest skill');
  expect(csv).toContain(`student,${nick},`);

  // The student's own skills page.
  await student.getByRole('link', { name: 'My skills' }).click();
  await expect(student.getByRole('heading', { name: 'Your skills' })).toBeVisible();
  await expect(student.getByText('From your class assignments')).toBeVisible();
  await axeAtBothSizes(student);

  // Another teacher gets neither the grid nor its CSV.
  const otherCtx = await browser.newContext();
  const other = await otherCtx.newPage();
  await signUpTeacher(other, nickname('Nosy'));
  expect((await other.goto(`${classUrl}/skills`))?.status()).toBe(404);
  expect((await other.goto(`${classUrl}/skills/export`))?.status()).toBe(404);
  await Promise.all([teacherCtx.close(), studentCtx.close(), otherCtx.close()]);
});

test('a guest’s open play shows both marks and the calibration, and their skills page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const nick = nickname('Gue');
  await startSeedQuiz(page, nick);
  const quiz = new QuizPage(page);
  await quiz.answerAllByKeyboard();
  await chooseConfidence(page);
  await quiz.submitByKeyboard();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect(page.locator('.score')).toHaveText(/\d+ out of \d+/); // a two-part item is worth 2
  const marks = page.getByText(/^Confidence marks: -?\d+ out of \d+/);
  await expect(marks).toBeVisible();
  const [, weighted, weightedMax] = (await marks.textContent())!.match(/(-?\d+) out of (\d+)/)!;
  const [, score, max] = (await page.locator('.score').textContent())!.match(/(\d+) out of (\d+)/)!;
  await expectCalibrationMatchesCards(page);

  // The board's second tab ranks by confidence marks: a link (works without JavaScript), reached by keyboard.
  await page.goto('/articles/rust-baldwin-dismissal/leaderboard');
  const tabs = page.getByRole('navigation', { name: 'Rank by' });
  await expect(tabs.getByRole('link', { name: 'Score' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('row').filter({ hasText: nick })).toContainText(`${score} / ${max}`);
  await tabs.getByRole('link', { name: 'Confidence marks' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/leaderboard\?by=confidence$/);
  await expect(tabs.getByRole('link', { name: 'Confidence marks' })).toHaveAttribute('aria-current', 'page');
  await expect(tabs.getByRole('link', { name: 'Score' })).not.toHaveAttribute('aria-current', 'page');
  const mine = page.getByRole('row').filter({ hasText: nick });
  await expect(mine).toContainText(`${weighted} / ${weightedMax}`);
  await expect(mine).toContainText('you');
  // Ranked by marks: the rank column follows the marks column, highest first.
  const rows = page.getByRole('table').getByRole('row');
  const marksCol = (await rows.first().getByRole('columnheader').allTextContents()).indexOf('Confidence marks');
  const figures = (await rows.locator(`td:nth-child(${marksCol + 1})`).allTextContents()).map((t) => Number(t.split(' / ')[0]));
  expect(figures).toEqual([...figures].sort((x, y) => y - x));
  await axeAtBothSizes(page);

  await page.goto('/skills');
  await expect(page.getByText('From the quizzes played in this browser')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Right answers per skill' }).getByRole('row')).not.toHaveCount(1);
  await axeAtBothSizes(page);
});
