import { expect, test, type Page } from '@playwright/test';
import { QuizPage, nickname, startSeedQuiz, signUpTeacher } from '../pages/quiz-page';

/**
 * Records every response the browser receives until the submit (HTML, RSC payloads, scripts, JSON), submits, then
 * checks that none of them held a key marker or any explanation the result page reveals.
 */
async function expectNoLeakBeforeSubmit(page: Page, start: () => Promise<void>) {
  const bodies: string[] = [];
  let submitted = false;
  page.on('response', async (res) => {
    if (submitted) return;
    const type = res.headers()['content-type'] ?? '';
    if (!/html|javascript|json|text|x-component/.test(type)) return;
    try {
      bodies.push(await res.text());
    } catch {
      // redirects and aborted requests have no body
    }
  });
  await start();
  const quiz = new QuizPage(page);
  await quiz.answerAllByKeyboard(() => 1);
  await page.waitForLoadState('networkidle');
  submitted = true;
  await quiz.submitByKeyboard();
  await expect(page.getByRole('heading', { name: /result/ })).toBeVisible();

  const cards = page.getByRole('region', { name: /Question \d+/ });
  const explanations: string[] = [];
  for (let i = 0; i < (await cards.count()); i++) {
    const paragraphs = await cards.nth(i).locator('p').allTextContents();
    explanations.push(paragraphs[paragraphs.length - 1]);
  }
  expect(explanations.length).toBeGreaterThanOrEqual(5);
  expect(bodies.length).toBeGreaterThan(2);
  const everything = bodies.join('\n');
  expect(everything).toContain('Submit answers'); // the quiz really was among the recorded responses
  // Field names as they would appear in serialised keys (the bare word "evidence" can be an option of a quiz, and
  // `case"evidence":` is the quiz form's own code).
  for (const marker of ['correctOption', 'correct_option', '"answer":', '"explanation":', '"evidence":[', 'Right answer', '"key":', '"within":', 'part_b_prompt']) {
    expect(everything, `pre-submit responses contain ${marker}`).not.toContain(marker);
  }
  // The keys of the other kinds, as they would be serialised: the evidence's sentence indices, the right order, the
  // right picks (the article's sentence list goes to the quiz as objects, never as bare indices).
  for (const marker of [/"sentences":\[\d/, /"order":\[\d/, /"answers":\[\d/, /"kind":"(sentences|several|one)"/]) {
    expect(everything, `pre-submit responses contain ${marker}`).not.toMatch(marker);
  }
  // Explanations may quote the article, which the quiz page may prefetch: only text not in the article counts.
  await page.goto('/articles/rust-baldwin-dismissal');
  const articleText = await page.locator('.article-body').innerText();
  for (const explanation of explanations) {
    const probe = explanation.slice(0, 60);
    if (articleText.includes(probe)) continue;
    expect(probe.length).toBeGreaterThan(20);
    expect(everything, `an explanation leaked before submit: ${probe}`).not.toContain(probe);
  }
}

test('no response before the submit marks the right option (guest)', async ({ page }) => {
  await expectNoLeakBeforeSubmit(page, () => startSeedQuiz(page, nickname('Leak')));
});

test('no response before the submit marks the right option (signed-in player)', async ({ page }) => {
  const name = nickname('LeakU');
  await page.goto('/signup');
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(`${name.toLowerCase()}@example.com`);
  await page.getByLabel('Password').fill('leak test password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('link', { name: `Signed in as ${name}` })).toBeVisible();
  await expectNoLeakBeforeSubmit(page, async () => {
    await page.goto('/articles/rust-baldwin-dismissal/quiz');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
  });
});

test('no response before the submit marks the right option (student in a class)', async ({ browser }) => {
  const teacherCtx = await browser.newContext();
  const teacher = await teacherCtx.newPage();
  const name = nickname('LeakT');
  await signUpTeacher(teacher, name, 'leak test password');
  await teacher.getByLabel('Class name').fill('Leak class');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  const code = (await teacher.locator('.join-code').textContent())!.trim();
  await teacher.getByText('Assign an article').click();
  await teacher.getByLabel('Number of questions').fill('6');
  // Only the new kinds: their keys (sentence indices, an order, several picks) are the ones to look for.
  await teacher.getByRole('checkbox', { name: 'One answer' }).uncheck();
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByRole('heading', { name: /Results:/ })).toBeVisible();

  const studentCtx = await browser.newContext();
  const student = await studentCtx.newPage();
  await expectNoLeakBeforeSubmit(student, async () => {
    await student.goto('/join');
    await student.getByLabel('Class code').fill(code);
    await student.getByLabel('Nickname').fill(nickname('Kid'));
    await student.getByRole('button', { name: 'Join class' }).click();
    await student.getByRole('button', { name: 'Start the quiz' }).click();
  });
  await Promise.all([teacherCtx.close(), studentCtx.close()]);
});
