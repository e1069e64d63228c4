// The static first paint (scripts/first-paint.mjs, public/start.js): before the wasm runs, the page
// already shows its header and heading, in the very place the app then draws them (issue 14).
// The copy sits in a closed shadow root, out of reach of page scripts and test locators; the
// Chrome DevTools Protocol can still read it.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, locales } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };
type Node = { nodeId: number; nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };

/** A page of `context` whose wasm never loads: what it shows is the static first paint alone. */
async function firstPaintOnly(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  return page;
}

/** The first paint's <h1> for `page` (data-page), its text and box, if it is shown. */
async function firstPaintHeading(page: Page, name: string): Promise<{ text: string; box: Box } | null> {
  return firstPaintElement(page, name, 'H1');
}

/** The first paint's first `tag` element for `page`, which must be shown. */
async function firstPaintBox(page: Page, name: string, tag: string): Promise<{ text: string; box: Box }> {
  const found = await firstPaintElement(page, name, tag);
  expect(found, `the first paint shows a ${tag}`).not.toBeNull();
  return found!;
}

/** The first paint's first `tag` element for `page` (data-page), its text and box, if it is shown. */
async function firstPaintElement(page: Page, name: string, tag: string): Promise<{ text: string; box: Box } | null> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const find = (node: Node, test: (n: Node) => boolean): Node | null => {
    if (test(node)) return node;
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
      const found = find(child, test);
      if (found) return found;
    }
    return null;
  };
  const attr = (n: Node, key: string) => {
    const a = n.attributes ?? [];
    const i = a.indexOf(key);
    return i >= 0 && i % 2 === 0 ? a[i + 1] : null;
  };
  const host = find(root, (n) => attr(n, 'class') === 'first-paint' && attr(n, 'data-page') === name);
  const el = host && find(host, (n) => n.nodeName === tag);
  if (!el) return null;
  const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: el.nodeId });
  try {
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: el.nodeId });
    const [x1, y1, x2, , , y3] = model.border;
    return { text: outerHTML.replace(/<[^>]+>/g, ''), box: { x: x1, y: y1, width: x2 - x1, height: y3 - y1 } };
  } catch {
    return null; // not rendered (display: none)
  }
}

const pages = [
  { path: '', name: 'home', h1: locales.en.home.heading },
  { path: 'project', name: 'project', h1: locales.en.project.title },
  { path: 'present', name: 'present', h1: locales.en.present.title },
  { path: 'map?indicator=sh_dyn_mort&year=2010', name: 'map', h1: null },
];

for (const viewport of [{ width: 1366, height: 768 }, { width: 360, height: 740 }]) {
  for (const { path, name, h1 } of pages) {
    test(`/${path} at ${viewport.width} px: its heading is painted before the wasm, where the app then draws it`, async ({ browser }) => {
      const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
      const before = await firstPaintOnly(context);
      await before.goto(path);
      await expect(before.locator('html')).toHaveAttribute('data-first-paint', name);
      const painted = await firstPaintHeading(before, name);
      expect(painted, 'the first paint shows a heading').not.toBeNull();
      if (h1) expect(painted!.text).toBe(h1);

      const after = await context.newPage();
      await after.goto(path);
      const heading = after.locator('#main h1').first();
      await expect(heading).toBeVisible();
      await expect(after.locator('html')).not.toHaveAttribute('data-first-paint');
      await expect(after.locator('.first-paint')).toHaveCount(0);
      expect(await heading.textContent()).toBe(painted!.text);
      const box = (await heading.boundingBox())!;
      for (const key of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs(box[key] - painted!.box[key]), `heading ${key}: app ${box[key]}, first paint ${painted!.box[key]}`).toBeLessThanOrEqual(1);
      }
      await context.close();
    });
  }
}

test('a reader of another language, and a slide, wait for the app instead', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await firstPaintOnly(context);
  await page.addInitScript(() => localStorage.setItem('mdg-explorer.locale', 'fr'));
  await page.goto('project');
  await expect(page.locator('html')).not.toHaveAttribute('data-first-paint');
  expect(await firstPaintHeading(page, 'project')).toBeNull();

  const slide = await firstPaintOnly(context);
  await slide.goto('project?projector=1');
  await expect(slide.locator('html')).not.toHaveAttribute('data-first-paint');
  await context.close();
});

test("a link's language decides, before what the browser keeps", async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const french = await firstPaintOnly(context);
  await french.goto('project?lang=fr');
  await expect(french.locator('html')).not.toHaveAttribute('data-first-paint');

  const english = await firstPaintOnly(context);
  await english.addInitScript(() => localStorage.setItem('mdg-explorer.locale', 'fr'));
  await english.goto('project?lang=en');
  await expect(english.locator('html')).toHaveAttribute('data-first-paint', 'project');
  await context.close();
});

test('a page without a fixed heading shows no first paint', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await firstPaintOnly(context);
  await page.goto('goals/4');
  expect(await firstPaintHeading(page, 'goals/4')).toBeNull();
  // Nor a profile opened on another year: its status heading would say another year.
  await page.goto('countries/KEN?as_of=2003');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).not.toHaveAttribute('data-first-paint');
  await context.close();
});

for (const viewport of [{ width: 1366, height: 768 }, { width: 412, height: 823 }]) {
  test(`a country's profile at ${viewport.width} px: its name, facts and status heading painted before the wasm, where the app draws them`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
    const countries = JSON.parse(readFileSync(new URL('../../public/data/countries.json', import.meta.url), 'utf8'));
    // Kenya is the copy's model; the Democratic Republic of the Congo has other facts, and a name
    // that takes two lines on a phone.
    for (const iso3 of ['KEN', 'COD']) {
      const country = countries.countries.find((c: { iso3: string }) => c.iso3 === iso3);
      const group = (id: string) => countries.groups.find((g: { id: string }) => g.id === id).name.en;
      const before = await firstPaintOnly(context);
      const sheets: string[] = [];
      before.on('request', (r) => r.resourceType() === 'stylesheet' && sheets.push(new URL(r.url()).pathname));
      await before.goto(`countries/${iso3}`);
      await expect(before.locator('html')).toHaveAttribute('data-first-paint', 'country');
      // Styled with the page's own stylesheets (copies), not by downloading them again.
      expect(sheets.length, sheets.join(' ')).toBe(new Set(sheets).size);
      // The country's words, in the copy's slots (light DOM, so a locator sees them).
      const slots = before.locator('.first-paint[data-page="country"] [slot]');
      await expect(slots).toHaveText([
        country.name.en,
        group(country.mdg_region),
        group(country.income_group),
        country.ldc ? locales.en.progress.yes : locales.en.progress.no,
      ]);
      const painted = await firstPaintBox(before, 'country', 'H2');
      const paintedName = (await before.locator('.first-paint [slot="name"]').boundingBox())!;

      const after = await context.newPage();
      const requested: string[] = [];
      after.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await after.goto(`countries/${iso3}`);
      await expect(after.locator('#main h1')).toHaveText(country.name.en);
      await expect(after.locator('html')).not.toHaveAttribute('data-first-paint');
      await expect(after.locator('.first-paint')).toHaveCount(0);
      const summary = after.locator('#summary-h');
      await expect(summary).toHaveText(painted.text);
      const app = { h2: (await summary.boundingBox())!, name: (await after.locator('#main h1').boundingBox())! };
      for (const key of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs(app.h2[key] - painted.box[key]), `${iso3} status heading ${key}: app ${app.h2[key]}, first paint ${painted.box[key]}`).toBeLessThanOrEqual(1);
      }
      for (const key of ['x', 'y'] as const) {
        expect(Math.abs(app.name[key] - paintedName[key]), `${iso3} name ${key}`).toBeLessThanOrEqual(1);
      }
      // The app reads the countries file the first paint fetched: one download, not two.
      expect(requested.filter((p) => p.endsWith('/data/countries.json'))).toHaveLength(1);
      await before.close();
      await after.close();
    }
    await context.close();
  });
}

test('an unknown country shows no first paint', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await firstPaintOnly(context);
  await page.goto('countries/XXX');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).not.toHaveAttribute('data-first-paint');
  await context.close();
});

test("a profile whose countries file fails: no first paint, no script error, the app says so", async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/data/countries.json', (route) => route.abort());
  await page.goto('countries/KEN');
  await expect(page.locator('#main [role="alert"]').first()).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-first-paint');
  expect(errors).toEqual([]);
  await context.close();
});

// Layout shifts of a first visit on a phone, the CPU slowed 4× (as Lighthouse's mobile profile
// does, so the app's drawing spreads over more frames). The goal is CLS ≤ 0.02 (scripts/bench
// measures it with Lighthouse); this check has a wide margin. Shifts under the first paint count
// too: the browser does not know the copy hides them. The countries index on a projector: its
// list and filters jumped 530 px when the share map above them came in (0.07).
const PHONE = { width: 412, height: 823 };
for (const [path, viewport] of [
  ...['', 'project', 'countries/KEN', 'map?indicator=sh_dyn_mort&year=2010', 'present'].map((p) => [p, PHONE] as const),
  ['countries', { width: 1920, height: 1080 }] as const,
]) {
  const device = viewport === PHONE ? 'a phone' : 'a projector';
  test(`a first visit to /${path} on ${device} barely shifts (layout shifts ≤ 0.05)`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const shifts: string[] = [];
      (window as any).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as any[]) {
          if (!e.hadRecentInput) shifts.push(`${e.value.toFixed(4)} ${e.sources.map((s: any) => s.node?.nodeName).join(',')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await expect(page.locator('html[data-first-paint]')).toHaveCount(0, { timeout: 20_000 });
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
    await page.waitForTimeout(500);
    const shifts: string[] = await page.evaluate(() => (window as any).__shifts);
    const total = shifts.reduce((sum, s) => sum + Number(s.split(' ')[0]), 0);
    expect(total, `layout shifts: ${shifts.join("; ")}`).toBeLessThanOrEqual(0.05);
    await context.close();
  });
}
