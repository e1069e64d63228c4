// Pages keep their shape on a laptop, a projector and a phone: grids of cards fill even rows
// (style/base.css), and a country's long profile reserves about the height its goals will take
// before they are drawn (src/progress/profile/mod.css).
import { test, expect, locales, mapDrawn, profileDrawn, ready } from './fixtures';
import type { Locator } from '@playwright/test';

const M = locales.en.monitoring;

/** The cards of a grid, row by row: how many in each row (rows told apart by their tops). */
async function rows(items: Locator): Promise<number[]> {
  const tops = await items.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  const counts = new Map<number, number>();
  for (const top of tops) counts.set(top, (counts.get(top) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
}

for (const { width, height, figures, paths, forces } of [
  { width: 1366, height: 768, figures: [3, 3], paths: [3, 3], forces: [5, 5] },
  { width: 1920, height: 1080, figures: [3, 3], paths: [3, 3], forces: [5, 5] },
  { width: 360, height: 740, figures: [1, 1, 1, 1, 1, 1], paths: [1, 1, 1, 1, 1, 1], forces: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
]) {
  test(`card grids fill even rows at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('');
    await ready(page);
    // Six key figures and six further paths: three and three, not four and two.
    expect(await rows(page.locator('.figures > li'))).toEqual(figures);
    const grids = page.locator('#main ul.card-grid');
    await expect(grids).toHaveCount(2);
    expect(await rows(grids.nth(1).locator('> li'))).toEqual(paths);
    // Two cards share their row between them, not a quarter each beside two empty quarters.
    const two = grids.nth(0);
    await expect(two.locator('> li')).toHaveCount(2);
    const [a, b] = await two.locator('> li').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
    const row = await two.evaluate((el) => el.getBoundingClientRect().width);
    if (width > 700) expect(a + b).toBeGreaterThan(row * 0.95);
    else expect(a).toBeGreaterThan(row * 0.95);

    // The ten task forces: five and five.
    await page.goto('project');
    await ready(page);
    await expect(page.locator('.task-forces > li')).toHaveCount(10);
    expect(await rows(page.locator('.task-forces > li'))).toEqual(forces);
  });
}

test('two cards on a wide screen are no wider than a reading column', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('present');
  await ready(page);
  const decks = page.locator('#main ul.present-decks').first().locator('> li');
  await expect(decks).toHaveCount(2);
  const [a, b] = await decks.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()));
  const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const row = await page.locator('#main').evaluate((el) => el.getBoundingClientRect().width);
  expect(a.top).toBe(b.top);
  // Side by side, each at most 30rem and not squeezed into a fifth of the row (as they were).
  for (const box of [a, b]) {
    expect(box.width).toBeGreaterThan(row * 0.25);
    expect(box.width).toBeLessThanOrEqual(30 * rem + 1);
  }
});

// Until a goal is first drawn near the screen (content-visibility), its section takes a height
// worked out from its number of cards. A flat guess made Kenya's profile grow by about 40% as it
// was scrolled on a phone; the estimate is within a few per cent.
for (const { width, height } of [
  { width: 360, height: 740 },
  { width: 1366, height: 768 },
]) {
  test(`a profile's height hardly changes as its goals are drawn, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('countries/KEN');
    await ready(page);
    await profileDrawn(page);
    await expect(page.locator('.goal-sections[data-sized]')).toBeAttached();
    const before = await page.evaluate(() => document.documentElement.scrollHeight);
    // Every section drawn, as if scrolled through.
    await page.locator('.goal-section').evaluateAll((els) => {
      for (const el of els) (el as HTMLElement).style.contentVisibility = 'visible';
    });
    const after = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(Math.abs(after - before) / after).toBeLessThan(0.12);
  });
}

// On a phone the monitoring pillar's table of regions shows each region's share (what orders
// them) without scrolling, in every language, on one line ("22 %" kept whole in French and
// Spanish); only the counts after it may scroll.
for (const lang of ['en', 'fr', 'es']) {
  test(`the table of regions shows its shares on a phone in ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`monitoring?lang=${lang}`);
    await ready(page);
    const table = page.locator('table.reporting__regions');
    await expect(table.locator('tbody tr').first()).toBeVisible();
    const fit = await table.evaluate((el) => ({
      share: el.querySelector('thead th:nth-child(2)')!.getBoundingClientRect().right,
      box: el.closest('.table-scroll')!.getBoundingClientRect().right,
    }));
    expect(fit.share).toBeLessThanOrEqual(fit.box + 1);
    const shares = table.locator('tbody td:nth-of-type(1)');
    for (const share of await shares.allTextContents()) expect(share).toMatch(/^\d+\u00a0%$/);
  });
}

// The timeline's years stay together on a phone, in every language ("2002–" / "2005" before).
for (const lang of ['en', 'fr', 'es']) {
  test(`the timeline's heading keeps its years on one line in ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`timeline?lang=${lang}`);
    await ready(page);
    const tops = await page.locator('#main h1').evaluate((h1) => {
      const text = h1.firstChild as Text;
      const at = (s: string) => {
        const i = text.data.indexOf(s);
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + s.length);
        return Math.round(range.getBoundingClientRect().top);
      };
      return [at('2002'), at('2005')];
    });
    expect(tops[0]).toBe(tops[1]);
  });
}

// A goal's cards go in even rows: as few columns as keep the rows they need (five where four fit:
// 3 + 2, not 4 + 1; ten: 4 + 4 + 2), so the last row is at least half full.
for (const { width, height } of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`a profile's goals keep even rows of cards at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('countries/KEN');
    await ready(page);
    await profileDrawn(page);
    await page.locator('.goal-section').evaluateAll((els) => {
      for (const el of els) (el as HTMLElement).style.contentVisibility = 'visible';
    });
    const sections = page.locator('.goal-section .cards');
    let multi = 0;
    for (let i = 0; i < (await sections.count()); i++) {
      const counts = await rows(sections.nth(i).locator('> *'));
      if (counts.length < 2) continue;
      multi++;
      expect(counts[counts.length - 1] * 2, `goal section ${i + 1}: ${counts.join(' + ')}`)
        .toBeGreaterThanOrEqual(counts[0]);
    }
    // Kenya's goals fill several rows at either width (goal 1 was 4 + 1 at 1366).
    expect(multi).toBeGreaterThan(0);
  });
}

// On a phone the map's play button stays beside the year, not on a row of its own above the map.
for (const lang of ['en', 'fr', 'es']) {
  test(`the map's year and play button share a row on a phone in ${lang}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`map?lang=${lang}`);
    await ready(page);
    const control = page.locator('.map-controls .year-control');
    await expect(control.locator('button.play')).toBeVisible();
    const [slider, play] = await Promise.all(
      ['input[type="range"]', 'button.play'].map((s) =>
        control.locator(s).evaluate((el) => el.getBoundingClientRect()),
      ),
    );
    expect(Math.abs((slider.top + slider.bottom) / 2 - (play.top + play.bottom) / 2)).toBeLessThan(play.height);
    expect(play.right).toBeLessThanOrEqual(360);
  });
}

// The notes under the progress grid keep to the reading measure, in line with the page heading.
test('the progress grid notes keep to a reading measure', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('progress');
  await ready(page);
  const h1 = await page.locator('#main h1').evaluate((el) => el.getBoundingClientRect().left);
  for (const sel of ['.grid-page > p.muted', '.grid-unjudged', '.grid-fits']) {
    const note = page.locator(sel).first();
    await expect(note).toBeVisible();
    const box = await note.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, width: r.width, measure: parseFloat(getComputedStyle(el).maxWidth) };
    });
    expect(Math.abs(box.left - h1)).toBeLessThanOrEqual(1);
    // The measure (72ch), not the page's 1168 px (about 180 characters a line).
    expect(box.measure).toBeLessThan(800);
    expect(box.width).toBeLessThanOrEqual(box.measure + 1);
  }
});

// The monitoring pillar's reporting chart: on a phone a drawing of its own, at about the screen's
// width, whose type stays legible (the wide drawing, squeezed into 313 px, set it about 5 px tall);
// the reference lines are named in a key under it. On a laptop the wide drawing names them itself.
for (const { width, height, shown, hidden } of [
  { width: 360, height: 740, shown: 'narrow', hidden: 'wide' },
  { width: 1366, height: 768, shown: 'wide', hidden: 'narrow' },
]) {
  test(`the reporting chart is drawn for the screen at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('monitoring');
    await ready(page);
    const chart = page.locator('.reporting__chart');
    await expect(chart.locator(`.reporting__drawing--${shown}`)).toBeVisible();
    await expect(chart.locator(`.reporting__drawing--${hidden}`)).toBeHidden();
    const drawing = chart.locator(`.reporting__drawing--${shown}`);
    await expect(drawing.locator('.reporting__bar')).toHaveCount(17);
    const type = await drawing.locator('text.axis').evaluateAll((els) =>
      Math.min(...els.map((el) => el.getBoundingClientRect().height)),
    );
    expect(type, 'the smallest axis label, in px').toBeGreaterThanOrEqual(10);
    const box = await drawing.evaluate((el) => el.getBoundingClientRect().right);
    expect(box).toBeLessThanOrEqual(width);
    const key = chart.locator('.reporting__key');
    if (shown === 'narrow') {
      await expect(key).toBeVisible();
      await expect(key.locator('li')).toHaveText([M.ref_issued, M.ref_expected]);
    } else {
      await expect(key).toBeHidden();
      await expect(drawing.locator('.reporting__ref-label')).toHaveText([M.ref_issued, M.ref_expected]);
    }
  });
}

// The monitoring pillar's heat map of what the data could measure: years across on a laptop, down
// on a phone (across, squeezed into 328 px, its numbers were about 4 px tall), every count legible.
for (const { width, height, shown, hidden } of [
  { width: 360, height: 740, shown: 'tall', hidden: 'wide' },
  { width: 1366, height: 768, shown: 'wide', hidden: 'tall' },
]) {
  test(`the availability heat map is drawn for the screen at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('monitoring');
    await ready(page);
    const drawing = page.locator(`.heatmap__drawing--${shown}`);
    await expect(drawing).toBeVisible();
    await expect(page.locator(`.heatmap__drawing--${hidden}`)).toBeHidden();
    await expect(drawing.locator('rect')).toHaveCount(26 * 7);
    const type = await drawing.locator('text').evaluateAll((els) =>
      Math.min(...els.map((el) => el.getBoundingClientRect().height)),
    );
    expect(type, 'the smallest text, in px').toBeGreaterThanOrEqual(10);
    const right = await drawing.evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(width);
  });
}

// The About page's table of sources is wider than a phone: it scrolls in a region the keyboard
// reaches, and its caption says so (half its columns were out of view, with nothing to tell).
for (const { width, height, scrolls } of [
  { width: 360, height: 740, scrolls: true },
  { width: 1920, height: 1080, scrolls: false },
]) {
  test(`the sources table says whether it scrolls sideways, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('about?lang=fr');
    await ready(page);
    const region = page.getByRole('region', { name: locales.fr.about.sources_caption });
    await expect(region.locator('tbody tr').first()).toBeVisible();
    await expect(region).toHaveAttribute('tabindex', '0');
    const overflows = await region.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    expect(overflows).toBe(scrolls);
    await expect(region.locator('caption .scroll-hint')).toHaveCount(scrolls ? 1 : 0);
    if (scrolls) await expect(region.locator('caption .scroll-hint')).toHaveText(locales.fr.table_scroll);
  });
}

// An indicator card: each value's year on a line of its own under it (about half wrapped between
// the number and the year at 1366 px), and its two actions set smaller than its title.
test("a profile's cards: values above their years, actions smaller than the title", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('countries/KEN');
  await ready(page);
  await profileDrawn(page);
  const card = page.locator('.indicator-card[data-series="sh_dyn_mort"]');
  await card.scrollIntoViewIfNeeded();
  const figure = card.locator('.card-figures > div').nth(1).locator('dd');
  await expect(figure).toHaveText(/^[\d.,]+\s+\(\d{4}\)$/);
  const [value, year] = await figure.evaluate((dd) => {
    const text = dd.firstChild as Text;
    const at = text.data.indexOf('(');
    const box = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, to);
      return range.getBoundingClientRect();
    };
    return [box(0, text.data.indexOf('\n')), box(at, text.data.length)];
  });
  // The year on the line under its value, in smaller type.
  expect(year.top).toBeGreaterThanOrEqual(value.bottom - 1);
  expect(year.height).toBeLessThan(value.height);
  const size = (sel: string) => card.locator(sel).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const title = await size('h3');
  expect(await size('.show-working summary')).toBeLessThan(title);
  expect(await size('.card-link')).toBeLessThan(title);

  // On a phone in French "Dernière valeur" takes two lines: the three values still line up.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('countries/KEN?lang=fr');
  await ready(page);
  await profileDrawn(page);
  const tops = await page
    .locator('.indicator-card[data-series="sh_dyn_mort"] .card-figures dd')
    .evaluateAll((dds) => dds.map((dd) => Math.round(dd.getBoundingClientRect().top)));
  expect(tops).toHaveLength(3);
  expect(new Set(tops).size, `values at ${tops.join(', ')}`).toBe(1);
});

// The world map: its legend is titled by what the colours measure, and the colours' note is
// under the map, as its caption (above it, on a phone, it pushed the map below the fold).
test('the map: legend titled by its unit, the note under the map', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('map?indicator=sh_dyn_mort');
  await ready(page);
  await expect(page.locator('.map-legend .legend-title')).toHaveText('Deaths per 1,000 live births');
  const [map, note] = await Promise.all(
    ['svg.choropleth', '.map-note'].map((s) => page.locator(s).evaluate((el) => el.getBoundingClientRect().top)),
  );
  expect(note).toBeGreaterThan(map);
  expect(map, 'the map starts on the first screen').toBeLessThan(640);
});

// Poverty's series departs from the official indicator and says so (a fit note); child mortality's
// does not. The note is in the legend's column: above the map, it moved the map 50–140 px at each
// switch between the two (and every shape was painted again).
for (const { width, height } of [
  { width: 1366, height: 768 },
  { width: 360, height: 740 },
]) {
  test(`the map stays where it is when the indicator changes, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('map?indicator=sh_dyn_mort&year=2010');
    await ready(page);
    await mapDrawn(page);
    const top = () => page.locator('svg.choropleth').evaluate((el) => Math.round(el.getBoundingClientRect().top + scrollY));
    const first = await top();
    await expect(page.locator('.fit-note')).toHaveCount(0);
    await page.selectOption('#map-series', 'si_pov_dday');
    await expect(page.locator('.map-layout[data-series="si_pov_dday"]')).toBeAttached();
    await expect(page.locator('.map-side .fit-note')).toBeVisible();
    expect(await top()).toBe(first);
    await page.selectOption('#map-series', 'sh_dyn_mort');
    await expect(page.locator('.map-layout[data-series="sh_dyn_mort"]')).toBeAttached();
    await expect(page.locator('.fit-note')).toHaveCount(0);
    expect(await top()).toBe(first);
  });
}

// The same in the explorer: the note is the chart's caption, under it (above it, it moved the chart
// 72 px at 1366 and 136 px at 360 at each switch between the two).
for (const { width, height } of [
  { width: 1366, height: 768 },
  { width: 360, height: 740 },
]) {
  test(`the explorer's chart stays where it is when the indicator changes, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('explore?indicator=sh_dyn_mort&country=KEN');
    await ready(page);
    const chart = page.locator('#explore-chart-svg');
    await expect(chart).toBeVisible();
    const top = () => chart.evaluate((el) => Math.round(el.getBoundingClientRect().top + scrollY));
    const first = await top();
    await expect(page.locator('.fit-note')).toHaveCount(0);
    for (const [series, note] of [['si_pov_dday', 1], ['sh_dyn_mort', 0]] as const) {
      await page.locator('.series-select').selectOption(series);
      await expect(page).toHaveURL(new RegExp(`indicator=${series}`));
      await expect(page.locator('.tab-panel .fit-note')).toHaveCount(note);
      await expect(chart).toBeVisible();
      expect(await top(), series).toBe(first);
    }
  });
}
