import { expect, test, type Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { expectNoAxeViolations, nickname, signUpTeacher } from '../pages/quiz-page';
import { createClass } from '../pages/teacher-pages';

/** Reads a QR code drawn as inline SVG: the browser paints it on a canvas, jsQR decodes the pixels. */
async function readQr(svg: Locator): Promise<string | null> {
  const { width, height, pixels } = await svg.evaluate(async (el) => {
    const size = 400;
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(el)], { type: 'image/svg+xml' }));
    const img = new Image(size, size);
    await new Promise((done, fail) => { img.onload = done; img.onerror = fail; img.src = url; });
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0, size, size);
    return { width: size, height: size, pixels: Array.from(ctx.getImageData(0, 0, size, size).data) };
  });
  return jsQR(Uint8ClampedArray.from(pixels), width, height)?.data ?? null;
}

test('a teacher shares a class by its full link, a copy button, a QR code and a projector view', async ({ browser, baseURL }) => {
  test.setTimeout(120_000); // five axe scans at two sizes; a busy shared machine needs the room
  // The QR code is read by painting it from a blob: address, which the app's own CSP rightly refuses.
  const teacherCtx = await browser.newContext({ bypassCSP: true, permissions: ['clipboard-read', 'clipboard-write'] });
  const studentCtx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const teacher = await teacherCtx.newPage();
  const student = await studentCtx.newPage();
  await signUpTeacher(teacher, nickname('Share'));
  const code = await createClass(teacher, 'Sharers');
  const classUrl = teacher.url();

  const link = `${baseURL}/join?code=${code}`;
  await expect(teacher.getByLabel('Join link (the code is filled in)')).toHaveValue(link);
  await teacher.getByRole('button', { name: 'Copy link' }).click();
  await expect(teacher.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await teacher.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const qr = teacher.getByRole('img', { name: `QR code that opens the join page for code ${code}` });
  expect(await readQr(qr)).toBe(link);
  await expectNoAxeViolations(teacher);

  // The projector view: the code as large as the screen allows, the address and the same QR code.
  await teacher.getByRole('link', { name: 'Show on the projector' }).click();
  await expect(teacher.getByRole('heading', { name: 'Join Sharers' })).toBeVisible();
  const big = teacher.getByLabel(`Join code ${code.split('').join(' ')}`);
  await expect(big).toHaveText(code);
  expect((await big.boundingBox())!.height).toBeGreaterThan(80);
  expect(await readQr(teacher.getByRole('img', { name: /QR code/ }))).toBe(link);
  // On a 1280 x 900 projector screen the code and the whole QR code fit without scrolling.
  await teacher.setViewportSize({ width: 1280, height: 900 });
  await expect(big).toBeInViewport({ ratio: 1 });
  await expect(teacher.getByRole('img', { name: /QR code/ })).toBeInViewport({ ratio: 1 });
  await expect(teacher.getByRole('button', { name: 'Full screen' })).toBeVisible();
  await expectNoAxeViolations(teacher);
  await teacher.setViewportSize({ width: 390, height: 844 });
  expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(teacher);

  // A student who follows the link (or scans the code) finds the code typed in for them.
  await student.goto(link);
  await expect(student.getByLabel('Class code')).toHaveValue(code);
  await student.getByLabel('Nickname').fill(nickname('Kid'));
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByRole('heading', { name: /Sharers/ })).toBeVisible();
  await expectNoAxeViolations(student);

  // Another teacher cannot open this class's projector view.
  const otherCtx = await browser.newContext();
  const other = await otherCtx.newPage();
  await signUpTeacher(other, nickname('Other'));
  expect((await other.goto(`${classUrl}/present`))?.status()).toBe(404);
  await Promise.all([teacherCtx.close(), studentCtx.close(), otherCtx.close()]);
});
