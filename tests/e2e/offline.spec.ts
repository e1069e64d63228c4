// Offline use (issue 15): after one visit the app shell and every wasm chunk are stored by the
// service worker, any route opens offline, "Make available offline" stores every data file, a
// view whose data is not stored says so, a whole presentation runs offline, and a new deployment
// is offered as "A new version is available — reload".
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, ready, locales } from './fixtures';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ timeout: 180_000 });

const O = locales.en.offline;
const SITE = process.env.E2E_SITE ?? 'target/e2e-site';

/** First visit with a connection: the service worker installs, precaches and takes control. */
async function install(page: Page, path = '') {
  await page.goto(path);
  await ready(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 });
}

/** Waits until the service worker's data cache holds `file` ("countries.json"). */
async function cached(page: Page, file: string) {
  await page.waitForFunction(async (f) => {
    for (const name of (await caches.keys()).filter((k) => k.startsWith('mdg-data-'))) {
      if ((await (await caches.open(name)).keys()).some((r) => r.url.endsWith(`/data/${f}`))) return true;
    }
    return false;
  }, file, { timeout: 30_000 });
}

/** Drops the expected failures of offline requests from the clean-console check. */
function allowOfflineFailures(problems: string[]) {
  problems.splice(0, problems.length, ...problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|net::ERR_FAILED/.test(p)));
}

/** "Make available offline" on the About page, until every data file is stored. */
async function storeEverything(page: Page) {
  await page.goto('about');
  await page.getByRole('button', { name: /Make available offline/ }).click();
  await expect(page.locator('.offline__status[data-complete="true"]')).toBeVisible({ timeout: 120_000 });
}

test('after one visit the app opens offline: visited views, and a clear message for data not stored', async ({ page, context, problems }) => {
  await install(page, 'countries/KEN');
  await expect(page.getByRole('heading', { level: 1, name: 'Kenya' })).toBeVisible();
  // What the first visit loaded before the worker took over is cached once it does.
  for (const file of ['countries.json', 'framework.json', 'country/KEN.json']) await cached(page, file);
  await context.setOffline(true);
  // A visited deep link, reloaded offline: shell from the precache, data from the data cache.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Kenya' })).toBeVisible();
  await expect(page.locator('.indicator-card').first()).toBeVisible();
  // A never-visited route still opens (every chunk is precached); its data is not stored.
  await page.goto('countries/BRA');
  await ready(page);
  await expect(page.getByRole('heading', { name: O.missing_title }).first()).toBeVisible();
  await expect(page.getByRole('alert').first()).toContainText('data/country/BRA.json');
  // The rest keeps working: navigation to a view whose data is stored.
  await page.getByRole('navigation').first().getByRole('link', { name: locales.en.nav.home }).click();
  await expect(page.getByRole('heading', { level: 1, name: locales.en.home.heading })).toBeVisible();
  allowOfflineFailures(problems);
});

test('"Make available offline" stores every data file; then any view and a whole presentation work offline', async ({ page, context, problems }) => {
  await install(page, 'about');
  const list = JSON.parse(readFileSync(join(SITE, 'mdg-explorer/offline.json'), 'utf8'));
  await storeEverything(page);
  await expect(page.locator('.offline__status')).toContainText(`all ${list.files.length} data files`);
  await context.setOffline(true);
  for (const path of ['countries/BRA', 'map?indicator=sh_dyn_mort&year=2010', 'monitoring', 'source']) {
    await page.goto(path);
    await ready(page);
    await expect(page.locator('main h1').first()).toBeVisible();
    await expect(page.locator('.loading')).toHaveCount(0, { timeout: 20_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  // The core deck from its first slide to its last, every slide's view complete.
  await page.goto('present/show?deck=core&slide=1');
  const count = page.locator('.presenter__count [aria-hidden="true"]');
  const total = Number((await count.textContent())!.split('/')[1].trim());
  for (let n = 1; n <= total; n++) {
    await expect(count).toHaveText(`${n} / ${total}`);
    const frame = page.frameLocator('.presenter__frame.is-current');
    await expect(frame.locator('main h1').first()).toBeVisible({ timeout: 20_000 });
    await expect(frame.locator('.loading')).toHaveCount(0, { timeout: 20_000 });
    await expect(frame.locator('.notice--error')).toHaveCount(0);
    if (n < total) await page.keyboard.press('n');
  }
  allowOfflineFailures(problems);
});

test.describe('a new deployment', () => {
  let dir: string;
  let server: ChildProcess;
  const port = Number(process.env.E2E_PORT ?? 4173) + 100;

  test.beforeAll(async () => {
    // A copy of the build on its own server, so the test can "deploy" a change to it.
    dir = mkdtempSync(join(tmpdir(), 'mdg-update-'));
    cpSync(SITE, dir, { recursive: true });
    server = spawn('node', ['tests/e2e/serve.mjs', dir, String(port)], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 500));
  });
  test.afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test('is offered as "a new version is available — reload", and the reload shows only the new version', async ({ page }) => {
    const base = `http://127.0.0.1:${port}/mdg-explorer/`;
    await page.goto(base);
    await ready(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 });
    await expect(page.locator('.update-banner')).toHaveCount(0);
    // Deploy: a changed file, and the offline files made again as the build makes them.
    const site = join(dir, 'mdg-explorer');
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    writeFileSync(join(site, 'index.html'), index.replace('<head>', '<head><meta name="deployment" content="2">'));
    execFileSync('node', ['scripts/offline.mjs', site]);
    // The app looks for a new deployment when it comes back to the foreground.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const banner = page.locator('.update-banner');
    await expect(banner).toContainText(O.update_ready, { timeout: 60_000 });
    await banner.getByRole('button', { name: O.update_reload }).click();
    await expect(page.locator('meta[name="deployment"]')).toHaveAttribute('content', '2', { timeout: 30_000 });
    await ready(page);
    await expect(page.locator('.update-banner')).toHaveCount(0);
  });
});
