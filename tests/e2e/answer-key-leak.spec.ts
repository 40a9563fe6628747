import { expect, test } from '@playwright/test';
import { QuizPage, nickname, startSeedQuiz } from '../pages/quiz-page';

test('no response before the submit marks the right option', async ({ page }) => {
  const bodies: { url: string; body: string }[] = [];
  let submitted = false;
  page.on('response', async (res) => {
    if (submitted) return;
    const type = res.headers()['content-type'] ?? '';
    if (!/html|javascript|json|text|x-component/.test(type)) return;
    try {
      bodies.push({ url: res.url(), body: await res.text() });
    } catch {
      // redirects and aborted requests have no body
    }
  });

  await startSeedQuiz(page, nickname('Leak'));
  const quiz = new QuizPage(page);
  await quiz.answerAllByKeyboard(() => 1);
  // Prefetches and RSC payloads of the quiz page arrive before here; everything after the click is the result.
  await page.waitForLoadState('networkidle');
  submitted = true;
  await quiz.submitByKeyboard();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();

  // What the result reveals: every question's explanation and right answer.
  const cards = page.getByRole('region', { name: /Question \d+/ });
  const explanations: string[] = [];
  for (let i = 0; i < (await cards.count()); i++) {
    const paragraphs = await cards.nth(i).locator('p').allTextContents();
    explanations.push(paragraphs[paragraphs.length - 1]);
  }
  expect(explanations).toHaveLength(10);
  expect(bodies.length).toBeGreaterThan(2);
  const everything = bodies.map((b) => b.body).join('\n');
  expect(everything).toContain('Submit answers'); // the quiz really was among the recorded responses
  for (const marker of ['correctOption', 'correct_option', '"answer":', '"explanation"', '"evidence"', 'Right answer']) {
    expect(everything, `pre-submit responses contain ${marker}`).not.toContain(marker);
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
});
