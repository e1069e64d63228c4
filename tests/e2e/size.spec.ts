// The first view's real downloads, measured in the browser and brotli-compressed.
import { brotliCompressSync, constants } from 'node:zlib';
import { test, expect, ready } from './fixtures';

import { BUDGET } from '../../scripts/budget.mjs';

test(`the first view loads at most ${BUDGET / 1000} KB brotli`, async ({ page }) => {
  const bodies: Promise<{ url: string; size: number }>[] = [];
  page.on('response', (res) => {
    bodies.push(
      res.body().then((body) => ({
        url: res.url(),
        size: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      })),
    );
  });
  await page.goto('./');
  await ready(page);
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(bodies);
  const total = files.reduce((sum, f) => sum + f.size, 0);
  console.log(
    `first view: ${(total / 1000).toFixed(1)} KB brotli\n` +
      files.map((f) => `  ${(f.size / 1000).toFixed(1).padStart(7)} KB  ${f.url}`).join('\n'),
  );
  expect(files.some((f) => f.url.endsWith('.wasm'))).toBe(true);
  expect(total).toBeLessThanOrEqual(BUDGET);
});
