// The world map and its colours (issue 17): the whole globe inside the frame, the better end of
// every scale in the same colour, a dark palette that stands out from the dark background.
import { readFileSync } from 'node:fs';
import { test, expect, ready, locales, mapDrawn } from './fixtures';

const indicator = (id: string) =>
  JSON.parse(readFileSync(new URL(`../../public/data/indicator/${id}.json`, import.meta.url), 'utf8'));

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 360, height: 740 },
];

test('the map shows the whole world: every country lies inside the SVG viewport, clear of its edges', async ({ page }) => {
  await page.goto('map?indicator=sh_dyn_mort&year=2010');
  await ready(page);
  await mapDrawn(page);
  // In the map's own units: each country's box (and the globe's outline) at least the width of
  // the focus outline (2.5 units, choropleth.css) inside the viewBox, so nothing touches the
  // frame or is cut; Greenland, 2.3 units under the pole line, did before issue 17.
  const outside = await page.evaluate(() => {
    const svg = document.querySelector('svg.choropleth') as SVGSVGElement;
    const vb = svg.viewBox.baseVal;
    const inset = 2.5;
    const bad: string[] = [];
    const check = (name: string, el: SVGGraphicsElement) => {
      const b = el.getBBox();
      if (b.x < vb.x + inset || b.y < vb.y + inset || b.x + b.width > vb.x + vb.width - inset || b.y + b.height > vb.y + vb.height - inset) {
        bad.push(`${name} ${b.x.toFixed(1)},${b.y.toFixed(1)} ${b.width.toFixed(1)}×${b.height.toFixed(1)}`);
      }
    };
    check('outline', svg.querySelector('.ocean') as SVGGraphicsElement);
    for (const a of svg.querySelectorAll('a.map-country')) check(a.getAttribute('data-iso3') ?? '?', a.firstElementChild as SVGGraphicsElement);
    return { bad, count: svg.querySelectorAll('a.map-country').length };
  });
  expect(outside.count).toBeGreaterThan(150);
  expect(outside.bad).toEqual([]);
  // On screen, at every size, the drawn countries lie inside the SVG's box, and the SVG inside
  // the window.
  for (const size of sizes) {
    await page.setViewportSize(size);
    const off = await page.evaluate(() => {
      const svg = document.querySelector('svg.choropleth') as SVGSVGElement;
      const s = svg.getBoundingClientRect();
      const bad = [...svg.querySelectorAll('a.map-country')]
        .filter((a) => {
          const r = a.getBoundingClientRect();
          return r.left < s.left || r.top < s.top || r.right > s.right || r.bottom > s.bottom;
        })
        .map((a) => a.getAttribute('data-iso3'));
      return { bad, svgRight: s.right, width: document.documentElement.clientWidth };
    });
    expect(off.bad, `${size.width}×${size.height}`).toEqual([]);
    expect(off.svgRight).toBeLessThanOrEqual(off.width);
  }
});

// The legend's text differs from one indicator to the next (ranges, a note for a scale with no
// better direction); sized by it, the legend's column made the map 607 to 944 px wide (EN) and
// every shape was laid out again on each switch (issue 14).
test('the map keeps its size when the indicator changes, in every language', async ({ page }) => {
  for (const lang of ['en', 'fr', 'es']) {
    await page.goto(`map?indicator=sh_dyn_mort&year=2010&lang=${lang}`);
    await ready(page);
    await mapDrawn(page);
    const width = () => page.locator('svg.choropleth').evaluate((svg) => svg.getBoundingClientRect().width);
    const first = await width();
    // The indicator select is as wide as its cap (its options are all wider), whatever is picked.
    const select = () =>
      page.locator('#map-series').evaluate((s) => {
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        return [s.getBoundingClientRect().width, Math.min(36 * rem, innerWidth - 3 * rem)];
      });
    const [selectWidth, cap] = await select();
    expect(selectWidth).toBeCloseTo(cap, 0);
    // Its width is set, not measured from the options: a twin with one short option is as wide.
    // (Measured, every pick had the browser measure all 70 options again, issue 14.)
    const twin = await page.locator('#map-series').evaluate((s) => {
      const control = s.parentElement!.cloneNode(false) as HTMLElement;
      const copy = s.cloneNode(false) as HTMLSelectElement;
      copy.removeAttribute('id');
      copy.add(new Option('x'));
      control.append(copy);
      s.parentElement!.after(control);
      const w = copy.getBoundingClientRect().width;
      control.remove();
      return w;
    });
    expect(twin).toBe(selectWidth);
    // A neutral scale (its legend has a note) and the widest legend in French.
    for (const id of ['dt_oda_odat_gn_zs', 'en_atm_co2e_kt', 'sh_dyn_mort']) {
      await page.locator('#map-series').selectOption(id);
      await expect(page.locator('.map-layout')).toHaveAttribute('data-series', id);
      expect(await width(), `${lang}: ${id}`).toBe(first);
      expect((await select())[0], `${lang}: ${id}`).toBe(selectWidth);
    }
    // The legend's texts stay inside its column.
    const spill = await page.locator('.map-legend').evaluate((legend) => legend.scrollWidth - legend.clientWidth);
    expect(spill, lang).toBeLessThanOrEqual(0);
  }
});

/** The latest value of each country in `year` (as the map colours it). */
function latest(file: any, year: number): [string, number][] {
  return Object.entries(file.countries).flatMap(([iso3, s]: [string, any]) => {
    const upto = s.values.slice(0, year - s.start + 1);
    for (let i = upto.length - 1; i >= 0; i--) if (upto[i] !== null) return [[iso3, upto[i]] as [string, number]];
    return [];
  });
}

for (const { id, lowerIsBetter } of [
  { id: 'sh_dyn_mort', lowerIsBetter: true },
  { id: 'se_prm_nenr', lowerIsBetter: false },
]) {
  test(`one colour logic: on ${id} the better end takes bin-4 and the legend says so`, async ({ page }) => {
    await page.goto(`map?indicator=${id}&year=2015`);
    await ready(page);
    await expect(page.locator(`.map-layout[data-series="${id}"]`)).toBeAttached();
    await mapDrawn(page);
    const values = latest(indicator(id), 2015).sort((a, b) => a[1] - b[1]);
    const drawn = new Set(await page.locator('a.map-country').evaluateAll((as) => as.map((a) => a.getAttribute('data-iso3'))));
    const shown = values.filter(([iso3]) => drawn.has(iso3));
    const [lowest, highest] = [shown[0][0], shown[shown.length - 1][0]];
    const [best, worst] = lowerIsBetter ? [lowest, highest] : [highest, lowest];
    await expect(page.locator(`a.map-country[data-iso3="${best}"] > *`)).toHaveClass(/\bbin-4\b/);
    await expect(page.locator(`a.map-country[data-iso3="${worst}"] > *`)).toHaveClass(/\bbin-0\b/);
    // The legend runs from worse (bin-0) to better (bin-4), whatever the direction.
    const items = page.locator('.map-legend li');
    await expect(items).toHaveCount(6);
    await expect(items.nth(0).locator('rect')).toHaveClass('bin-0');
    await expect(items.nth(0)).toContainText(`(${locales.en.progress.legend_worse})`);
    await expect(items.nth(4).locator('rect')).toHaveClass('bin-4');
    await expect(items.nth(4)).toContainText(`(${locales.en.progress.legend_better})`);
    // The end bins are open ("up to 9.3", "over 90"): their extremes are those of every year.
    const [over, upTo] = ['legend_over', 'legend_up_to'].map((k) => locales.en.progress[k].replace(/\{\{ value \}\}.*/, ''));
    const [worseEnd, betterEnd] = lowerIsBetter ? [over, upTo] : [upTo, over];
    await expect(items.nth(0)).toContainText(new RegExp(`^${worseEnd}`));
    await expect(items.nth(4)).toContainText(new RegExp(`^${betterEnd}`));
  });
}

test('one colour logic: the share map and the grid also put the better end (100 %) in bin-4', async ({ page }) => {
  await page.goto('countries');
  await ready(page);
  const items = page.locator('.share-map .map-legend li');
  await expect(items).toHaveCount(6);
  await expect(items.nth(0).locator('rect')).toHaveClass('bin-0');
  await expect(items.nth(0)).toContainText(`0–20 % (${locales.en.progress.legend_worse})`);
  await expect(items.nth(4).locator('rect')).toHaveClass('bin-4');
  await expect(items.nth(4)).toContainText(`80–100 % (${locales.en.progress.legend_better})`);
  await page.goto('progress');
  await ready(page);
  const grid = page.locator('.grid-legend li');
  await expect(grid).toHaveCount(6);
  await expect(grid.nth(4).locator('.swatch-inline')).toHaveClass(/\bbin-4\b/);
  await expect(grid.nth(4)).toContainText(`80–100 % (${locales.en.progress.legend_better})`);
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('every colour band stands out from the map background (≥ 3:1) and from its neighbours', async ({ page }) => {
    await page.goto('map?indicator=sh_dyn_mort&year=2010');
    await ready(page);
    await expect(page.locator('.map-legend rect.bin-4')).toBeAttached();
    const colours = await page.evaluate(() => {
      const fill = (sel: string) => getComputedStyle(document.querySelector(sel)!).fill;
      return {
        bands: [0, 1, 2, 3, 4].map((i) => fill(`.map-legend rect.bin-${i}`)),
        ocean: fill('.choropleth .ocean'),
        page: getComputedStyle(document.body).backgroundColor,
        // The borders between countries.
        border: getComputedStyle(document.querySelector('.choropleth a.map-country > path')!).stroke,
      };
    });
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    const luminance = (c: string) => {
      const [r, g, b] = rgb(c).map(lin);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    // CIELAB (D65) for the difference between neighbouring bands.
    const lab = (c: string) => {
      const [r, g, b] = rgb(c).map(lin);
      const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
      const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
      const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
      const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
      return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
    };
    const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]));
    const report = colours.bands.map((band, i) => ({
      band: `bin-${i} ${band}`,
      ocean: +contrast(band, colours.ocean).toFixed(2),
      page: +contrast(band, colours.page).toFixed(2),
      border: +contrast(band, colours.border).toFixed(2),
    }));
    // WCAG 2.2 SC 1.4.11 (non-text contrast): 3:1 against what surrounds each band, the ocean,
    // the page behind the legend and the lines between countries.
    for (const r of report) {
      expect(r.ocean, JSON.stringify(report)).toBeGreaterThanOrEqual(3);
      expect(r.page, JSON.stringify(report)).toBeGreaterThanOrEqual(3);
      expect(r.border, JSON.stringify(report)).toBeGreaterThanOrEqual(3);
    }
    // Neighbours: the order reads by lightness alone (each band darker than the one before, by
    // at least 1.2:1) and the colours differ clearly (CIE76 ΔE ≥ 20; 2.3 is "just noticeable").
    for (let i = 1; i < 5; i++) {
      const [a, b] = [colours.bands[i - 1], colours.bands[i]];
      expect(luminance(a), `bin-${i - 1} lighter than bin-${i}`).toBeGreaterThan(luminance(b));
      expect(contrast(a, b), `bin-${i - 1} vs bin-${i}`).toBeGreaterThanOrEqual(1.2);
      expect(deltaE(a, b), `bin-${i - 1} vs bin-${i}`).toBeGreaterThanOrEqual(20);
    }
  });

  // A slide is white whatever the laptop's theme: its map, status hues and grid cells take the
  // light theme's colours too, not dark ones on white (a black ocean, status words at 2:1).
  test('a slide takes the light colours, whatever the system theme', async ({ page }) => {
    const tokens = () =>
      page.evaluate(() => {
        const css = getComputedStyle(document.documentElement);
        return ['--ocean', '--bin-4', '--st-moving-away', '--text', '--bg'].map((p) => css.getPropertyValue(p).trim());
      });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('map?indicator=sh_dyn_mort&year=2010');
    await ready(page);
    const light = await tokens();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('map?indicator=sh_dyn_mort&year=2010&projector=1');
    await expect(page.locator('svg.choropleth .ocean')).toBeAttached();
    const slide = await tokens();
    // The page's own light tokens, except the few the projector theme sets starker.
    expect(slide.slice(0, 3)).toEqual(light.slice(0, 3));
    expect(slide.slice(3)).toEqual(['#000000', '#ffffff']);
    expect(await page.locator('svg.choropleth .ocean').evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(234, 242, 248)');
  });
});
