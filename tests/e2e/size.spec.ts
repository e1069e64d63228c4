// The first view's real downloads, measured in the browser and brotli-compressed
// (scripts/first-visit.mjs: the same count as scripts/bench).
import { test, expect, ready } from './fixtures';

import { BUDGET } from '../../scripts/budget.mjs';
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
