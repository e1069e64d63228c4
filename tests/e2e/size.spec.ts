// The first view's real downloads, measured in the browser and brotli-compressed
// (scripts/first-visit.mjs: the same count as scripts/bench).
import { test, expect, locales, ready } from './fixtures';

import { BUDGET, ROUTE_BUDGETS } from '../../scripts/budget.mjs';
import { firstVisit, totalSize } from '../../scripts/first-visit.mjs';

test(`the first view loads at most ${BUDGET / 1000} KB brotli`, async ({ page }) => {
  const files = await firstVisit(page, './', ready);
  const total = totalSize(files);
  console.log(
    `first view: ${(total / 1000).toFixed(1)} KB brotli\n` +
      files.map((f) => `  ${(f.size / 1000).toFixed(1).padStart(7)} KB  ${f.url}`).join('\n'),
  );
  expect(files.some((f) => f.url.endsWith('.wasm'))).toBe(true);
  expect(total).toBeLessThanOrEqual(BUDGET);
});

for (const [route, budget] of Object.entries(ROUTE_BUDGETS)) {
  test(`a first visit to /${route} loads at most ${budget / 1000} KB brotli`, async ({ page }) => {
    const files = await firstVisit(page, route, ready);
    const total = totalSize(files);
    console.log(`/${route}: ${(total / 1000).toFixed(1)} KB brotli, ${files.length} responses`);
    expect(total).toBeLessThanOrEqual(budget);
  });
}

test("a page downloads the shell's stylesheet and its own group's only; another group's page is drawn with its styles", async ({ page }) => {
  const sheets: string[] = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop() ?? '';
    if (name.endsWith('.css')) sheets.push(name.replace(/-[0-9a-f]+\.css$/, ''));
  });
  await page.goto('./');
  await ready(page);
  await page.waitForLoadState('networkidle');
  expect([...new Set(sheets)].sort()).toEqual(['first-paint', 'shell']);
  // The first goal card, as it is first drawn: styled by the strategy group's stylesheet.
  await page.evaluate(() => {
    new MutationObserver((_, observer) => {
      const goal = document.querySelector('.goal');
      if (!goal) return;
      (window as any).__firstGoalBorder = getComputedStyle(goal).borderTopStyle;
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('navigation', { name: locales.en.nav.label }).getByRole('link', { name: locales.en.nav.goals, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.en.goals.title);
  await expect.poll(() => page.evaluate(() => (window as any).__firstGoalBorder)).toBe('solid');
  expect([...new Set(sheets)].sort()).toEqual(['first-paint', 'shell', 'strategy']);
});
