// Pages that load bundled data show its real content. Every kind of bad file, and the message
// that replaces the affected view, is in bad-files.spec.ts.
import { test, expect, locales } from './fixtures';
import { readFileSync } from 'node:fs';

const framework = JSON.parse(readFileSync(new URL('../../public/data/framework.json', import.meta.url), 'utf8'));
const countries = JSON.parse(readFileSync(new URL('../../public/data/countries.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('../../public/data/manifest.json', import.meta.url), 'utf8'));
const revision = JSON.parse(readFileSync(new URL('../../public/data/framework-2008.json', import.meta.url), 'utf8'));

test('the goals page lists every goal, target and indicator of the 2003 framework', async ({ page }) => {
  await page.goto('goals');
  await expect(page.locator('section.goal')).toHaveCount(framework.goals.length);
  await expect(page.locator('section.target')).toHaveCount(framework.targets.length);
  await expect(page.locator('.indicator-list > li')).toHaveCount(framework.indicators.length);
  await expect(page.getByRole('heading', { level: 2, name: `Goal 1: ${framework.goals[0].title.en}` })).toBeVisible();
  await page.getByLabel(locales.en.lang.label).selectOption('fr');
  await expect(page.getByRole('heading', { level: 2, name: `Objectif 1 : ${framework.goals[0].title.fr}` })).toBeVisible();
});

test('the goals pages give the 2008 revision and the notes on the official lists', async ({ page }) => {
  await page.goto('goals');
  // An indicator the 2007 revision dropped says so; the others give their 2008 numbers.
  const dropped = framework.indicators.filter((i: any) => i.indicators_2008.length === 0);
  expect(dropped.length).toBeGreaterThan(0);
  const items = page.locator('.indicator-list > li');
  await expect(items.filter({ hasText: `(${locales.en.goals.not_in_2008})` })).toHaveCount(dropped.length);
  await expect(items.filter({ hasText: /\(2008 numbering: / })).toHaveCount(framework.indicators.length - dropped.length);
  // The targets the 2008 list added, under their goals, in their wording.
  const succeeded = new Set(framework.targets.flatMap((t: any) => t.targets_2008));
  const added = revision.targets.filter((t: any) => !succeeded.has(t.id));
  expect(added.map((t: any) => t.id)).toEqual(['5.B', '6.B', '7.B']);
  await expect(page.locator('.added-list > li')).toHaveCount(added.length);
  for (const t of added) {
    await expect(page.locator(`section[aria-labelledby="goal-${t.goal}"] .added-list`)).toContainText(t.text.en);
  }
  // Without the notes, indicators 33-44 would read as target 15's alone.
  const notes = page.getByRole('region', { name: locales.en.goals.notes_heading });
  await expect(notes.locator('li')).toHaveText(revision.notes.map((n: any) => n.en));
  await page.getByLabel(locales.en.lang.label).selectOption('fr');
  await expect(page.getByRole('region', { name: locales.fr.goals.notes_heading }).locator('li')).toHaveText(revision.notes.map((n: any) => n.fr));
  // A goal's own page: the added target's heading ranks with its targets'.
  await page.goto('goals/6?lang=en');
  await expect(page.getByRole('heading', { level: 2, name: locales.en.goals.new_in_2008 })).toBeVisible();
  await expect(page.locator('.added-list')).toContainText(added.find((t: any) => t.goal === 6).text.en);
  await expect(page.getByRole('region', { name: locales.en.goals.notes_heading }).locator('li')).toHaveCount(revision.notes.length);
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
