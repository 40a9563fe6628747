import { expect, test } from '@playwright/test';
import { QuizPage, expectNoAxeViolations, nickname, signUpTeacher } from '../pages/quiz-page';

test('teacher creates a class and assigns the seed article; a student joins and takes it; live results and CSV export', async ({ browser }) => {
  // A whole class journey with seven axe scans, and a quiz of every kind (sentence lists and orders take longer to
  // answer by keyboard and to scan): a busy shared machine needs the room.
  test.setTimeout(180_000);
  const teacherCtx = await browser.newContext({ timezoneId: 'America/New_York' });
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

  // Export, in the teacher's time zone: a gradebook with a row per student and a column per question (its text in the
  // header), and every answer in a second file; names with commas, quotes and accents intact.
  const read = async (name: string) => {
    const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('link', { name }).click()]);
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    return { file: download.suggestedFilename(), lines: text.slice(1).trim().split(/\r?\n/) };
  };
  const book = await read('Download gradebook (CSV)');
  expect(book.file).toMatch(/^Alec-Baldwin.*-8B-Media-Literacy-gradebook\.csv$/);
  expect(book.lines[0]).toMatch(/^student,status,score,out of,percent,confidence marks,time taken \(s\),submitted at \(America\/New_York\),attempts submitted,"?Q1: /);
  expect(book.lines).toHaveLength(2); // one student in the class
  expect(book.lines[1]).toMatch(new RegExp(`^"${nick.replace(/"/g, '""')}",submitted,${score},${max},`));
  const answers = await read('Download every answer (CSV)');
  expect(answers.file).toMatch(/-answers\.csv$/);
  expect(answers.lines[0]).toBe('student,attempt,counted in gradebook,submitted at (America/New_York),question number,skill,question,kind,answer given,right answer,correct,points,max points,partial credit,confidence,confidence marks');
  expect(answers.lines).toHaveLength(1 + 5);
  // And a row per kind of question dealt (1 to 5 kinds among 5 questions).
  const kinds = await read('Download results by kind of question (CSV)');
  expect(kinds.file).toMatch(/-kinds\.csv$/);
  expect(kinds.lines[0]).toBe('kind of question,kind,answers,fully right,mean partial credit,most chosen wrong answer');
  expect(kinds.lines.length).toBeGreaterThanOrEqual(2);

  // Another teacher cannot open this class's results.
  const otherCtx = await browser.newContext();
  const other = await otherCtx.newPage();
  await signUpTeacher(other, nickname('Other'));
  expect((await other.goto(resultsUrl))?.status()).toBe(404);
  expect((await other.goto(`${resultsUrl}/export`))?.status()).toBe(404);
  await Promise.all([teacherCtx.close(), studentCtx.close(), otherCtx.close()]);
});
