// axe-core on every route, in the light and the dark theme.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, sections, strategyPages, progressPages, ready, locales } from './fixtures';

// The rules whose outcome depends on colours. The themes differ only in their colours (the same
// DOM, other custom properties: style/base.css), so the dark theme is checked with these alone:
// the other rules would only repeat the light theme's findings (and took 7 of axe's 15 s on the
// monitoring page's 5,900 elements, 2 cores).
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

// Every page, the progress views (issue 5) with their state in the URL.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const section of [...sections, ...strategyPages, ...progressPages, { path: 'no/such/page', label: '404' }]) {
      test(`axe: "${section.label}" has no violations`, async ({ page }) => {
        // axe takes 5–15 s on the largest pages (a profile has about 2,000 elements) on 2 cores.
        test.setTimeout(90_000);
        await page.goto(section.path || './');
        await ready(page);
        await expect(page.locator('.loading')).toHaveCount(0);
        const axe = new AxeBuilder({ page });
        const results = await (scheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe).analyze();
        // The colour rules ran, on something (a rule that matched nothing would pass silently).
        const checked = [...results.passes, ...results.violations, ...results.incomplete].map((r) => r.id);
        expect(checked).toContain('color-contrast');
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

// Presenter mode's list of saved decks (issue 6), with two decks and a delete's undo offered.
const savedDecks = JSON.stringify({
  format: 'mdg-explorer-decks',
  version: 1,
  current: 2,
  next_id: 3,
  decks: [
    { id: 1, deck: { format: 'mdg-explorer-deck', version: 1, title: 'Briefing', slides: [{ path: '/goals' }] } },
    { id: 2, deck: { format: 'mdg-explorer-deck', version: 1, title: '', slides: [] } },
  ],
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the deck list (${scheme}) has no violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript((text) => localStorage.setItem('mdg-explorer.decks', text), savedDecks);
    await page.goto('present');
    await ready(page);
    await expect(page.locator('.present-library__item')).toHaveCount(2);
    // With a status message and its undo button showing.
    await page.locator('.present-library__item').first().getByRole('button', { name: locales.en.present.delete }).click();
    await expect(page.getByRole('button', { name: locales.en.present.undo })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  });
}

// The home page with axe's experimental `label-content-name-mismatch` on (off by default): a
// pillar link's accessible name must contain its visible text (WCAG 2.5.3, issue 17), in every
// language and theme.
for (const scheme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'fr', 'es']) {
    test(`axe: the home page (${lang}, ${scheme}) has no violations, label-content-name-mismatch included`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript((l) => localStorage.setItem('mdg-explorer.locale', l), lang);
      await page.goto('./');
      await ready(page);
      await expect(page.locator('.map-pillar')).toHaveCount(4);
      const results = await new AxeBuilder({ page })
        .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
        .analyze();
      // The rule ran (an experimental rule left off would pass silently).
      const ran = [...results.passes, ...results.violations, ...results.incomplete].some((r) => r.id === 'label-content-name-mismatch');
      expect(ran).toBe(true);
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
}
