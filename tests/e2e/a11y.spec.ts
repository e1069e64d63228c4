// axe-core on every route, in the light and the dark theme.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, sections, ready } from './fixtures';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const section of [...sections, { path: 'no/such/page', label: '404' }]) {
      test(`axe: "${section.label}" has no violations`, async ({ page }) => {
        await page.goto(section.path || './');
        await ready(page);
        await expect(page.locator('.loading')).toHaveCount(0);
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
