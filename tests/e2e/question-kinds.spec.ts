import { expect, test, type Locator, type Page } from '@playwright/test';
import { QuizPage, expectNoAxeViolations, nickname, signUpTeacher } from '../pages/quiz-page';

type Kind = 'evidence' | 'two-part' | 'order' | 'multi';

/** Which kind a question on the quiz page is, from the controls it offers (as a player sees them). */
async function kindOf(q: Locator): Promise<Kind | 'choice'> {
  if ((await q.getByRole('button', { name: /^Move down/ }).count()) > 0) return 'order';
  if ((await q.getByRole('group', { name: /Choose \d+ sentences? of the article/ }).count()) > 0) {
    // Part A's options are radios; the confidence choice under every question is radios too, so it is left out.
    const own = (await q.getByRole('radio').count()) - (await q.locator('fieldset.confidence').getByRole('radio').count());
    return own > 0 ? 'two-part' : 'evidence';
  }
  if ((await q.getByRole('group', { name: /^Choose \d+$/ }).count()) > 0) return 'multi';
  return 'choice';
}

/** Ticks, with the mouse (a tap on a phone), the first boxes of a group that asks to "Choose N". */
async function tickFirst(group: Locator) {
  const name = (await group.getAttribute('aria-label')) ?? (await group.locator('legend').textContent()) ?? '';
  const want = Number(name.match(/Choose (\d+)/)![1]);
  for (let k = 0; k < want; k++) await group.getByRole('checkbox').nth(k).click();
  return want;
}

/** Answers every question with the mouse; on a phone, the order by dragging its first item to the end. */
async function answerByPointer(page: Page, drag: boolean): Promise<Set<Kind>> {
  const quiz = new QuizPage(page);
  await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
  const seen = new Set<Kind>();
  const count = await quiz.questions().count();
  for (let i = 0; i < count; i++) {
    const q = quiz.questions().nth(i);
    const kind = await kindOf(q);
    if (kind === 'choice') {
      await q.getByRole('radio').first().click();
      continue;
    }
    if (kind === 'order') {
      const items = q.getByRole('list', { name: 'Items in your order' }).getByRole('listitem');
      const texts = q.locator('.order-text');
      const before = await texts.allTextContents();
      if (drag) {
        const handle = q.locator('.drag-handle').first();
        // Earlier answers are saved 0.7 s after the last change, and the save status line can change height as they
        // are: let the pending save land so the list does not move under the pointer mid-drag.
        await page.waitForTimeout(900);
        await expect(page.locator('.save-status')).not.toHaveAttribute('data-state', 'saving');
        // Mouse coordinates are the viewport's: bring the whole list into view first, then hover the handle, which
        // waits until it is stable and nothing (the sticky progress bar) covers it, and read both places only then.
        await items.last().scrollIntoViewIfNeeded();
        await handle.hover();
        const from = (await handle.boundingBox())!;
        const to = (await items.last().boundingBox())!;
        await page.mouse.down();
        await expect(items.first()).toHaveClass(/dragging/);
        await page.mouse.move(from.x + from.width / 2, to.y + to.height - 2, { steps: 8 });
        await page.mouse.up();
        await expect(texts).toHaveText([...before.slice(1), before[0]]);
      } else {
        await q.getByRole('button', { name: /^Move down/ }).first().click();
        await expect(texts).toHaveText([before[1], before[0], ...before.slice(2)]);
      }
      // The move is announced to screen readers.
      await expect(q.locator('[aria-live]').filter({ hasText: /now \d of \d/ })).toHaveCount(1);
    } else if (kind === 'multi') {
      const group = q.getByRole('group', { name: /^Choose \d+$/ });
      const want = await tickFirst(group);
      await expect(q.getByText(`${want} of ${want} options chosen`)).toBeVisible();
    } else {
      if (kind === 'two-part') await q.getByRole('radio').first().click();
      const group = q.getByRole('group', { name: /Choose \d+ sentences? of the article/ });
      const want = await tickFirst(group);
      await expect(group.getByText(`${want} of ${want} sentence${want === 1 ? '' : 's'} chosen`)).toBeVisible();
      // Chosen is said in words beside the sentence, not by colour alone.
      await expect(group.getByText('✓ chosen').first()).toBeVisible();
    }
    seen.add(kind);
  }
  return seen;
}

/**
 * The result page of an attempt of the new kinds: what each kind shows after the submit, for every kind `played`
 * (when known) and for at least two kinds in any case.
 */
async function expectKindsResult(page: Page, played?: Set<Kind>) {
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  const shows: [Kind, Locator][] = [
    ['order', page.getByText(/Neighbours in the right order: \d of \d/)],
    ['two-part', page.getByText(/Part A, your answer:/)],
    ['multi', page.getByText('Your picks:')],
    ['evidence', page.getByText(/Your sentences?:/)],
  ];
  let seen = 0;
  for (const [kind, shown] of shows) {
    const n = await shown.count();
    if (played?.has(kind)) expect(n, `the result of the ${kind} item`).toBeGreaterThan(0);
    if (n > 0) seen++;
  }
  expect(seen).toBeGreaterThanOrEqual(2);
  if ((await shows[0][1].count()) > 0) await expect(page.getByText('Right order:', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
}

test('a class plays every new kind: by mouse, by keyboard alone and on a phone; the teacher sees them by kind', async ({ browser }) => {
  test.setTimeout(420_000);
  const teacherCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const teacher = await teacherCtx.newPage();
  await signUpTeacher(teacher, nickname('Kinds'));
  await teacher.getByLabel('Class name').fill('Kinds 9A');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  const code = (await teacher.locator('.join-code').textContent())!.trim();

  // No kind at all is refused, and the form comes back as the teacher left it.
  await teacher.getByText('Assign an article').click();
  const kinds = teacher.getByRole('group', { name: 'Kinds of question' });
  await expect(kinds.getByRole('checkbox')).toHaveCount(5); // the form is drawn once its script has loaded
  for (const box of await kinds.getByRole('checkbox').all()) await box.uncheck();
  await teacher.getByLabel('Number of questions').fill('20');
  await teacher.getByLabel('Attempts allowed').fill('3');
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByText('Choose at least one kind of question.')).toBeVisible();
  for (const box of await kinds.getByRole('checkbox').all()) await expect(box).not.toBeChecked();
  await expectNoAxeViolations(teacher);
  // Every kind but single choice: the seed article has fewer than 20 such items, so each attempt gets them all.
  for (const name of [/^Find the proof/, /^Two-part/, /^Put in order/, /^Several answers/]) await kinds.getByRole('checkbox', { name }).check();
  await teacher.getByRole('button', { name: 'Assign' }).click();
  await expect(teacher.getByRole('heading', { name: /Results: Alec Baldwin/ })).toBeVisible();

  const studentCtx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const student = await studentCtx.newPage();
  await student.goto('/join');
  await student.getByLabel('Class code').fill(code);
  await student.getByLabel('Nickname').fill(nickname('Pia'));
  await student.getByRole('button', { name: 'Join class' }).click();

  // 1. By mouse, on a wide screen.
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(student.getByRole('heading', { name: 'Quiz', exact: true })).toBeVisible();
  await expectNoAxeViolations(student);
  // Dealing leaves out an item that clashes with one already dealt (a "pick two people" beside a who-said item with
  // the same names, an order whose event another item asks the date of), so an attempt holds two or more of the kinds.
  const played = await answerByPointer(student, false);
  expect(played.size).toBeGreaterThanOrEqual(2);
  for (const k of played) expect(['evidence', 'multi', 'order', 'two-part']).toContain(k);
  await expectNoAxeViolations(student);
  await student.getByRole('button', { name: 'Submit answers' }).click();
  await expectKindsResult(student, played);
  // The evidence is highlighted in the article, one link away.
  const link = student.locator('blockquote.evidence').first().getByRole('link', { name: /Find it in the article/ });
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(student.locator(href.slice(href.indexOf('#')))).toHaveCSS('background-color', 'rgb(255, 241, 168)');

  // 2. By keyboard alone: Space ticks a sentence (with a visible focus ring), Enter moves an item.
  await student.goto('/class');
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  const quiz = new QuizPage(student);
  await quiz.answerAllByKeyboard();
  const focusedSentence = student.locator('.pick-sentence').first();
  await focusedSentence.getByRole('checkbox').focus();
  await student.keyboard.press('Tab');
  await student.keyboard.press('Shift+Tab');
  await expect(focusedSentence).toHaveCSS('outline-style', 'solid');
  await quiz.submitByKeyboard();
  await expectKindsResult(student);

  // 3. On a phone (390 x 844): taps, and the order by dragging.
  await student.setViewportSize({ width: 390, height: 844 });
  await student.goto('/class');
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(student.getByRole('heading', { name: 'Quiz', exact: true })).toBeVisible();
  await expectNoAxeViolations(student);
  const onPhone = await answerByPointer(student, true);
  // Nothing wider than the phone.
  expect(await student.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await student.getByRole('button', { name: 'Submit answers' }).click();
  await expectKindsResult(student, onPhone);

  // The teacher sees the three attempts by kind: share right, partial credit, most chosen wrong answer.
  await teacher.reload();
  const byKind = teacher.getByRole('region', { name: 'By kind of question' });
  // A header and a row per kind the three attempts held (two or more each), each with its share right.
  await expect(byKind.getByRole('row').nth(2)).toBeVisible({ timeout: 10_000 });
  for (const row of (await byKind.getByRole('row').all()).slice(1)) await expect(row).toContainText(/\d+%/);
  await expectNoAxeViolations(teacher);
  await Promise.all([teacherCtx.close(), studentCtx.close()]);
});
