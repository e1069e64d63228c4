#!/usr/bin/env node
// Screenshots of the release build for a visual check, at laptop and projector sizes:
//   node scripts/screenshots.mjs [base URL] [route ...]
// e.g. with `node tests/e2e/serve.mjs target/e2e-site 4173` running:
//   node scripts/screenshots.mjs http://127.0.0.1:4173/mdg-explorer/ '' goals about
// Writes target/screenshots/<route>-<width>x<height>[-dark].png.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const [base = 'http://127.0.0.1:4173/mdg-explorer/', ...routes] = process.argv.slice(2);
const out = new URL('../target/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 360, height: 740 },
];
for (const colorScheme of ['light', 'dark']) {
  for (const viewport of sizes) {
    const page = await browser.newPage({ viewport, colorScheme });
    for (const route of routes.length ? routes : ['']) {
      await page.goto(base + route);
      await page.locator('header.site-header').waitFor();
      await page.waitForLoadState('networkidle');
      const name = `${route.replaceAll('/', '_') || 'home'}-${viewport.width}x${viewport.height}${colorScheme === 'dark' ? '-dark' : ''}.png`;
      await page.screenshot({ path: out + name });
      console.log(out + name);
    }
    await page.close();
  }
}
await browser.close();
