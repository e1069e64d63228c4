// The explorer's controls stay mounted while another indicator's file loads (issue 16): changing
// the indicator keeps the very same <select> element, with the focus on it, and only the data
// shown follows the new file.
import { test, expect, locales, ready } from './fixtures';

const en = locales.en.progress;

test('changing the indicator keeps the select mounted and focused', async ({ page }) => {
  await page.goto('explore?indicator=sh_dyn_mort&country=KEN');
  await ready(page);
  await expect(page.locator('#explore-chart-svg g.series')).toHaveCount(1);
  const select = page.getByLabel(en.indicator, { exact: true });
  await expect(select).toHaveValue('sh_dyn_mort');
  // Tag the element itself: a rebuilt select would be a new element without the tag.
  await select.evaluate((el) => {
    (el as any).__mounted = true;
  });
  await select.focus();
  // A slow network: the new file arrives a while after the change.
  await page.route('**/data/indicator/se_prm_nenr.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  const loaded = page.waitForResponse((r) => r.url().endsWith('/data/indicator/se_prm_nenr.json'));
  await select.selectOption('se_prm_nenr');
  await loaded;
  await expect(page).toHaveURL(/indicator=se_prm_nenr/);
  // The new file's series is drawn: the chart's title names it.
  const name = await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0].textContent!.replace(/ \(.*\)$/, ''));
  await expect(page.locator('#explore-chart-svg text.title')).toContainText(name);
  const focus = await page.evaluate(() => {
    const active = document.activeElement as any;
    return { id: active?.id, mounted: active?.__mounted === true };
  });
  expect(focus).toEqual({ id: 'explore-series', mounted: true });
  await expect(select).toHaveValue('se_prm_nenr');
});

// The four controls sit in even columns: two on a laptop or a projector (their left edges in
// line, row by row), one on a phone, none wider than the screen.
for (const { width, height, columns } of [
  { width: 1366, height: 768, columns: 2 },
  { width: 1920, height: 1080, columns: 2 },
  { width: 360, height: 740, columns: 1 },
]) {
  test(`the explorer's controls line up in ${columns} column(s) at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('explore?indicator=sh_dyn_mort&country=KEN');
    await ready(page);
    await expect(page.locator('#explore-chart-svg g.series')).toHaveCount(1);
    const boxes = await page.locator('.explore-controls > .control').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { left: Math.round(r.left), right: Math.round(r.right) };
      }),
    );
    expect(boxes).toHaveLength(4);
    const lefts = [...new Set(boxes.map((b) => b.left))];
    expect(lefts).toHaveLength(columns);
    for (let i = 0; i < 4; i++) expect(boxes[i].left).toBe(boxes[i % columns].left);
    for (const b of boxes) expect(b.right).toBeLessThanOrEqual(width);
    // The "as of" year stands beside its slider.
    const slider = await page.getByLabel(en.as_of, { exact: true }).boundingBox();
    const year = await page.locator('.explore-controls output.year-output').boundingBox();
    expect(year!.x).toBeGreaterThan(slider!.x + slider!.width - 1);
    expect(Math.abs(year!.y + year!.height / 2 - (slider!.y + slider!.height / 2))).toBeLessThan(12);
  });
}

// A donors' series has no value for Kenya: its empty chart and table say so, naming the shown
// countries without values (not a compared donor that has some), in the reader's language.
test('a series with no value for a shown country says so, on the chart and the table', async ({ page }) => {
  const note = page.locator('.indicator-panel .no-values');
  await page.goto('explore?indicator=gm_aid_given_gni&country=KEN&compare=NOR,UGA');
  await ready(page);
  await expect(page.locator('#explore-chart-svg')).toBeVisible();
  await expect(note).toHaveText(en.no_values.replace('{{ names }}', 'Kenya, Uganda'));
  await page.getByRole('tab', { name: en.tab_table }).click();
  await expect(page.locator('.tab-panel tbody tr').first()).toContainText('Norway');
  await expect(note).toHaveText(en.no_values.replace('{{ names }}', 'Kenya, Uganda'));
  await page.goto('explore?indicator=gm_aid_given_gni&country=KEN&lang=es');
  await ready(page);
  await expect(note).toHaveText(locales.es.progress.no_values.replace('{{ names }}', 'Kenia'));
  await page.goto('explore?indicator=sh_dyn_mort&country=KEN');
  await ready(page);
  await expect(page.locator('#explore-chart-svg g.series')).toHaveCount(1);
  await expect(note).toHaveCount(0);
});
