// National MDG Reports on the record (issue 18): who reported when on the monitoring page, each
// country's reports on its "as of" timeline beside its data, and the briefing's slide. Every
// count is checked against public/data/mdgr.json, worked out here independently of the app.
import { readFileSync } from 'node:fs';
import { test, expect, locales, ready, mdgr } from './fixtures';

const M = locales.en.monitoring;
const countries = JSON.parse(readFileSync(new URL('../../public/data/countries.json', import.meta.url), 'utf8'));

type Report = { iso3: string; year: number; title: string; url: string };
const reports: Report[] = mdgr.reports;
const reporting = new Set(reports.map((r) => r.iso3));
const byCountry = (iso3: string) => reports.filter((r) => r.iso3 === iso3).sort((a, b) => a.year - b.year);
// A country with several reports in different years, for the profile tests.
const several = [...reporting].sort().find((c) => new Set(byCountry(c).map((r) => r.year)).size >= 3)!;

test('monitoring: who reported when, counted as the file says', async ({ page }) => {
  await page.goto('monitoring');
  await ready(page);
  const section = page.locator('section.reporting');
  await expect(section.getByRole('heading', { name: M.reporting_heading })).toBeVisible();
  await expect(section).toContainText(`${reports.length} reports from ${reporting.size} countries`);
  const by2003 = new Set(reports.filter((r) => r.year <= 2003).map((r) => r.iso3)).size;
  await expect(section.locator('.reporting__by2003')).toHaveAttribute('data-count', String(by2003));
  await expect(section.locator('.reporting__by2003 a')).toHaveText('¶17');
  // One bar per year 2000–2016, the last one every reporting country (in the laptop's drawing;
  // layout.spec.ts checks which drawing each screen shows).
  const drawing = section.locator('.reporting__drawing--wide');
  const bars = drawing.locator('.reporting__bar');
  await expect(bars).toHaveCount(17);
  await expect(bars.last().locator('title')).toHaveText(`2016: ${reporting.size}`);
  // The paper's figures are the reference lines.
  await expect(drawing.locator('.reporting__ref')).toHaveCount(2);
  // Every MDG region, the least reporting first.
  const regionIds = [...new Set(countries.countries.map((c: any) => c.mdg_region))];
  const rows = section.locator('.reporting__regions tbody tr');
  await expect(rows).toHaveCount(regionIds.length);
  const share = (id: string) => {
    const members = countries.countries.filter((c: any) => c.mdg_region === id);
    return members.filter((c: any) => reporting.has(c.iso3)).length / members.length;
  };
  const first = await rows.first().getAttribute('data-region');
  expect(share(first!)).toBe(Math.min(...regionIds.map((id) => share(id as string))));
  // The country × year grid: a row per reporting country; a sample row matches the file.
  await expect(section.locator('.mdgr-grid tbody tr')).toHaveCount(reporting.size);
  const row = section.locator(`.mdgr-grid tr[data-iso3="${several}"] td`);
  const expected = Array.from({ length: 17 }, (_, i) => {
    const n = reports.filter((r) => r.iso3 === several && r.year === 2000 + i).length;
    return n ? String(n) : '';
  });
  await expect(row).toHaveText(expected);
});

test('a profile lists its reports on the as-of timeline', async ({ page }) => {
  const list = byCountry(several);
  const asOf = list[1].year;
  await page.goto(`countries/${several}?as_of=${asOf}`);
  await ready(page);
  const section = page.locator('section.mdgrs');
  const items = section.locator('.mdgr-list li');
  await expect(items).toHaveCount(list.length);
  const published = list.filter((r) => r.year <= asOf).length;
  await expect(section.locator('.mdgr-sofar')).toHaveAttribute('data-count', String(published));
  for (const [i, r] of list.entries()) {
    await expect(items.nth(i).getByRole('link')).toHaveAttribute('href', r.url);
    await expect(items.nth(i)).toHaveClass(r.year > asOf ? /later/ : /^(?!.*later)/);
  }
  // Report years are marked on the timeline; later years are faded.
  const marks = section.locator('.mdgr-timeline td.mdgr-mark:not(:empty)');
  await expect(marks).toHaveCount(new Set(list.map((r) => r.year)).size);
  await expect(section.locator('.mdgr-timeline thead th.later')).toHaveCount(2016 - asOf);
  // Moving the year moves what counts as published.
  await page.locator('#asof').fill('2015');
  await page.locator('#asof').dispatchEvent('change');
  // 2015 is the default year, so it leaves the URL.
  await expect(page).toHaveURL(new RegExp(`countries/${several}\\?lang=en$`));
  const by2015 = list.filter((r) => r.year <= 2015).length;
  await expect(section.locator('.mdgr-sofar')).toHaveAttribute('data-count', String(by2015));
  // The stand-alone page, for presenting.
  await section.getByRole('link', { name: locales.en.progress.reported_page }).click();
  await expect(page).toHaveURL(new RegExp(`countries/${several}/reports\\?lang=en$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('reported');
  await expect(page.locator('.mdgr-list li')).toHaveCount(list.length);
});

test('a country without a report in the record says so', async ({ page }) => {
  const none = countries.countries.map((c: any) => c.iso3).find((c: string) => !reporting.has(c) && c === 'FRA');
  await page.goto(`countries/${none}/reports`);
  await ready(page);
  await expect(page.locator('.mdgr-sofar')).toHaveText(locales.en.progress.no_mdgr);
  await expect(page.locator('.mdgr-list li')).toHaveCount(0);
});

test('French: the reports page is in French', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('mdg-explorer.locale', 'fr'));
  await page.goto(`countries/${several}/reports`);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ce que le pays a publié');
  await expect(page.locator('.mdgr-timeline caption')).toContainText('rapports nationaux sur les OMD');
});
