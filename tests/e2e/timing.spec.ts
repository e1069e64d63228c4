// Timings measured in Chromium: the country progress updates (issue 5: at most 16 ms of script
// for the map's year or indicator and the profile's as-of year, all ~215 countries).
//
// This file runs as its own Playwright project after every other test (playwright.config.ts),
// alone on the machine, so that the other worker's browser does not eat into the measurement.
// Run it by itself with `npx playwright test tests/e2e/timing.spec.ts --no-deps`.
import { test, expect, ready, mapDrawn, profileDrawn } from './fixtures';
import type { Page } from '@playwright/test';

/** Script time of one update, measured in Chromium: CDP ScriptDuration (all script run, wasm
 *  and JS, main thread) from just before the change event until the update has settled — every
 *  microtask and the first macrotask after it, and `done` (a selector) matches — plus the wall
 *  time from dispatch to that point. Nothing else runs in the page meanwhile (no polling). */
async function measure(page: Page, selector: string, value: string, done: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const script = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value;
  const before = await script();
  const wall = await page.evaluate(
    ([sel, val, done]) =>
      new Promise<number>((resolve) => {
        const el = document.querySelector(sel) as HTMLInputElement | HTMLSelectElement;
        el.value = val;
        const t0 = performance.now();
        el.dispatchEvent(new Event('change', { bubbles: true }));
        const check = () => (document.querySelector(done) ? resolve(performance.now() - t0) : setTimeout(check, 0));
        setTimeout(check, 0);
      }),
    [selector, value, done] as const,
  );
  const after = await script();
  await cdp.detach();
  return { wall, script: (after - before) * 1000 };
}

test('performance: map year/indicator and profile as-of updates stay within 3× the 16 ms script target', async ({ page }) => {
  await page.goto('map?indicator=sh_dyn_mort&year=2015');
  await ready(page);
  await mapDrawn(page);
  const results: Record<string, { wall: number; script: number }[]> = { year: [], indicator: [], as_of: [] };
  const YEARS = ['2000', '2005', '1995', '2010', '2015', '2003', '2008', '1998'];
  const WARM_UP = ['2012', '2001', '1996', '2013'];
  // A few unmeasured changes first: the first steps after a page load cost more (Chromium
  // compiles wasm lazily, and optimises hot functions later). In one CI run the first five year
  // steps took 10–14 ms and the next three 4 ms. What is measured is a slider in use.
  for (const y of WARM_UP) await measure(page, '#map-year', y, `#map-year-out[data-year="${y}"]`);
  for (const y of YEARS) {
    results.year.push(await measure(page, '#map-year', y, `#map-year-out[data-year="${y}"]`));
  }
  // Indicator: the file is fetched first (network is not script), then the switch is measured.
  for (const s of ['sh_sta_mmrt', 'sh_dyn_mort', 'sh_sta_mmrt', 'sh_dyn_mort', 'sh_sta_mmrt']) {
    // Read to the end: a body left unread was cancelled later, a failed request (one CI run).
    await page.evaluate((id) => fetch(`data/indicator/${id}.json`).then((r) => r.text()), s);
    results.indicator.push(await measure(page, '#map-series', s, `.map-layout[data-series="${s}"]`));
  }
  await page.goto('countries/KEN');
  await ready(page);
  await expect(page.locator('.indicator-card').first()).toBeVisible();
  await profileDrawn(page);
  for (const y of WARM_UP) await measure(page, '#asof', y, `.asof-year[data-year="${y}"]`);
  for (const y of YEARS) {
    results.as_of.push(await measure(page, '#asof', y, `.asof-year[data-year="${y}"]`));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [k, v] of Object.entries(results)) {
    const script = v.map((r) => r.script);
    console.log(
      `${k}: script ms best ${Math.min(...script).toFixed(1)}, median ${median(script).toFixed(1)} ` +
        `(${script.map((x) => x.toFixed(1)).join(', ')}) | dispatch→settled ms ${v.map((r) => r.wall.toFixed(1)).join(', ')}`,
    );
  }
  // The product target is 16 ms of script for an update of all ~215 countries; its precise
  // figures, and the ratio to the D3 peer, come from `scripts/bench` (issue 14). CI keeps a wide
  // margin, three times the target, so that a busy machine never turns it red (one run on a
  // shared machine measured 17.3 ms for a check that took 10 ms alone). The median is asserted
  // (a single sample can catch a garbage collection or a lazily compiled function).
  const BUDGET_MS = 3 * 16;
  for (const [k, v] of Object.entries(results)) {
    expect(median(v.map((r) => r.script)), `${k} update script time (median)`).toBeLessThanOrEqual(BUDGET_MS);
  }
});
