// Slides made for a room (issue 17): each slide is laid out in a fixed frame — 1280 × 720, or
// 1024 × 768 on a 4:3 screen — scaled to fit the screen, and "next" goes through what does not
// fit page by page, and through a checklist item by item, before the next slide
// (src/present/steps.rs, crates/mdg-data/src/slide_pages.rs).
//
// Every built-in deck is walked with → from its first slide to its last step, and at every step:
// no block shown cut at the page's end, nothing wider than the frame, the frame whole on screen.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.describe.configure({ timeout: 300_000 });

/** The blocks a page never cuts (as steps.rs) and the views' own scroll boxes. */
const BLOCKS = 'main :is(h1, h2, h3, h4, p, li, tr, dt, dd, figure, svg, img, table, section, blockquote, pre, .card, .indicator-card, details, summary)';
const SCROLL_BOXES = '.table-scroll, .reporting__grid';

/** The current slide once drawn: its number, step, and what is wrong with it. */
async function current(page: Page) {
  await page.waitForFunction(() => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe.presenter__frame.is-current');
    const doc = frame?.contentDocument;
    return !!doc && !!doc.querySelector('main h1') && !doc.querySelector('.loading, [aria-busy="true"]');
  }, null, { timeout: 30_000 });
  // The page's end is placed once the view has drawn (one animation frame after a change).
  await page.waitForTimeout(300);
  return page.evaluate(([BLOCKS, SCROLL_BOXES]) => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe.presenter__frame.is-current')!;
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    const fold = doc.querySelector('.slide-fold:not([hidden])');
    const top = win.scrollY + (parseFloat(win.getComputedStyle(doc.documentElement).scrollPaddingTop) || 0);
    const height = win.innerHeight - (top - win.scrollY);
    const end = win.scrollY + (fold ? fold.getBoundingClientRect().top : win.innerHeight);
    const cut: string[] = [];
    const cutTop: string[] = [];
    const region = win.location.hash ? doc.getElementById(win.location.hash.slice(1)) : null;
    // The first block drawn below the frame's top edge: how far below it.
    let first = Infinity;
    for (const el of doc.querySelectorAll(BLOCKS)) {
      if (el.closest('[data-reveal]:not(.is-revealed)')) continue;
      const open = el.parentElement?.closest('details:not([open])');
      if (open && !el.closest('summary')) continue;
      const r = el.getBoundingClientRect();
      let t = r.top + win.scrollY;
      let b = r.bottom + win.scrollY;
      const box = el.parentElement?.closest(SCROLL_BOXES);
      if (box) {
        const q = box.getBoundingClientRect();
        t = Math.max(t, q.top + win.scrollY);
        b = Math.min(b, q.bottom + win.scrollY);
      }
      if (b - t <= 0 || b - t > height + 0.5) continue;
      if (t >= win.scrollY - 0.5) first = Math.min(first, t - win.scrollY);
      const name = `${el.tagName} “${(el.textContent ?? '').trim().slice(0, 50)}”`;
      if (t > top - 0.5 && t < end - 0.5 && b > end + 0.5) cut.push(name);
      // A page starts at a block's top, never inside one (which would repeat the page before).
      // (Not the view around a presented region: the slide starts at the region.)
      if (t < top - 0.5 && b > top + 0.5 && !el.closest('thead') && !(region && el.contains(region))) cutTop.push(name);
    }
    const box = frame.getBoundingClientRect();
    return {
      slide: Number(frame.dataset.slide),
      step: Number(doc.documentElement.dataset.slideStep ?? '0'),
      size: `${win.innerWidth}×${win.innerHeight}`,
      cut,
      cutTop,
      wide: doc.documentElement.scrollWidth - win.innerWidth,
      // On a later page (scrolled), the space above its first block (projector.css).
      gap: win.scrollY > 0 && first < Infinity ? first : null,
      // The cover under a page's end reaches past the frame's bottom edge (scaled, the frame drew
      // its last pixels of text over a cover that stopped exactly there).
      coverShort: !!fold && fold.getBoundingClientRect().bottom < win.innerHeight + 8,
      offScreen: box.left < -1 || box.top < -1 || box.right > innerWidth + 1 || box.bottom > innerHeight + 1,
    };
  }, [BLOCKS, SCROLL_BOXES] as const);
}

/** Walks `deck` with → to its last step; returns the states seen. */
async function walk(page: Page, deck: string, frame: string) {
  await page.goto(`present/show?deck=${deck}&slide=1`);
  const seen: Awaited<ReturnType<typeof current>>[] = [];
  for (let i = 0; i < 150; i++) {
    const state = await current(page);
    const last = seen.at(-1);
    if (last && last.slide === state.slide && last.step === state.step) break;
    seen.push(state);
    const where = `${deck}, slide ${state.slide}, step ${state.step}`;
    expect(state.size, where).toBe(frame);
    expect(state.cut, `${where}: blocks cut at the page's end`).toEqual([]);
    expect(state.cutTop, `${where}: blocks cut at the page's start`).toEqual([]);
    expect(state.wide, `${where}: wider than the frame by`).toBeLessThanOrEqual(1);
    if (state.gap !== null) expect(state.gap, `${where}: space above the page's first block`).toBeGreaterThanOrEqual(8);
    expect(state.coverShort, `${where}: the cover under the page's end stops at the frame's edge`).toBe(false);
    expect(state.offScreen, `${where}: the frame is not whole on screen`).toBe(false);
    await page.keyboard.press('ArrowRight');
  }
  return seen;
}

/** Presents a deck of `paths` (a share link's `d` parameter) from its first slide, in `lang`. */
async function present(page: Page, title: string, paths: string[], lang = 'en') {
  const slides = paths.map((path) => ({ path, title: '', notes: '' }));
  const d = Buffer.from(JSON.stringify({ format: 'mdg-explorer-deck', version: 1, title, slides })).toString('base64url');
  await page.goto(`present/show?d=${d}&slide=1&lang=${lang}`);
}

for (const [w, h, frame] of [
  [1366, 768, '1280×720'],
  [1024, 768, '1024×768'],
] as const) {
  test(`every slide of the core deck at ${w}×${h}: a ${frame} frame, nothing cut, paged to its end`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    const seen = await walk(page, 'core', frame);
    const slides = new Set(seen.map((s) => s.slide));
    expect([...slides]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Long views are paged; the checklist is revealed item by item.
    expect(seen.filter((s) => s.slide === 7).length).toBeGreaterThan(13);
    // The monitoring slide shows the pillar's essentials, not its record tables (27 pages before).
    expect(seen.filter((s) => s.slide === 6).length, 'monitoring: steps').toBeLessThanOrEqual(8);
  });
}

test('every slide of a country briefing at 1920×1080 (projector): goal slides show their chart panel', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const seen = await walk(page, 'country-KEN', '1280×720');
  expect(new Set(seen.map((s) => s.slide)).size).toBe(12);
  // A goal slide presents its chart panel, not the rest of the profile below it.
  for (const goal of [2, 3, 4, 5, 6, 7, 8, 9]) expect(seen.filter((s) => s.slide === goal).length).toBeLessThanOrEqual(3);
});

test('the checklist is revealed item by item, and ← takes an item back', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('present/show?deck=core&slide=7');
  await current(page);
  const inner = page.frameLocator('.presenter__frame.is-current');
  const items = inner.locator('.checklist__item');
  const shown = () => items.evaluateAll((els) => els.filter((el) => getComputedStyle(el).visibility === 'visible').length);
  expect(await items.count()).toBeGreaterThan(5);
  expect(await shown()).toBe(0);
  await page.keyboard.press('PageDown');
  await expect.poll(shown).toBe(1);
  await page.keyboard.press(' ');
  await expect.poll(shown).toBe(2);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(shown).toBe(1);
  await expect(page.locator('.presenter__frame.is-current')).toHaveAttribute('data-slide', '7');
  // Back past the first item: the slide before, shown as it ends.
  await page.keyboard.press('PageUp');
  await expect.poll(shown).toBe(0);
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.presenter__frame.is-current')).toHaveAttribute('data-slide', '6');
  const before = await current(page);
  expect(before.step).toBeGreaterThan(0);
  // N skips the rest of a slide.
  await page.keyboard.press('n');
  await expect(page.locator('.presenter__frame.is-current')).toHaveAttribute('data-slide', '7');
  await page.keyboard.press('n');
  await expect(page.locator('.presenter__frame.is-current')).toHaveAttribute('data-slide', '8');
});

test("a chart's compared countries appear one by one, each with its legend entry", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await present(page, 'Child mortality compared', ['/explore?indicator=sh_dyn_mort&country=KEN&compare=UGA,TZA']);
  await current(page);
  const svg = page.frameLocator('.presenter__frame.is-current').locator('main svg[role="img"]').first();
  const shown = () =>
    svg.evaluate((el) => {
      const visible = (sel: string) =>
        [...el.querySelectorAll(sel)].filter((e) => getComputedStyle(e).visibility === 'visible').length;
      return { lines: visible('.series path.line'), legend: visible('line.line') };
    });
  // The main line first; each "next" adds a compared line and its legend entry.
  await expect.poll(shown).toEqual({ lines: 1, legend: 1 });
  await page.keyboard.press('ArrowRight');
  await expect.poll(shown).toEqual({ lines: 2, legend: 2 });
  await page.keyboard.press('ArrowRight');
  await expect.poll(shown).toEqual({ lines: 3, legend: 3 });
  await page.keyboard.press('ArrowLeft');
  await expect.poll(shown).toEqual({ lines: 2, legend: 2 });
});

test('an explorer view added to a deck opens on its chart, not on the page above it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('explore?indicator=sh_dyn_mort&country=KEN&compare=UGA');
  await expect(page.locator('#explore-panel-chart svg[role="img"]')).toBeVisible();
  await page.locator('button.add-to-deck').click();
  const inbox = await page.evaluate(() => localStorage.getItem('mdg-explorer.deck-inbox') ?? '');
  const path = inbox.trim().split('\t')[0];
  expect(path).toBe('/explore?indicator=sh_dyn_mort&country=KEN&compare=UGA#explore-panel-chart');
  await present(page, 'Explorer', [path]);
  await current(page);
  const placed = await page.frameLocator('.presenter__frame.is-current').locator('main').evaluate((main) => {
    const chart = main.querySelector('#explore-panel-chart svg[role="img"]')!.getBoundingClientRect();
    const heading = main.querySelector('h1')!.getBoundingClientRect();
    return { chartTop: chart.top, chartBottom: chart.bottom, headingBottom: heading.bottom, height: innerHeight };
  });
  // The chart fills the slide from its top; the page's heading and controls are above it.
  expect(placed.chartTop).toBeGreaterThanOrEqual(0);
  expect(placed.chartBottom).toBeLessThanOrEqual(placed.height + 1);
  expect(placed.headingBottom).toBeLessThanOrEqual(placed.chartTop - 100);
  expect(placed.headingBottom).toBeLessThan(80);
});

/** On the current slide, each table of the progress grid: its columns, whether any is scrolled out
 * of sight or out of the frame, its smallest type, and whether it lies whole inside the page. */
async function gridTables(page: Page) {
  return page.frameLocator('.presenter__frame.is-current').locator('.grid-wrap').evaluateAll((wraps) => {
    const fold = document.querySelector('.slide-fold:not([hidden]):not(.is-last)');
    const end = fold ? fold.getBoundingClientRect().top : innerHeight;
    return wraps.map((wrap) => {
      const r = wrap.getBoundingClientRect();
      return {
        columns: wrap.querySelectorAll('thead th').length - 1,
        hidden: wrap.scrollWidth - wrap.clientWidth,
        outside: r.right > innerWidth,
        smallest: Math.min(...[...wrap.querySelectorAll('th, td')].map((c) => parseFloat(getComputedStyle(c).fontSize))),
        onPage: r.top >= -1 && r.bottom <= end + 1,
      };
    });
  });
}

/** The progress grid's columns on its own page. */
async function gridColumns(page: Page) {
  const other = await page.context().newPage();
  await other.goto('progress');
  await expect(other.locator('table.progress-grid tbody tr').first()).toBeVisible();
  const n = (await other.locator('table.progress-grid thead th').count()) - 1;
  await other.close();
  return n;
}

/** Walks a grid slide: each table is whole on a page of its own, every column in one of them. */
async function walkGrid(page: Page, minType: number) {
  const frame = page.frameLocator('.presenter__frame.is-current');
  await expect(frame.locator('table.progress-grid tbody tr').first()).toBeVisible();
  const tables = await gridTables(page);
  expect(tables.length, 'the grid in more than one table').toBeGreaterThan(1);
  expect(tables.reduce((n, t) => n + t.columns, 0)).toBe(await gridColumns(page));
  for (const [i, t] of tables.entries()) {
    expect(t.hidden, `table ${i + 1}: columns scrolled out of the slide`).toBeLessThanOrEqual(1);
    expect(t.outside, `table ${i + 1}: wider than the slide`).toBe(false);
    expect(t.smallest, `table ${i + 1}: type`).toBeGreaterThanOrEqual(minType);
  }
  // The first table on the slide's first page; each next one on a page of its own.
  expect((await gridTables(page))[0].onPage, 'table 1 whole on the first page').toBe(true);
  for (let i = 1; i < tables.length; i++) {
    await page.keyboard.press('ArrowRight');
    const state = await current(page);
    expect(state.slide).toBe(1);
    expect(state.cut).toEqual([]);
    expect((await gridTables(page))[i].onPage, `table ${i + 1} whole on a page`).toBe(true);
  }
}

test('on a slide, the progress grid is split into tables a room can read, and the world map fits its first page', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await present(page, 'Grid and map', ['/progress', '/map?indicator=sh_dyn_mort&year=2015']);
  await current(page);
  await walkGrid(page, 14);
  await page.keyboard.press('End');
  const state = await current(page);
  expect(state.slide).toBe(2);
  const map = await page.frameLocator('.presenter__frame.is-current').locator('svg.choropleth').evaluate((svg) => {
    const fold = document.querySelector('.slide-fold:not([hidden]):not(.is-last)');
    return { bottom: svg.getBoundingClientRect().bottom, end: fold ? fold.getBoundingClientRect().top : innerHeight };
  });
  expect(map.bottom, 'the map ends above the page end').toBeLessThanOrEqual(map.end + 1);
});

// In every language: the French and Spanish play buttons are wider, and the year control went
// to a row of its own, pushing the map past the frame.
for (const lang of ['fr', 'es']) {
  test(`in ${lang}, the map slide's controls stay on one row and the map fits its first page`, async ({ page }) => {
    await present(page, 'Map', ['/map?indicator=sh_dyn_mort&year=2015'], lang);
    await current(page);
    const frame = page.frameLocator('.presenter__frame.is-current');
    await expect(frame.locator('html')).toHaveAttribute('lang', lang);
    // The controls sit on their bottom edge: one row, one bottom.
    const bottoms = await frame.locator('.map-controls > .control:visible').evaluateAll((els) =>
      els.map((el) => Math.round(el.getBoundingClientRect().bottom)),
    );
    expect(bottoms.length).toBeGreaterThanOrEqual(2);
    expect(new Set(bottoms).size, 'one row of controls').toBe(1);
    const map = await frame.locator('svg.choropleth').evaluate((svg) => svg.getBoundingClientRect().bottom);
    expect(map).toBeLessThanOrEqual(720);
  });
}

test('in a 4:3 frame, in French, every column of the progress grid is on a page, in type a room can read', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await present(page, 'Grille', ['/progress'], 'fr');
  await current(page);
  await expect(page.frameLocator('.presenter__frame.is-current').locator('html')).toHaveAttribute('lang', 'fr');
  await walkGrid(page, 14);
});

// Ten cards: 4 + 4 + 2 on a 16:9 slide, three a row on a 4:3 one, where the French and Spanish
// themes ran 11 px past the frame until the cards were tightened.
for (const [w, h, lang, rows] of [[1366, 768, 'en', 3], [1024, 768, 'fr', 4], [1024, 768, 'es', 4]] as const) {
  test(`the ten task forces are on one page of their slide (${w}×${h}, ${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    // The core deck's second slide is the Millennium Project; its pages are stepped through with →.
    await page.goto(`present/show?deck=core&slide=2&lang=${lang}`);
    await current(page);
    for (let step = 0; step < 8; step++) {
      const shown = await page.evaluate(() => {
        const frame = document.querySelector<HTMLIFrameElement>('iframe.presenter__frame.is-current')!;
        const doc = frame.contentDocument!;
        const fold = doc.querySelector('.slide-fold:not([hidden])');
        const end = fold ? fold.getBoundingClientRect().top : frame.contentWindow!.innerHeight;
        const cards = [...doc.querySelectorAll('.task-forces > li')].map((li) => li.getBoundingClientRect());
        const whole = cards.filter((r) => r.top >= -0.5 && r.bottom <= end + 0.5);
        return { whole: whole.length, rows: new Set(whole.map((r) => Math.round(r.top))).size };
      });
      if (shown.whole > 0) {
        expect(shown).toEqual({ whole: 10, rows });
        return;
      }
      await page.keyboard.press('ArrowRight');
      await current(page);
    }
    throw new Error('the task forces never came on screen');
  });
}
