// Pages that load bundled data show its real content. Every kind of bad file, and the message
// that replaces the affected view, is in bad-files.spec.ts.
import { test, expect, locales } from './fixtures';
import { readFileSync } from 'node:fs';

const framework = JSON.parse(readFileSync(new URL('../../public/data/framework.json', import.meta.url), 'utf8'));
const countries = JSON.parse(readFileSync(new URL('../../public/data/countries.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('../../public/data/manifest.json', import.meta.url), 'utf8'));

test('the goals page lists every goal, target and indicator of the 2003 framework', async ({ page }) => {
  await page.goto('goals');
  await expect(page.locator('section.goal')).toHaveCount(framework.goals.length);
  await expect(page.locator('section.target')).toHaveCount(framework.targets.length);
  await expect(page.locator('.indicator-list > li')).toHaveCount(framework.indicators.length);
  await expect(page.getByRole('heading', { level: 2, name: `Goal 1: ${framework.goals[0].title.en}` })).toBeVisible();
  await page.getByLabel(locales.en.lang.label).selectOption('fr');
  await expect(page.getByRole('heading', { level: 2, name: `Objectif 1 : ${framework.goals[0].title.fr}` })).toBeVisible();
});

test('the countries page lists every country', async ({ page }) => {
  await page.goto('countries');
  await expect(page.locator('.country-list li')).toHaveCount(countries.countries.length);
  await expect(page.locator('.counts')).toContainText(String(countries.countries.length));
});

test('the about page lists every source of the manifest', async ({ page }) => {
  await page.goto('about');
  await expect(page.locator('table.data-table tbody tr')).toHaveCount(manifest.sources.length);
  for (const source of manifest.sources) {
    await expect(page.getByRole('link', { name: source.title, exact: true })).toHaveAttribute('href', source.url);
  }
});
