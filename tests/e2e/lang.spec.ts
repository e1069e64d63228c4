// The language in the URL (issue 17): a shared link opens in the language it was sent in, for
// anyone, and keeps it through in-app navigation and reloads; and a mistyped indicator or country
// link gets a friendly view with a picker instead of a data error.
import { test, expect, locales, ready, settle } from './fixtures';
import { readFileSync } from 'node:fs';

const framework = JSON.parse(readFileSync(new URL('../../public/data/framework.json', import.meta.url), 'utf8'));
const mapped = framework.series.filter((s: { coverage: { countries: number } }) => s.coverage.countries > 0);
const countries = JSON.parse(readFileSync(new URL('../../public/data/countries.json', import.meta.url), 'utf8'));

/** `public/start.js` preloads the file a route's URL names before the app knows it does not exist. */
function forgivePreload(problems: string[], file: RegExp) {
  const kept = problems.filter((p) => !(p.startsWith('HTTP 404') && file.test(p)));
  problems.splice(0, problems.length, ...kept);
}

test.describe('the language in the URL', () => {
  test('a French link opens in French for a fresh visitor, through two clicks and a reload', async ({ page }) => {
    // A fresh browser context whose own language is English, with nothing stored.
    await page.goto('goals?lang=fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.fr.goals.title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveURL(/\/goals\?lang=fr$/);

    const nav = page.getByRole('navigation', { name: locales.fr.nav.label });
    // Both pages are in group menus: open the group, then follow its link.
    await nav.locator('summary', { hasText: locales.fr.nav.strategy_group }).click();
    await nav.getByRole('link', { name: locales.fr.nav.project, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.fr.project.title);
    await expect(page).toHaveURL(/\/project\?lang=fr$/);

    await nav.locator('summary', { hasText: locales.fr.nav.progress_group }).click();
    await nav.getByRole('link', { name: locales.fr.nav.countries, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.fr.countries.title);
    await expect(page).toHaveURL(/\/countries\?lang=fr$/);

    await settle(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.fr.countries.title);
    await expect(page).toHaveURL(/\/countries\?lang=fr$/);
    // Going back leaves the reloaded document: its grid's indicator files, still on their way
    // once the heading shows, would be aborted and reported as failed requests.
    await settle(page);

    // Back through history: each view is still in French.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.fr.project.title);
    await settle(page);
  });

  test("the link's language wins over the one kept in the browser", async ({ page }) => {
    // Spanish kept from an earlier visit (set once: the app then keeps what it shows).
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem('mdg-explorer.locale', 'es');
      sessionStorage.setItem('seeded', '1');
    });
    await page.goto('project?lang=fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.fr.project.title);
    // Without a language in the link, the kept one is used and written into the address bar.
    await page.goto('campaign');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.fr.campaign.title);
    await expect(page).toHaveURL(/\/campaign\?lang=fr$/);
  });

  test('a link without a language gets the one shown; switching changes the address bar', async ({ page }) => {
    await page.goto('timeline?tag=campaign');
    await ready(page);
    await expect(page).toHaveURL(/\/timeline\?tag=campaign&lang=en$/);
    await page.getByLabel(locales.en.lang.label).selectOption('es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.es.timeline.title);
    await expect(page).toHaveURL(/\/timeline\?tag=campaign&lang=es$/);
    await settle(page);
  });

  test('state changes made by the views keep the language', async ({ page }) => {
    await page.goto('explore?lang=fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.fr.progress.explore_title);
    const other = mapped[1].id;
    await page.getByLabel(locales.fr.progress.indicator, { exact: true }).first().selectOption(other);
    await expect(page).toHaveURL(new RegExp(`indicator=${other}.*&lang=fr$`));
    await settle(page);
  });

  test("the presenter's slides speak the presenter's language", async ({ page }) => {
    await page.goto('present/show?deck=core&slide=1&lang=fr');
    const frame = page.locator('.presenter__frame.is-current');
    await expect(frame).toHaveAttribute('src', /[?&]projector=1&lang=fr(#|$)/);
    await expect(page.frameLocator('.presenter__frame.is-current').locator('html')).toHaveAttribute('lang', 'fr');
    await settle(page);
  });
});

test.describe('a mistyped link', () => {
  test('an unknown indicator in the explorer shows a picker, and its links work', async ({ page, problems }) => {
    await page.goto('explore?indicator=nope');
    const heading = page.getByRole('heading', { level: 2, name: 'No indicator “nope”' });
    await expect(heading).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    const picker = page.getByRole('navigation', { name: 'No indicator “nope”' });
    await expect(picker.getByRole('link')).toHaveCount(mapped.length);
    const target = mapped[0];
    await picker.getByRole('link', { name: target.name.en }).click();
    await expect(page).toHaveURL(new RegExp(`/explore\\?.*indicator=${target.id}.*&lang=en$`));
    await expect(page.getByRole('tab', { name: locales.en.progress.tab_chart })).toBeVisible();
    await expect(heading).toHaveCount(0);
    await settle(page);
    forgivePreload(problems, /\/data\/indicator\/nope\.json$/);
  });

  test('an unknown indicator on the map says so in French, with the picker', async ({ page, problems }) => {
    await page.goto('map?indicator=nope&lang=fr');
    await expect(page.getByRole('heading', { level: 2, name: 'Aucun indicateur «\u00a0nope\u00a0»' })).toBeVisible();
    const target = mapped[2];
    await page.getByRole('link', { name: target.name.fr }).click();
    await expect(page).toHaveURL(new RegExp(`/map\\?indicator=${target.id}&lang=fr$`));
    await expect(page.locator('.map-page svg').first()).toBeVisible();
    await settle(page);
    forgivePreload(problems, /\/data\/indicator\/nope\.json$/);
  });

  test('an unknown country shows every country to pick from', async ({ page, problems }) => {
    await page.goto('countries/XXX');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No country “XXX”');
    const picker = page.getByRole('navigation', { name: 'No country “XXX”' });
    await expect(picker.getByRole('link')).toHaveCount(countries.countries.length);
    await picker.getByRole('link', { name: 'Kenya', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kenya');
    await expect(page).toHaveURL(/\/countries\/KEN\?lang=en$/);
    await settle(page);
    forgivePreload(problems, /\/data\/country\/XXX\.json$/);
  });

  test("an unknown country's reports page, in French", async ({ page, problems }) => {
    await page.goto('countries/XXX/reports?lang=fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aucun pays «\u00a0XXX\u00a0»');
    await page.getByRole('link', { name: 'Kenya', exact: true }).click();
    await expect(page).toHaveURL(/\/countries\/KEN\/reports\?lang=fr$/);
    await settle(page);
    forgivePreload(problems, /\/data\/country\/XXX\.json$/);
  });
});
