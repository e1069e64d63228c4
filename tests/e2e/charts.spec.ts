// Charts an audience can read (issue 17): values by keyboard, text size on a phone, credits.
import { test, expect } from './fixtures';

test('arrow keys move through the points and the readout shows and announces the value', async ({ page }) => {
  await page.goto('explore?indicator=sh_dyn_mort&country=KEN');
  const chart = page.locator('#explore-chart-svg');
  await expect(chart.locator('g.series')).toHaveCount(1);
  await chart.focus();
  const readout = page.locator('.chart-readout[role="status"]');
  // The first key shows the latest value known in the "as of" year, with its unit.
  await page.keyboard.press('ArrowLeft');
  await expect(readout).toContainText(/^Kenya, 2015: [\d.]+ deaths per 1,000 live births$/);
  await page.keyboard.press('Home');
  await expect(readout).toContainText('Kenya, 1990:');
  await page.keyboard.press('ArrowRight');
  await expect(readout).toContainText('Kenya, 1991:');
  await expect(readout).toBeVisible();
  // Beside its point: the readout sits over the chart.
  const [box, svg] = [await readout.boundingBox(), await chart.boundingBox()];
  expect(box!.x).toBeGreaterThan(svg!.x);
  expect(box!.y).toBeGreaterThan(svg!.y);
  await expect(chart).toHaveAttribute('aria-describedby', await readout.getAttribute('id') ?? '');
});

test('the credit names the source and its licence, not an internal folder', async ({ page }) => {
  await page.goto('explore?indicator=sh_dyn_mort&country=KEN');
  const credit = page.locator('#explore-chart-svg text.src');
  await expect(credit).toContainText('World Bank');
  await expect(credit).toContainText('CC BY 4.0');
  await expect(credit).not.toContainText('public/data');
  // In the reader's language, the licence without the manifest's English remarks.
  await page.goto('explore?indicator=jmp_wat_imp&country=KEN&lang=fr');
  await expect(credit).toHaveText(/^Source\u00a0: OMS\/UNICEF JMP, via Our World in Data\. Licence\u00a0: CC BY 4\.0\.$/);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('chart text is at least 12 px', async ({ page }) => {
    await page.goto('explore?indicator=sh_dyn_mort&country=KEN');
    const chart = page.locator('#explore-chart-svg');
    await expect(chart.locator('g.series')).toHaveCount(1);
    await expect(chart.locator('text.src')).toContainText('World Bank');
    const smallest = await chart.evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return Math.min(
        ...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
      );
    });
    expect(smallest).toBeGreaterThanOrEqual(12);
  });
});
