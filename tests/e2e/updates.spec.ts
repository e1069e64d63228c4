// What an update touches, counted in the DOM rather than timed (issue 14): a map step or a
// profile's "as of" change rewrites only the elements whose look changes. A MutationObserver
// records every mutation inside the view during one change; no clock, so a busy machine cannot
// fail it. Script time itself is measured by timing.spec.ts and, next to the D3 peer, by the
// benchmark (notes in ../shared/peers/d3-map).
import { test, expect, ready, mapDrawn, profileDrawn } from './fixtures';
import type { Page } from '@playwright/test';

/** Changes `sel` to `value` (a `change` event), waits for `done`, and returns what the observer
 *  saw inside `root` meanwhile: attribute mutations per attribute name, and the number of
 *  child-list and text mutations. `classesOf` lists the classes of `items` before and after. */
async function observe(page: Page, root: string, items: string, sel: string, value: string, done: string) {
  return page.evaluate(
    ([root, items, sel, value, done]) =>
      new Promise<{ attrs: Record<string, number>; other: number; spark: number; cardClass: number; before: string[]; after: string[] }>((resolve) => {
        const classes = () => Array.from(document.querySelectorAll(items), (e) => e.getAttribute('class') ?? '');
        const before = classes();
        const attrs: Record<string, number> = {};
        let other = 0;
        let spark = 0;
        let cardClass = 0;
        const count = (list: MutationRecord[]) => {
          for (const m of list) {
            if (m.type === 'attributes') attrs[m.attributeName!] = (attrs[m.attributeName!] ?? 0) + 1;
            else other += 1;
            const target = m.target instanceof Element ? m.target : m.target.parentElement;
            if (target?.closest('svg.sparkline')) spark += 1;
            if (m.attributeName === 'class' && target?.closest('.indicator-card')) cardClass += 1;
          }
        };
        const seen = new MutationObserver(count);
        seen.observe(document.querySelector(root)!, { subtree: true, attributes: true, childList: true, characterData: true });
        const el = document.querySelector(sel) as HTMLInputElement | HTMLSelectElement;
        el.value = value;
        el.dispatchEvent(new Event('change', { bubbles: true }));
        const check = () => {
          if (!document.querySelector(done)) return setTimeout(check, 0);
          // Let every queued update land before counting.
          setTimeout(() => {
            count(seen.takeRecords());
            seen.disconnect();
            resolve({ attrs, other, spark, cardClass, before, after: classes() });
          }, 50);
        };
        check();
      }),
    [root, items, sel, value, done] as const,
  );
}

const changed = (a: string[], b: string[]) => a.filter((c, i) => c !== b[i]).length;

test('a map step rewrites only the countries whose colour changes', async ({ page }) => {
  await page.goto('map?indicator=sh_dyn_mort&year=2000');
  await ready(page);
  await mapDrawn(page);
  for (const year of ['2001', '1995', '2010']) {
    const r = await observe(page, 'svg.choropleth', 'a.map-country > *', '#map-year', year, `#map-year-out[data-year="${year}"]`);
    // One class write per recoloured country; the map's own label names the year.
    expect(r.attrs.class ?? 0).toBe(changed(r.before, r.after));
    expect(r.attrs['aria-label']).toBe(1);
    expect(Object.keys(r.attrs).sort()).toEqual(r.attrs.class ? ['aria-label', 'class'] : ['aria-label']);
    expect(r.other).toBe(0);
  }
  // Another indicator recolours many countries, still with one write each and nothing rebuilt.
  await page.evaluate(() => fetch('data/indicator/sh_sta_mmrt.json'));
  const r = await observe(page, 'svg.choropleth', 'a.map-country > *', '#map-series', 'sh_sta_mmrt', '.map-layout[data-series="sh_sta_mmrt"]');
  expect(r.attrs.class).toBe(changed(r.before, r.after));
  expect(r.other).toBe(0);
});

test('an "as of" change leaves the sparklines and the cards it does not move alone', async ({ page }) => {
  await page.goto('countries/KEN?as_of=2000');
  await ready(page);
  await expect(page.locator('.indicator-card').first()).toBeVisible();
  // Every goal drawn (the later ones are drawn in turn), so only the change is observed.
  await profileDrawn(page);
  const r = await observe(page, 'main', '.indicator-card .status-badge', '#asof', '2010', '.asof-year[data-year="2010"]');
  // No sparkline element is written: one style rule moves every "as of" line.
  expect(r.spark).toBe(0);
  // Only the cards whose status moved are restyled.
  const badges = changed(r.before, r.after);
  expect(badges).toBeGreaterThan(0);
  expect(r.cardClass).toBeLessThanOrEqual(badges * 3);
  // Text: the year, the summary, the reports' table, and per card its latest value and status.
  const cards = await page.locator('.indicator-card').count();
  expect(r.other).toBeLessThan(cards * 2);
  console.log(`as of 2000 → 2010: ${badges} of ${cards} statuses moved; ${JSON.stringify(r.attrs)}, ${r.other} text/child mutations`);
});

test("the page's icon is a 32 px PNG: Chromium decodes it again at every change of the address", async ({ page }) => {
  // Every change of the address is a same-document navigation (the URL holds the view), after
  // which Chromium fetches and decodes the icon again: an SVG icon builds an SVG document each
  // time (~1.5 ms of main-thread work, scripts/bench). scripts/favicon.mjs renders the PNG from
  // the SVG. (Quick year steps change the address once, when the year rests: progress/settled.rs.)
  await page.goto('./');
  await ready(page);
  const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(icons).toHaveLength(1);
  expect(icons[0]).toMatch(/\.png$/);
  const size = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, icons[0]);
  expect(size).toEqual([32, 32]);
});

test('a profile renders only the goals near the screen, every goal on a slide', async ({ page }) => {
  // `checkVisibility({ contentVisibilityAuto: true })` is false inside a section the browser
  // skips (content-visibility: auto): its cards are neither laid out nor painted, so an "as of"
  // step that rewrites them costs no layout.
  const rendered = (goal: number) =>
    page.locator(`#goal-${goal}`).evaluate((h) => h.parentElement!.querySelector('.indicator-card')!.checkVisibility({ contentVisibilityAuto: true }));
  await page.goto('countries/KEN');
  await ready(page);
  // Once every section has been laid out, so each keeps its size while skipped.
  await expect(page.locator('.goal-sections[data-sized]:not([aria-busy])')).toBeAttached();
  expect(await rendered(1)).toBe(true);
  await expect.poll(() => rendered(8)).toBe(false);
  await page.locator('#goal-8').scrollIntoViewIfNeeded();
  await expect.poll(() => rendered(8)).toBe(true);
  // A slide measures every block to page it: nothing is skipped there.
  await page.goto('countries/KEN?projector=1');
  await profileDrawn(page);
  expect(await rendered(8)).toBe(true);
});

// Drawing the later cards lays out only what is near the screen: without a `#…` the sections
// away from it are skipped from the first card on (issue 14). With one, every section is laid
// out first, so the section the link reaches is not moved by the ones drawn above it.
test('a profile skips the goals away from the screen from its first card, unless a link aims at one', async ({ page }) => {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const sections = document.querySelector('.goal-sections');
      if (!sections?.querySelector('.goal-section')) return;
      (window as any).__skipping = sections.hasAttribute('data-sized');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('countries/KEN');
  await profileDrawn(page);
  expect(await page.evaluate(() => (window as any).__skipping)).toBe(true);
  await page.goto('about:blank');
  await page.goto('countries/KEN#goal-7');
  await profileDrawn(page);
  expect(await page.evaluate(() => (window as any).__skipping)).toBe(false);
  await expect(page.locator('.goal-sections[data-sized]')).toBeAttached();
  // The goal the link named is on screen, at the top.
  const top = await page.locator('#goal-7').evaluate((h) => h.getBoundingClientRect().top);
  expect(Math.abs(top)).toBeLessThan(200);
});

/** Counts, per mutation callback (so per task), the elements matching `selector` a page adds. */
async function countParts(page: Page, selector: string) {
  await page.addInitScript((selector) => {
    const parts: number[] = [];
    (window as any).__parts = parts;
    new MutationObserver((records) => {
      let added = 0;
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n instanceof Element) added += (n.matches(selector) ? 1 : 0) + n.querySelectorAll(selector).length;
        }
      }
      if (added) parts.push(added);
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  return async () => {
    const parts: number[] = await page.evaluate(() => (window as any).__parts);
    return { parts, total: await page.locator(selector).count() };
  };
}

test('the map draws its countries a part per task, and says it is busy till the last', async ({ page }) => {
  const counted = await countParts(page, 'a.map-country');
  await page.goto('map?indicator=sh_dyn_mort&year=2010');
  await ready(page);
  await mapDrawn(page);
  const { parts, total } = await counted();
  // Each part in a task of its own (a mutation callback each); all of them, each country once.
  expect(parts.length, `parts: ${parts.join(' + ')}`).toBeGreaterThan(2);
  expect(Math.max(...parts)).toBeLessThanOrEqual(50);
  expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
});

test('a profile draws its cards four per task, and says it is busy till the last', async ({ page }) => {
  // A goal section per task was up to 150 ms of main-thread work on a slowed phone.
  const counted = await countParts(page, '.indicator-card');
  await page.goto('countries/KEN');
  await ready(page);
  await profileDrawn(page);
  const { parts, total } = await counted();
  expect(total).toBeGreaterThan(40);
  expect(parts.length, `parts: ${parts.join(' + ')}`).toBeGreaterThan(total / 4 - 1);
  expect(Math.max(...parts)).toBeLessThanOrEqual(4);
  expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
});

test("start.js requests a route's files three per task, not all in one long task", async ({ page }) => {
  // Each request cost the main thread 1–3 ms here: the dozen a route starts made one task of
  // 100–170 ms on a phone 4× slower (the CPU Lighthouse emulates).
  const counted = await countParts(page, 'link[rel="preload"], link[rel="modulepreload"], link[data-group-css]');
  await page.goto('map?indicator=sh_dyn_mort&year=2010');
  await ready(page);
  const { parts, total } = await counted();
  expect(total).toBeGreaterThan(6);
  expect(Math.max(...parts), `parts: ${parts.join(' + ')}`).toBeLessThanOrEqual(3);
  expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
});

test("the app draws its header and footer a task after its router and main", async ({ page }) => {
  // The shell's task was the longest of a first visit; the static first paint shows the header
  // and footer until the app's own are drawn.
  await page.addInitScript(() => {
    const parts: string[][] = [];
    (window as any).__shell = parts;
    new MutationObserver((records) => {
      const added: string[] = [];
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (!(n instanceof Element)) continue;
          for (const sel of ['main#main', 'header.site-header', 'footer.site-footer']) {
            if (n.matches(sel) || n.querySelector(sel)) added.push(sel);
          }
        }
      }
      if (added.length) parts.push(added);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('project');
  await ready(page);
  expect(await page.evaluate(() => (window as any).__shell)).toEqual([['main#main'], ['header.site-header', 'footer.site-footer']]);
});
