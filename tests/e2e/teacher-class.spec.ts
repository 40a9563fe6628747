import { expect, test } from '@playwright/test';
import { QuizPage, expectNoAxeViolations, nickname, signUpTeacher } from '../pages/quiz-page';

test('teacher creates a class and assigns the seed article; a student joins and takes it; live results and CSV export', async ({ browser }) => {
  // Sentence lists and orders make a quiz of every kind longer to answer by keyboard and to scan with axe.
  test.slow();
  const teacherCtx = await browser.newContext();
  const studentCtx = await browser.newContext();
  const teacher = await teacherCtx.newPage();
  const student = await studentCtx.newPage();

  await signUpTeacher(teacher, nickname('Teach'));
  await expectNoAxeViolations(teacher);
  await teacher.getByLabel('Class name').fill('8B, Media "Literacy"');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: /8B, Media "Literacy"/ })).toBeVisible();
  const code = (await teacher.locator('.join-code').textContent())!.trim();
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  await expectNoAxeViolations(teacher);

  // Assign the seed article: 5 questions, answers right after submitting, leaderboard on.
  await teacher.getByText('Assign an article').click();
  // A refused form comes back as the teacher filled it, with the bad field in focus.
  await teacher.getByLabel('Number of questions').fill('99');
  await teacher.getByLabel('Only after the assignment closes').check();
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByText('Ask at most 20 questions.')).toBeVisible();
  await expect(teacher.getByLabel('Number of questions')).toBeFocused();
  await expect(teacher.getByLabel('Only after the assignment closes')).toBeChecked();
  await teacher.getByLabel('Right after they submit').check();
  await teacher.getByLabel('Number of questions').fill('5');
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByRole('heading', { name: /Results: Alec Baldwin/ })).toBeVisible();
  await expect(teacher.getByText('No students have joined yet.')).toBeVisible();
  await expectNoAxeViolations(teacher);
  const resultsUrl = teacher.url();

  // The student joins with the code typed in lower case and a nickname with an accent and a comma.
  const nick = `Zoë, ${nickname('S').slice(0, 6)}`;
  await student.goto('/join');
  await expectNoAxeViolations(student);
  await student.getByLabel('Class code').fill('nope12');
  await student.getByLabel('Nickname').fill(nick);
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByText('That class code does not work. Check it with your teacher.')).toBeVisible();
  await student.getByLabel('Class code').fill(code.toLowerCase());
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByRole('heading', { name: /8B, Media "Literacy"/ })).toBeVisible();
  await expectNoAxeViolations(student);

  // The teacher's page shows the student working without a reload.
  await expect(teacher.getByRole('row').filter({ hasText: nick })).toContainText('Not started', { timeout: 10_000 });

  await student.getByRole('button', { name: 'Start the quiz' }).click();
  const quiz = new QuizPage(student);
  expect(await quiz.answerAllByKeyboard()).toBe(5);
  await expect(teacher.getByRole('row').filter({ hasText: nick })).toContainText('Working', { timeout: 10_000 });
  await quiz.submitByKeyboard();
  await expect(student.getByRole('heading', { name: 'Your result' })).toBeVisible();
  // Out of 5 or more: a two-part item is worth 2 points.
  const [, score, max] = (await student.locator('.score').textContent())!.match(/(\d+) out of (\d+)/)!;
  await expectNoAxeViolations(student);

  // Without a reload: score, item analysis and skill averages appear on the teacher's page.
  expect(teacher.url()).toBe(resultsUrl);
  const row = teacher.getByRole('row').filter({ hasText: nick });
  await expect(row).toContainText(`${score} / ${max}`, { timeout: 10_000 });
  await expect(row).toContainText('Submitted');
  await expect(teacher.getByRole('heading', { name: 'By question (hardest first)' })).toBeVisible();
  await expect(teacher.getByRole('heading', { name: 'By kind of question' })).toBeVisible();
  await expect(teacher.locator('table').nth(3).getByRole('row')).toHaveCount(6); // header + 5 questions
  await expect(teacher.getByText(/1 submitted · 0 working · 0 not started/)).toBeVisible();
  await expectNoAxeViolations(teacher);

  // The attempt limit (1) is kept: the student cannot start again.
  await student.goto('/class');
  await expect(student.getByRole('button', { name: 'Start the quiz' })).toHaveCount(0);
  await expect(student.getByText('Done')).toBeVisible();

  // Export: one row per question plus a summary row, names with commas, quotes and accents intact.
  const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('link', { name: 'Download results (CSV)' }).click()]);
  const text = (await download.createReadStream().then(async (s) => {
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }));
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split(/\r?\n/);
  expect(lines.filter((l) => l.startsWith('answer,'))).toHaveLength(5);
  const summary = lines.filter((l) => l.startsWith('summary,'));
  expect(summary).toHaveLength(1);
  expect(summary[0]).toContain(`summary,"${nick}"`);
  expect(summary[0]).toContain(`,${score},${max},`);
  // Then one row per kind of question dealt (1 to 5 kinds among 5 questions).
  const kinds = lines.filter((l) => l.startsWith('kind,'));
  expect(kinds.length).toBeGreaterThanOrEqual(1);
  expect(lines).toHaveLength(1 + 5 + 1 + kinds.length);

  // Another teacher cannot open this class's results.
  const otherCtx = await browser.newContext();
  const other = await otherCtx.newPage();
  await signUpTeacher(other, nickname('Other'));
  expect((await other.goto(resultsUrl))?.status()).toBe(404);
  expect((await other.goto(`${resultsUrl}/export`))?.status()).toBe(404);
  await Promise.all([teacherCtx.close(), studentCtx.close(), otherCtx.close()]);
});
