// A route's downloads start at once: once the first frame is painted, public/start.js requests the
// main module, the page group's wasm chunks and the route's data files together (issue 14); a
// country's first paint requests countries.json itself, earlier, and hands it to the app. Both
// ways are checked against what the app itself fetches: nothing it needs is requested late,
// nothing requested is left unused.
import { test, expect } from './fixtures';

/** What the app fetched (wasm, data) and what start.js preloaded, as paths under the base. */
async function downloads(page: import('@playwright/test').Page, path: string) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    const early: string[] = [];
    (window as any).__fetched = seen;
    (window as any).__early = early;
    const original = window.fetch;
    window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
      const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
      seen.push(url);
      // start.js's own request (a country's first paint), which the app then reads.
      if (/\/data\//.test(url) && /\/start-[0-9a-f]+\.js/.test(new Error().stack ?? '')) early.push(url);
      return original.call(this, input, init);
    } as typeof fetch;
  });
  await page.goto(path);
  await expect(page.locator('main h1').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => {
    const base = document.baseURI;
    const local = (url: string) => url.replace(base, '');
    // The main module, the chunks and the data.
    const wanted = (url: string) => /\.wasm$|\/data\/.+\.json$/.test(url);
    const fetched = [...new Set(((window as any).__fetched as string[]).filter(wanted).map(local))].sort();
    const preloaded = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')]
      .map((link) => link.href)
      .concat((window as any).__early)
      .filter(wanted)
      .map(local)
      .sort();
    return { fetched, preloaded };
  });
}

// Every pattern of start.js's table, and the first view of each page group.
const routes = [
  '',
  'project',
  'project/tf1',
  'goals',
  'goals/4',
  'monitoring',
  'decent-work',
  'checklist',
  'source',
  'about',
  'timeline',
  'countries/KEN',
  'countries/KEN/reports',
  'map',
  'map?indicator=se_prm_nenr&year=2010',
  'explore?indicator=sh_sta_mmrt&country=KEN',
  'methodology',
  'present',
  'present/print',
];

for (const path of routes) {
  test(`/${path} requests its chunks and data at once, and only those`, async ({ page }) => {
    const { fetched, preloaded } = await downloads(page, path);
    expect(fetched.some((f) => f.endsWith('.wasm')), 'the route loads a page group').toBe(true);
    expect(preloaded, 'preloaded by public/start.js = fetched by the app').toEqual(fetched);
  });
}

test('the countries index and the progress grid preload all but their headline indicators', async ({ page }) => {
  for (const path of ['countries', 'progress']) {
    const { fetched, preloaded } = await downloads(page, path);
    // The grid's fourteen indicator files are named in framework.json, read by the app itself.
    expect(preloaded).toEqual(fetched.filter((f) => !f.startsWith('data/indicator/')));
  }
});

// start.js spreads its requests over a few tasks; when the page is busy those tasks can come late.
// Each is slowed here to 300 ms: the app must still fetch nothing before its preload is in, or
// the browser downloads that file twice (seen once in CI: /project's two largest chunks, +61 KB).
test('a slow start still has every preload in before the app fetches, and nothing is downloaded twice', async ({ page }) => {
  await page.addInitScript(() => {
    const wait = window.setTimeout;
    (window as any).setTimeout = (run: TimerHandler, delay?: number, ...rest: unknown[]) =>
      wait(run, /\/start-[0-9a-f]+\.js/.test(new Error().stack ?? '') ? Math.max(delay ?? 0, 300) : delay, ...rest);
    const early: string[] = [];
    (window as any).__early = early;
    const original = window.fetch;
    window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
      const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
      const linked = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].some((l) => l.href === url);
      if (!linked && !/\/start-[0-9a-f]+\.js/.test(new Error().stack ?? '')) early.push(url);
      return original.call(this, input, init);
    } as typeof fetch;
  });
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('project');
  await expect(page.locator('main h1').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as any).__early), 'fetched before their preload').toEqual([]);
  // The icon is asked for again by Chromium as the app updates the address.
  const files = requested.filter((url) => !/favicon/.test(url));
  expect(files.filter((url, i) => files.indexOf(url) !== i), 'requested twice').toEqual([]);
  expect(files.some((url) => url.endsWith('.wasm'))).toBe(true);
});
