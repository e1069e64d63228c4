// The static first paint (scripts/first-paint.mjs, public/start.js): before the wasm runs, the page
// already shows its header and heading, in the very place the app then draws them (issue 14).
// The copy sits in a closed shadow root, out of reach of page scripts and test locators; the
// Chrome DevTools Protocol can still read it.
import type { Page } from '@playwright/test';
import { test, expect, locales } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };
type Node = { nodeId: number; nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };

/** The first paint's <h1> for `page` (data-page), its text and box, if it is shown. */
async function firstPaintHeading(page: Page, name: string): Promise<{ text: string; box: Box } | null> {
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
  const h1 = host && find(host, (n) => n.nodeName === 'H1');
  if (!h1) return null;
  const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: h1.nodeId });
  try {
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: h1.nodeId });
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
      const before = await context.newPage();
      await before.route('**/*.wasm', (route) => route.abort());
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
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.addInitScript(() => localStorage.setItem('mdg-explorer.locale', 'fr'));
  await page.goto('project');
  await expect(page.locator('html')).not.toHaveAttribute('data-first-paint');
  expect(await firstPaintHeading(page, 'project')).toBeNull();

  const slide = await context.newPage();
  await slide.route('**/*.wasm', (route) => route.abort());
  await slide.goto('project?projector=1');
  await expect(slide.locator('html')).not.toHaveAttribute('data-first-paint');
  await context.close();
});

test("a link's language decides, before what the browser keeps", async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const french = await context.newPage();
  await french.route('**/*.wasm', (route) => route.abort());
  await french.goto('project?lang=fr');
  await expect(french.locator('html')).not.toHaveAttribute('data-first-paint');

  const english = await context.newPage();
  await english.route('**/*.wasm', (route) => route.abort());
  await english.addInitScript(() => localStorage.setItem('mdg-explorer.locale', 'fr'));
  await english.goto('project?lang=en');
  await expect(english.locator('html')).toHaveAttribute('data-first-paint', 'project');
  await context.close();
});

test('a page without a fixed heading shows no first paint', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('countries/KEN');
  expect(await firstPaintHeading(page, 'countries/KEN')).toBeNull();
  await context.close();
});
