// Pages that load bundled data: real content on success, a clear message in the affected view on
// every kind of bad file, while the rest of the app keeps working.
import { test, expect, locales, ready } from './fixtures';
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

const badFiles = [
  { kind: 'a missing file', fulfil: { status: 404, body: 'Not found' }, message: /framework\.json.*not found/i },
  { kind: 'malformed JSON', fulfil: { status: 200, body: '{"schema_version": 1, "goals": [' }, message: /framework\.json/ },
  {
    kind: 'an unsupported schema version',
    fulfil: { status: 200, body: JSON.stringify({ ...framework, schema_version: 99 }) },
    message: /framework\.json.*99/,
  },
  {
    kind: 'a value of the wrong type',
    fulfil: { status: 200, body: JSON.stringify({ ...framework, goals: [{ number: 'one', title: framework.goals[0].title }] }) },
    message: /framework\.json.*line \d+, column \d+/,
  },
];

for (const bad of badFiles) {
  test(`${bad.kind} gives a clear message in the affected view only`, async ({ page, problems }) => {
    await page.route('**/data/framework.json', (route) =>
      route.fulfill({ ...bad.fulfil, contentType: 'application/json' }),
    );
    await page.goto('goals');
    await ready(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(locales.en.data.error_title);
    await expect(alert).toContainText(bad.message);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.en.goals.title);
    // The rest of the app keeps working.
    await page.getByRole('navigation', { name: locales.en.nav.label }).getByRole('link', { name: locales.en.nav.about }).click();
    await expect(page.locator('table.data-table tbody tr')).toHaveCount(manifest.sources.length);
    // The 404 above was deliberate.
    const expected = problems.filter((p) => p.includes('framework.json'));
    problems.splice(0, problems.length, ...problems.filter((p) => !expected.includes(p)));
  });
}

// A file that parses but breaks one of its own rules (issue 15): availability.json with a counts
// list shorter than its years used to panic on /monitoring and take the whole app down.
test('a file that breaks a rule names the file and the rule, and the app keeps working', async ({ page, problems }) => {
  const availability = JSON.parse(readFileSync(new URL('../../public/data/availability.json', import.meta.url), 'utf8'));
  availability.indicators[0].counts = availability.indicators[0].counts.slice(0, 3);
  await page.route('**/data/availability.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(availability) }),
  );
  await page.goto('monitoring');
  await ready(page);
  // Each section that reads the file says so (the ILO indicators and the availability view).
  const alert = page.getByRole('alert').first();
  await expect(alert).toContainText(locales.en.data.error_title);
  await expect(alert).toContainText(/availability\.json.*3 yearly counts, not 26/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.en.monitoring.title);
  await page.getByRole('navigation', { name: locales.en.nav.label }).getByRole('link', { name: locales.en.nav.about }).click();
  await expect(page.locator('table.data-table tbody tr')).toHaveCount(manifest.sources.length);
  expect(problems.filter((p) => !p.includes('availability.json'))).toEqual([]);
  problems.splice(0, problems.length);
});
