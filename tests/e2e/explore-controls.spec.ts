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
