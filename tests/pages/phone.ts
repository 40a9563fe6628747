import { expect, type Page } from '@playwright/test';

/** A phone's viewport: the size the issue names. */
export const PHONE = { width: 390, height: 844 };

/**
 * Fails when anything on the page sticks out of the viewport sideways, except inside a labelled region that
 * scrolls (a wide table a keyboard or finger can scroll), and when the page itself scrolls sideways.
 */
export async function expectFitsPhone(page: Page) {
  const report = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out: string[] = [];
    const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || (r.left >= -1 && r.right <= vw + 1)) continue;
      const region = el.parentElement?.closest('[role="region"][aria-label]');
      if (region && scrolls(region)) continue;
      if (el.closest('.visually-hidden')) continue; // one pixel, clipped: for screen readers only
      if (r.right <= 0) continue; // parked off-screen until focused (the skip link): it never widens the page
      out.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.left)}..${Math.round(r.right)}`);
    }
    const scrollWidth = document.documentElement.scrollWidth;
    // The page scrolls sideways: name whatever reaches past the edge, hidden or not.
    const wide = scrollWidth > vw ? Array.from(document.body.querySelectorAll('*')).filter((el) => el.getBoundingClientRect().right > vw + 1)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${Math.round(el.getBoundingClientRect().right)}`) : [];
    return { vw, scrollWidth, out, wide };
  });
  expect(report.out, `sticks out of a ${report.vw}px viewport`).toEqual([]);
  expect(report.scrollWidth, `the page scrolls sideways: ${report.wide.join(', ')}`).toBeLessThanOrEqual(report.vw);
}

/**
 * Every visible button and link of the page's main content can be brought into view and clicked (Playwright's
 * trial click: visible, stable, enabled and not covered by anything), and then lies inside the viewport.
 */
export async function expectActionsReachable(page: Page) {
  const actions = page.locator('main').locator('button, a[href], summary, input[type="submit"]');
  const n = await actions.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const action = actions.nth(i);
    if (!(await action.isVisible())) continue; // in a closed <details>: reachable by opening it
    await action.scrollIntoViewIfNeeded();
    await action.click({ trial: true, timeout: 5_000 });
    const box = (await action.boundingBox())!;
    expect(box.x, `${await action.textContent()} starts inside the screen`).toBeGreaterThanOrEqual(-1);
    expect(box.x + Math.min(box.width, 24), `${await action.textContent()} can be reached on the screen`).toBeLessThanOrEqual(page.viewportSize()!.width + 1);
  }
}
