// Strict Content Security Policy (issue 15): the release build, served with the policy as an HTTP
// header (as the README tells hosts to), runs every route without a single violation: the
// sections, the Core Strategy and country progress pages, presenter mode through several slides,
// the speaker window and the handouts. Violations are caught in every frame by a
// `securitypolicyviolation` listener installed before any of the page's own scripts.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test as base, type Page } from '@playwright/test';
import { test, expect, sections, strategyPages, progressPages, locales, settle } from './fixtures';

const SITE = process.env.E2E_SITE ?? 'target/e2e-site';
const HTML = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const POLICY = HTML.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
const P = locales.en.present;

// Slides and handouts are the whole app in frames: these tests load many of them.
test.describe.configure({ timeout: 120_000 });

// A server of this worker's own on a free port: the shared one (playwright.config.ts) sends no
// policy header, and a fixed second port could clash with other builds tested side by side.
let server: ChildProcess;
let origin = '';

test.beforeAll(async () => {
  server = spawn('node', ['tests/e2e/serve.mjs', SITE, '0', '--csp'], { stdio: ['ignore', 'pipe', 'inherit'] });
  origin = await new Promise<string>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
    server.stdout!.on('data', (chunk: Buffer) => {
      const found = chunk.toString().match(/http:\/\/127\.0\.0\.1:\d+/);
      if (found) resolve(found[0]);
    });
  });
});

test.afterAll(() => {
  server?.kill();
});

/** The absolute URL of an app path on the policy-sending server. */
const url = (path: string) => `${origin}/mdg-explorer/${path}`;

/** Starts recording policy violations in every frame of `page`; returns the live list. */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('__cspViolation', ({ frame }, text: string) => violations.push(`${frame.url()}: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const where = `${e.sourceFile || 'inline'}:${e.lineNumber}`;
        (window as any).__cspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${where} ${e.sample}`);
      },
      true,
    );
  });
  return violations;
}

/** Opens `path` with the policy as an HTTP header and waits until its main heading is shown. */
async function open(page: Page, path: string) {
  const res = await page.goto(url(path));
  expect(res?.headers()['content-security-policy']).toBe(POLICY);
  await expect(page.locator('main h1').first()).toBeVisible();
}

/** A test that runs `steps` and then requires that no frame saw a policy violation. */
function clean(title: string, steps: (page: Page) => Promise<void>) {
  test(title, async ({ page }) => {
    const violations = await recordViolations(page);
    await steps(page);
    await settle(page);
    expect(violations).toEqual([]);
  });
}

test('the policy is in index.html and in each of the README\'s three host configurations', () => {
  expect(POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  expect(readme.split(POLICY).length - 1).toBe(3);
});

base('a violation is caught (the header is sent and the listener works)', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto(url('about'));
  await expect(page.locator('main h1').first()).toBeVisible();
  await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations[0]).toContain('style-src');
});

const pages = [
  ...sections.map((s) => ({ path: s.path, label: s.label })),
  ...strategyPages,
  ...progressPages,
];

for (const { path, label } of pages) {
  clean(`"${label}" runs without violations`, (page) => open(page, path));
}

clean('the map tooltip is placed without a style attribute', async (page) => {
  await open(page, 'map?indicator=sh_dyn_mort&year=2010');
  await page.locator('a.map-country').first().focus();
  const tooltip = page.locator('.map-tooltip');
  await expect(tooltip).toBeVisible();
  expect(await tooltip.evaluate((el) => (el as HTMLElement).style.left)).toMatch(/%$/);
});

clean('the sparklines\' "as of" rule comes from a constructed style sheet, not a <style> element', async (page) => {
  await open(page, 'countries/KEN?as_of=2003');
  // 2003 on the sparklines' 1990–2015 scale (4 to 156 user units): 4 + 13/25 × 152 = 83.04.
  const after = page.locator('svg.sparkline .spark-after').first();
  await expect.poll(() => after.evaluate((el) => getComputedStyle(el).transform)).toBe('matrix(1, 0, 0, 1, 83, 0)');
  const adopted = () => page.evaluate(() => document.adoptedStyleSheets.length);
  expect(await adopted()).toBe(1);
  await expect(page.locator('style')).toHaveCount(0);
  await settle(page);
  // Leaving the profile takes its sheet away.
  await page.getByRole('navigation', { name: locales.en.nav.label }).getByRole('link', { name: locales.en.nav.goals }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.en.goals.title);
  expect(await adopted()).toBe(0);
});

clean('presenter mode through several slides runs without violations', async (page) => {
  await page.goto(url('present/show?deck=core&slide=1'));
  const current = page.frameLocator('.presenter__frame.is-current');
  await expect(current.locator('html.projector')).toHaveCount(1);
  for (const slide of [2, 3, 4, 5]) {
    await page.keyboard.press('n');
    await expect(page.locator('.presenter__frame.is-current')).toHaveAttribute('data-slide', String(slide));
    await expect(current.locator('main h1').first()).toBeVisible();
  }
  // A key pressed inside the slide reaches the deck (public/start.js).
  await current.locator('main h1').first().click();
  await page.keyboard.press('p');
  await expect(page.locator('.presenter__frame.is-current')).toHaveAttribute('data-slide', '4');
});

clean('the speaker window runs without violations', async (page) => {
  await page.goto(url('present/speaker?deck=core'));
  await expect(page.getByRole('heading', { level: 1, name: P.speaker_title })).toBeVisible();
});

clean('the handouts run without violations', async (page) => {
  await page.goto(url('present/print?deck=core'));
  const frames = page.frameLocator('.handout iframe');
  await expect(page.locator('.handout')).toHaveCount(10);
  for (let i = 0; i < 10; i++) {
    await expect(frames.nth(i).locator('h1').first()).toBeVisible({ timeout: 30_000 });
  }
});
