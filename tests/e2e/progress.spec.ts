// Country progress views (issue 5): profile with as-of year, indicator explorer (compare, CSV,
// SVG export), world map (slider, play, keyboard), progress grid. The 16 ms update budget is
// checked in timing.spec.ts.
import { test, expect, locales, ready, mapDrawn, profileDrawn, settle } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const en = locales.en.progress;
const countries = JSON.parse(readFileSync(new URL('../../public/data/countries.json', import.meta.url), 'utf8'));

async function statusCounts(page: Page) {
  await profileDrawn(page);
  return page.locator('.summary-list .count').allTextContents();
}

/** Every card's status, once every goal is drawn (a profile draws its later goals in turn). */
async function cardStatuses(page: Page) {
  await profileDrawn(page);
  return page.locator('.indicator-card').evaluateAll((cards) =>
    cards.map((c) => `${c.getAttribute('data-series')}=${c.querySelector('.status-text')?.textContent}`),
  );
}

/** The summary's count per status, and the same counted from the cards' badges. */
async function summaryAndCards(page: Page) {
  return page.evaluate(() => {
    const summary: Record<string, number> = {};
    for (const c of document.querySelectorAll('.summary-list .count')) summary[c.getAttribute('data-status')!] = Number(c.textContent);
    const cards: Record<string, number> = Object.fromEntries(Object.keys(summary).map((k) => [k, 0]));
    for (const b of document.querySelectorAll('.indicator-card .status-badge')) {
      const key = [...b.classList].find((c) => c.startsWith('status-') && c !== 'status-badge')!.slice('status-'.length);
      cards[key] += 1;
    }
    return { summary, cards };
  });
}

test('a deep link to a profile with an as-of year renders the same statuses after reload', async ({ page }) => {
  await page.goto('countries/KEN?as_of=2003');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Kenya' })).toBeVisible();
  await expect(page.locator('#asof')).toHaveValue('2003');
  const counts = await statusCounts(page);
  const statuses = await cardStatuses(page);
  expect(statuses.length).toBeGreaterThan(5);
  await page.reload();
  await ready(page);
  await expect(page.locator('#asof')).toHaveValue('2003');
  expect(await statusCounts(page)).toEqual(counts);
  expect(await cardStatuses(page)).toEqual(statuses);
  // The profile states its groupings and lists indicators without data as such.
  await expect(page.locator('.facts')).toContainText(en.mdg_region);
  await expect(page.locator('.no-data-list').first()).toBeVisible();
});

test('the as-of control changes statuses where the data says so, and back/forward restore them', async ({ page }) => {
  await page.goto('countries/KEN?as_of=1996');
  await ready(page);
  const early = await cardStatuses(page);
  const slider = page.locator('#asof');
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/countries\/KEN\?lang=en$/);
  await expect(page.locator('.asof-year')).toHaveText('2015');
  await expect.poll(async () => (await cardStatuses(page)).filter((s, i) => s !== early[i]).length).toBeGreaterThan(0);
  const late = await cardStatuses(page);
  const changed = late.filter((s, i) => s !== early[i]);
  console.log(`KEN statuses changed between 1996 and 2015: ${changed.length} (e.g. ${changed.slice(0, 3).join('; ')})`);
  // The summary follows the cards.
  const { summary, cards } = await summaryAndCards(page);
  expect(summary).toEqual(cards);
  await page.goBack();
  await expect(page.locator('.asof-year')).toHaveText('1996');
  expect(await cardStatuses(page)).toEqual(early);
  await page.goForward();
  await expect(page.locator('.asof-year')).toHaveText('2015');
  // "Show the working" opens the numbers behind a status.
  const card = page.locator('.indicator-card[data-series="sh_dyn_mort"]');
  await card.getByText(en.show_working).click();
  await expect(card.locator('.working')).toContainText(en.working.required);
});

test('the goal index jumps to each goal below the "as of" bar, keeps the URL\'s year, and a shared #goal link opens there', async ({ page }) => {
  await page.goto('countries/KEN?as_of=2003');
  await ready(page);
  const index = page.getByRole('navigation', { name: en.goal_index });
  const links = index.getByRole('link');
  await expect(links).toHaveCount(8);
  await expect(links.nth(4)).toHaveAttribute('href', /\/mdg-explorer\/countries\/KEN\?as_of=2003&lang=en#goal-5$/);
  await links.nth(4).click();
  await expect(page).toHaveURL(/countries\/KEN\?as_of=2003&lang=en#goal-5$/);
  const heading = page.locator('#goal-5');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  // Not under the sticky "as of" bar.
  const bar = (await page.locator('.asof-control').boundingBox())!;
  const box = (await heading.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
  await expect(page.locator('.asof-year')).toHaveText('2003');
  // On a phone too: the sticky bar is short enough to leave the heading in view.
  await page.setViewportSize({ width: 360, height: 740 });
  await links.nth(6).click();
  const phoneBar = (await page.locator('.asof-control').boundingBox())!;
  const phoneBox = (await page.locator('#goal-7').boundingBox())!;
  expect(phoneBar.height).toBeLessThan(120);
  expect(phoneBox.y).toBeGreaterThanOrEqual(phoneBar.y + phoneBar.height - 1);
  await expect(page.locator('#goal-7')).toBeInViewport();
  await page.setViewportSize({ width: 1366, height: 768 });
  // A link to a goal, opened fresh, scrolls to it once the cards are drawn.
  await page.goto('countries/KEN#goal-7');
  await ready(page);
  await expect(page.locator('#goal-7')).toBeInViewport();
});

test("a card's chart link carries the as-of year chosen last", async ({ page }) => {
  await page.goto('countries/KEN?as_of=2003');
  await ready(page);
  const slider = page.locator('#asof');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page.locator('.asof-year')).toHaveText('1995');
  // The link is brought up to date when it is focused (or pointed at, or clicked).
  const link = page.locator('.indicator-card[data-series="sh_dyn_mort"] a.card-link');
  await link.focus();
  await expect(link).toHaveAttribute('href', /as_of=1995/);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.asof-year')).toHaveText('1996');
  // A click alone (as a screen reader sends it, with no pointer or focus first) follows the new year.
  await link.dispatchEvent('click');
  await expect(page).toHaveURL(/\/explore\?/);
  await expect(page).toHaveURL(/indicator=sh_dyn_mort/);
  await expect(page).toHaveURL(/as_of=1996/);
});

test('compare adds a line; the CSV download matches the table', async ({ page }) => {
  await page.goto('explore?indicator=sh_dyn_mort&country=KEN');
  await ready(page);
  const chart = page.locator('#explore-chart-svg');
  await expect(chart.locator('g.series')).toHaveCount(1);
  await page.getByLabel(en.add_compare).selectOption('UGA');
  await expect(chart.locator('g.series')).toHaveCount(2);
  await expect(page).toHaveURL(/compare=UGA/);
  // The select goes back to "Choose…", ready for the next country.
  await expect(page.getByLabel(en.add_compare)).toHaveValue('');
  await page.getByLabel(en.add_compare).selectOption('WLD');
  await expect(chart.locator('g.series')).toHaveCount(3);
  // The target and required path are drawn. Kenya's latest value is from 2015, so there is no
  // trend to project, and the legend does not list one.
  await expect(chart.locator('path.required')).toHaveAttribute('d', /^M[^L]+L/);
  await expect(chart.locator('line.required')).toHaveCount(1);
  await expect(chart.locator('line.projected')).toHaveCount(0);
  // Legend labels are wrapped, never cut: every word of the required-path label is there.
  const legend = (await chart.locator('text:has(tspan)').allTextContents()).join(' ');
  expect(legend.replace(/\s+/g, ' ')).not.toContain('…');
  await page.getByRole('tab', { name: en.tab_table }).click();
  await expect(page).toHaveURL(/tab=table/);
  const table = page.locator('#explore-table');
  await table.getByRole('button', { name: en.col_value }).click();
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')),
  );
  expect(rows.length).toBeGreaterThan(40);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: en.download_csv }).click();
  const file = await download;
  const csv = readFileSync((await file.path())!, 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe([en.col_entity, en.col_year, en.col_value].join(','));
  expect(lines.slice(1).map((l) => l.split(','))).toEqual(rows);
});

test('as of an earlier year, the trend is projected (dashed) to 2015 and the legend lists it; notes keep off the line', async ({ page }) => {
  await page.goto('explore?indicator=sh_dyn_mort&country=KEN&as_of=2005');
  await ready(page);
  const chart = page.locator('#explore-chart-svg');
  // What was published after 2005 is drawn faded, from the last value known in 2005 on.
  const later = chart.locator('g.series path.line-later');
  await expect(later).toHaveCount(1);
  await expect(later).toHaveAttribute('opacity', '0.3');
  const [knownEnd, laterStart] = await chart.evaluate((svg) => {
    const known = svg.querySelector('g.series path.line')!.getAttribute('d')!;
    const later = svg.querySelector('g.series path.line-later')!.getAttribute('d')!;
    return [known.split(/[ML]/).filter(Boolean).pop()!.trim(), later.slice(1).split(/[ML]/)[0].trim()];
  });
  expect(laterStart).toBe(knownEnd);
  await expect(chart.locator('path.projected')).toHaveAttribute('d', /^M[^L]+L/);
  await expect(chart.locator('line.projected')).toHaveCount(1);
  // Kenya's line rises after 1990: no note sits on it (sampled along the line), nor on another note.
  const clash = await chart.evaluate((svg) => {
    const boxes = [...svg.querySelectorAll<SVGTextElement>('text.note')].map((t) => t.getBBox());
    const line = svg.querySelector<SVGPathElement>('g.series path.line')!;
    const inside = (b: DOMRect, x: number, y: number) => x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height;
    const onLine = boxes.filter((b) => {
      for (let at = 0; at <= line.getTotalLength(); at += 2) {
        const p = line.getPointAtLength(at);
        if (inside(b, p.x, p.y)) return true;
      }
      return false;
    }).length;
    const overlapping = boxes.filter((a, i) =>
      boxes.some((b, j) => i < j && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height),
    ).length;
    return { notes: boxes.length, onLine, overlapping };
  });
  expect(clash).toEqual({ notes: 3, onLine: 0, overlapping: 0 });
});

test('SVG export is a valid SVG containing the chart', async ({ page }) => {
  await page.goto('explore?indicator=sh_dyn_mort&country=KEN&compare=WLD');
  await ready(page);
  await expect(page.locator('#explore-chart-svg g.series')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: en.export_svg }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.svg$/);
  const svg = readFileSync((await file.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.nodeName,
      ns: doc.documentElement.namespaceURI,
      lines: doc.querySelectorAll('g.series path.line').length,
      title: doc.querySelector('text.title')?.textContent ?? '',
    };
  }, svg);
  expect(parsed).toMatchObject({ error: 0, root: 'svg', ns: 'http://www.w3.org/2000/svg', lines: 2 });
  expect(parsed.title).toContain('Kenya');
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: en.export_png }).click();
  expect((await png).suggestedFilename()).toMatch(/\.png$/);
});

test('the sources tab states definition, unit, source, licence and caveat', async ({ page }) => {
  await page.goto('explore?indicator=se_prm_prsl_fe_zs&country=KEN&tab=sources');
  await ready(page);
  const dl = page.locator('dl.sources');
  for (const k of ['definition', 'unit', 'source', 'licence', 'caveat']) await expect(dl).toContainText(en[k]);
  await expect(dl).toContainText('CC BY');
});

test('map: slider and play change the year; keyboard reaches countries with a tooltip', async ({ page }) => {
  await page.goto('map?indicator=sh_dyn_mort&year=2000');
  await ready(page);
  await expect(page.locator('.year-output')).toHaveText('2000');
  await mapDrawn(page);
  const shapes = page.locator('a.map-country');
  expect(await shapes.count()).toBeGreaterThan(150);
  await expect(page.locator('a.map-country circle.dot').first()).toBeAttached();
  await expect(page.locator('.choropleth .nodata').first()).toBeAttached();
  const slider = page.locator('#map-year');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.year-output')).toHaveText('2001');
  await expect(page).toHaveURL(/year=2001/);
  await page.getByRole('button', { name: en.play }).click();
  await expect(page.locator('.year-output')).not.toHaveText('2001', { timeout: 3000 });
  await page.getByRole('button', { name: en.pause }).click();
  const year = Number(await page.locator('.year-output').textContent());
  expect(year).toBeGreaterThan(2001);
  // Keyboard: Tab from the play button into the map, tooltip shows, Enter opens the profile.
  await page.locator('a.map-country').first().focus();
  await page.keyboard.press('Tab');
  const focused = page.locator('a.map-country:focus');
  await expect(focused).toHaveCount(1);
  await expect(page.locator('.map-tooltip')).toBeVisible();
  const iso3 = await focused.getAttribute('data-iso3');
  // Named by its country, described by the focused country's value, year and status.
  const name = countries.countries.find((c: any) => c.iso3 === iso3).name.en;
  await expect(focused).toHaveAccessibleName(name);
  await expect(focused).toHaveAccessibleDescription(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`countries/${iso3}\\?lang=en$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('map and profile: quick steps of the year or indicator show at once and leave one history entry, not one per step', async ({ page }) => {
  const views = [
    { url: 'map?indicator=sh_dyn_mort&year=2000', drawn: mapDrawn, slider: '#map-year', shown: '#map-year-out', param: 'year' },
    { url: 'countries/KEN?as_of=2000', drawn: profileDrawn, slider: '#asof', shown: '.asof-year', param: 'as_of' },
  ];
  for (const { url, drawn, slider, shown, param } of views) {
    await page.goto(url);
    await ready(page);
    await drawn(page);
    // Three steps in one task, the way a held-down arrow key or a fast trainer makes them.
    await page.locator(slider).evaluate((el: HTMLInputElement) => {
      for (const y of ['2001', '2002', '2003']) {
        el.value = y;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    await expect(page.locator(shown)).toHaveText('2003');
    await expect(page).toHaveURL(new RegExp(`${param}=2003`));
    await page.goBack();
    await expect(page.locator(shown)).toHaveText('2000');
    await expect(page).toHaveURL(new RegExp(`${param}=2000`));
  }
  // The map's indicator too (arrow keys on a closed select change it one option at a time).
  await page.goto('map?indicator=sh_dyn_mort&year=2000');
  await ready(page);
  await mapDrawn(page);
  const others = await page.locator('#map-series option').evaluateAll((options) =>
    options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== 'sh_dyn_mort').slice(0, 3),
  );
  await page.locator('#map-series').evaluate((el: HTMLSelectElement, others) => {
    for (const v of others) {
      el.value = v;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }, others);
  await expect(page.locator(`.map-layout[data-series="${others[2]}"]`)).toBeAttached();
  await expect(page).toHaveURL(new RegExp(`indicator=${others[2]}`));
  await page.goBack();
  await expect(page.locator('.map-layout[data-series="sh_dyn_mort"]')).toBeAttached();
});

test('map table twin lists every country', async ({ page }) => {
  await page.goto('map?indicator=sh_dyn_mort&year=2010');
  await ready(page);
  await page.getByText(en.map_table).click();
  await expect(page.locator('.table-twin tbody tr')).toHaveCount(countries.countries.length);
});

test('countries index: accent-insensitive search, filters, share map links to profiles', async ({ page }) => {
  await page.goto('countries');
  await ready(page);
  await expect(page.locator('.country-list li')).toHaveCount(countries.countries.length);
  await page.getByLabel(en.search).fill('cote');
  await expect(page.locator('.country-list li')).toHaveCount(1);
  await expect(page.locator('.country-list')).toContainText("Côte d");
  await expect(page).toHaveURL(/countries\?q=cote&lang=en$/);
  await page.getByLabel(en.search).fill('');
  await page.getByLabel(en.ldc_only).check();
  const ldcs = countries.countries.filter((c: any) => c.ldc).length;
  await expect(page.locator('.country-list li')).toHaveCount(ldcs);
  // Filters live in the URL: reload keeps them, back undoes the last one.
  await page.getByLabel(en.mdg_region).selectOption('sub_saharan_africa');
  await expect(page).toHaveURL(/region=sub_saharan_africa/);
  const ssaLdcs = countries.countries.filter((c: any) => c.ldc && c.mdg_region === 'sub_saharan_africa').length;
  await expect(page.locator('.country-list li')).toHaveCount(ssaLdcs);
  // Let the first load's late requests (the favicon) finish, or the reload aborts them.
  await settle(page);
  await page.reload();
  await ready(page);
  await expect(page.locator('.country-list li')).toHaveCount(ssaLdcs);
  await expect(page.getByLabel(en.mdg_region)).toHaveValue('sub_saharan_africa');
  await expect(page.getByLabel(en.ldc_only)).toBeChecked();
  await page.goBack();
  await expect(page.locator('.country-list li')).toHaveCount(ldcs);
  await expect(page.getByLabel(en.mdg_region)).toHaveValue('');
  await expect(page.locator('.share-map a.map-country').first()).toBeAttached();
  await page.locator('.share-map a.map-country[data-iso3="BRA"]').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Brazil' })).toBeVisible();
});

test('each progress view downloads only the data it shows, once', async ({ page }) => {
  const framework = JSON.parse(readFileSync(new URL('../../public/data/framework.json', import.meta.url), 'utf8'));
  const targeted = new Set(
    framework.series.filter((s: { target_rule?: unknown }) => s.target_rule).map((s: { id: string }) => `indicator/${s.id}.json`),
  );
  const requested: string[] = [];
  page.on('request', (r) => {
    const m = r.url().match(/\/data\/(.+)$/);
    if (m) requested.push(m[1]);
  });
  const visit = async (path: string) => {
    requested.length = 0;
    await page.goto(path);
    await ready(page);
    await page.waitForLoadState('networkidle');
    expect(new Set(requested).size, `${path}: a file requested twice (${requested})`).toBe(requested.length);
    return [...requested].sort();
  };
  expect(await visit('countries/KEN')).toEqual(['countries.json', 'country/KEN.json', 'framework.json']);
  // Compared countries and aggregates come from the indicator's one file; the manifest names
  // the chart's source and licence.
  expect(await visit('explore?indicator=sh_dyn_mort&country=KEN&compare=UGA,WLD')).toEqual([
    'countries.json',
    'framework.json',
    'indicator/sh_dyn_mort.json',
    'manifest.json',
  ]);
  expect(await visit('map?indicator=sh_dyn_mort')).toEqual([
    'countries.json',
    'framework.json',
    'indicator/sh_dyn_mort.json',
    'world.json',
  ]);
  // The share map and the grid need the indicators with a numeric target, and no country files.
  for (const [path, shell] of [
    ['countries', ['countries.json', 'framework.json', 'world.json']],
    ['progress', ['countries.json', 'framework.json']],
  ] as const) {
    const files = await visit(path);
    const indicators = files.filter((f) => f.startsWith('indicator/'));
    expect(files.filter((f) => !f.startsWith('indicator/'))).toEqual(shell);
    expect(indicators.length).toBeGreaterThan(5);
    expect(indicators.filter((f) => !targeted.has(f)), `${path}: indicators without a target`).toEqual([]);
  }
});

test('progress grid: regions × targets with text in every cell, one A4 landscape page', async ({ page }) => {
  await page.goto('progress');
  await ready(page);
  const grid = page.locator('table.progress-grid');
  await expect(grid.locator('tbody tr')).toHaveCount(11);
  const empty = await grid.locator('td').evaluateAll((tds) => tds.filter((td) => !td.textContent?.trim()).length);
  expect(empty).toBe(0);
  // It fits a 1366 px wide screen without sideways scrolling, in each language.
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const lang of ['fr', 'es', 'en'] as const) {
    await page.locator('#lang-select').selectOption(lang);
    await expect(grid.locator('caption')).toHaveText(locales[lang].progress.grid_caption);
    const overflow = await page.locator('.grid-wrap').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, `grid overflow in ${lang}`).toBeLessThanOrEqual(0);
  }
  // It does not scroll, so it does not say it does.
  await expect(page.locator('.progress-grid .scroll-hint')).toHaveCount(0);
  // On a projector its type grows with the page's, it still fits, and it lines up with the heading.
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const lang of ['fr', 'en'] as const) {
    await page.locator('#lang-select').selectOption(lang);
    await expect(grid.locator('caption')).toHaveText(locales[lang].progress.grid_caption);
    const overflow = await page.locator('.grid-wrap').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, `grid overflow at 1920 px in ${lang}`).toBeLessThanOrEqual(0);
  }
  const cell = await grid.locator('td').first().evaluate((td) => parseFloat(getComputedStyle(td).fontSize));
  expect(cell, 'grid type on a projector').toBeGreaterThanOrEqual(15);
  const [wrapLeft, headingLeft] = await Promise.all([
    page.locator('.grid-wrap').evaluate((el) => Math.round(el.getBoundingClientRect().left)),
    page.locator('#main h1').evaluate((el) => Math.round(el.getBoundingClientRect().left)),
  ]);
  expect(wrapLeft).toBe(headingLeft);
  await page.setViewportSize({ width: 1366, height: 768 });
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
});

test('a card whose target is words, not a number, sets them as text, not as a figure', async ({ page }) => {
  await page.goto('countries/KEN');
  await profileDrawn(page);
  const words = [locales.en.progress.target_needs_baseline, locales.en.progress.no_numeric_target];
  const notes = page.locator('.card-figures dd.figure-note');
  expect(await notes.count()).toBeGreaterThan(0);
  for (const text of await notes.allTextContents()) expect(words).toContain(text);
  // Every other target is a figure: a number, in the figures' weight.
  const figures = await page.locator('.card-figures > div:nth-child(3) dd:not(.figure-note)').evaluateAll((dds) =>
    dds.map((dd) => [dd.textContent, getComputedStyle(dd).fontWeight]),
  );
  for (const [text, weight] of figures) {
    expect(text).toMatch(/^[\d.,\s\u00a0]+$/);
    expect(weight).toBe('600');
  }
  const note = await notes.first().evaluate((dd) => getComputedStyle(dd).fontWeight);
  expect(note).toBe('400');
});

test("a modelled series names its modeller in the reader's language", async ({ page }) => {
  await page.goto('countries/KEN?lang=fr');
  await ready(page);
  const note = page.locator('.indicator-card[data-series="sh_dyn_mort"] .card-modelled');
  await expect(note).toContainText(locales.fr.progress.modeller.un_igme);
  await expect(note).not.toContainText('UN IGME');
});

test.describe('on a 360 px phone, in French', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("a profile's facts stay inside the page, the grid's caption stays in view", async ({ page }) => {
    await page.goto('countries/KEN?lang=fr');
    await ready(page);
    await expect(page.locator('.facts dd').first()).toBeVisible();
    const outside = await page.locator('.facts dt, .facts dd').evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect()).filter((r) => r.left < 8 || r.right > innerWidth - 8).length,
    );
    expect(outside, 'facts outside the page margins').toBe(0);
    await page.goto('progress?lang=fr');
    await ready(page);
    const caption = page.locator('#grid-caption > span').first();
    await expect(caption).toBeVisible();
    // The grid is wider than the phone: its caption says it scrolls sideways.
    await expect(page.locator('.progress-grid .scroll-hint')).toHaveText(locales.fr.progress.grid_scroll);
    const box = await caption.evaluate((e) => ({ right: e.getBoundingClientRect().right, width: innerWidth }));
    expect(box.right).toBeLessThanOrEqual(box.width);
  });
});
