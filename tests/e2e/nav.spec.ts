// Way-finding (issue 17): the primary navigation with its groups on one line at 1366 px in every
// language, the phone menu, and the home page's "start here" paths.
import { test, expect, locales, ready, settle } from './fixtures';

const en = locales.en;

for (const lang of ['en', 'fr', 'es'] as const) {
  test(`the navigation fits one line at 1366 px in ${lang}`, async ({ page }) => {
    await page.goto(`map?lang=${lang}`);
    await ready(page);
    const nav = page.getByRole('navigation', { name: locales[lang].nav.label });
    const items = nav.locator('.primary-nav__list > li');
    await expect(items).toHaveCount(6);
    const tops = await items.evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(new Set(tops).size, `tops: ${tops.join(', ')}`).toBe(1);
    // The group of the page shown is marked, and its link is the current page.
    await expect(nav.getByRole('link', { name: locales[lang].progress.map_title, includeHidden: true })).toHaveAttribute('aria-current', 'page');
  });
}

test('a page below a view marks that view, and its group, as where the reader is', async ({ page }) => {
  await page.goto('countries/KEN');
  await ready(page);
  const nav = page.getByRole('navigation', { name: en.nav.label });
  await expect(nav.getByRole('link', { name: en.nav.countries, exact: true, includeHidden: true })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('details.nav-group:has([aria-current="page"]) > summary')).toHaveText(en.nav.progress_group);
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
});

test('a group menu opens, lists its views, closes on Escape and on following a link', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const nav = page.getByRole('navigation', { name: en.nav.label });
  const summary = nav.locator('summary', { hasText: en.nav.progress_group });
  const map = nav.getByRole('link', { name: en.progress.map_title });
  await expect(map).toBeHidden();
  await summary.click();
  for (const name of [en.nav.countries, en.progress.explore_title, en.progress.map_title, en.progress.grid_title]) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(map).toBeHidden();
  await expect(summary).toBeFocused();
  // Keyboard: Enter opens, Tab reaches the links.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: en.nav.countries, exact: true })).toBeFocused();
  // A click outside closes it.
  await page.locator('h1').click();
  await expect(map).toBeHidden();
  await summary.click();
  await map.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.progress.map_title);
  await expect(map).toBeHidden();
  await expect(page.locator('details.nav-group[open]')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('one menu button opens every view; Escape and following a link close it', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    const nav = page.getByRole('navigation', { name: en.nav.label });
    await expect(nav.locator('.primary-nav__list')).toBeHidden();
    const button = nav.getByRole('button', { name: en.nav.menu });
    await button.click();
    const menu = page.getByRole('dialog', { name: en.nav.menu });
    await expect(menu).toBeVisible();
    for (const name of [en.nav.project, en.nav.countries, en.progress.explore_title, en.progress.map_title, en.progress.grid_title, en.nav.about]) {
      await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await button.click();
    await menu.getByRole('link', { name: en.progress.grid_title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.progress.grid_title);
    await expect(menu).toBeHidden();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('"start here" links go where they say', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const start = page.getByRole('region', { name: en.home.start_heading });
  await expect(start.getByRole('link', { name: en.home.pillars_heading })).toHaveAttribute('href', /\/mdg-explorer\/#map-heading$/);
  await expect(start.getByRole('link', { name: en.present.core_title })).toHaveAttribute('href', /\/present\/show\?deck=core/);
  await expect(start.getByRole('link', { name: en.present.print })).toHaveAttribute('href', /\/present\/print\?deck=core/);
  for (const [name, h1] of [
    [en.home.start_country, en.countries.title],
    [en.progress.map_title, en.progress.map_title],
    [en.present.briefing_title, en.present.title],
  ]) {
    await page.goto('./');
    await page.getByRole('region', { name: en.home.start_heading }).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    // Leaving a view while its data loads would abort requests. `networkidle` only covers the
    // document's own load, long past when a link opens a view in the app: wait on the view.
    await settle(page);
  }
});
