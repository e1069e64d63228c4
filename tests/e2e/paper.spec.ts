// The source paper as a reading view (an anchor per paragraph, deep links to a paragraph), the
// "source ¶N" links that lead to it, the decent work lens and the UN Country Team checklist, in
// all three languages.
import { test, expect, locales, ready, strategy, lens, paper } from './fixtures';

const langs = ['en', 'fr', 'es'] as const;
const inLang = (page: any, lang: string) =>
  page.addInitScript((l: string) => localStorage.setItem('mdg-explorer.locale', l), lang);

for (const lang of langs) {
  test(`reading view: 24 anchored paragraphs under the paper's headings (${lang})`, async ({ page }) => {
    await inLang(page, lang);
    await page.goto('source');
    await ready(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales[lang].source.title);
    for (let n = 1; n <= 24; n++) await expect(page.locator(`#p${n}`)).toHaveCount(1);
    await expect(page.locator('.para')).toHaveCount(24);
    await expect(page.locator('#p17')).toContainText('another 60 will launch theirs shortly');
    for (const s of paper.sections) await expect(page.getByRole('heading', { name: s.heading, exact: true })).toBeVisible();
    await expect(page.locator('.paper__end').first()).toHaveText('Geneva, 1 October 2003.');
  });

  test(`reading view: the contents list the paper's headings with their own numbers only (${lang})`, async ({ page }) => {
    await inLang(page, lang);
    await page.goto('source');
    await ready(page);
    const listed = paper.sections.filter((s: any) => s.paragraphs.length > 0);
    const items = page.locator('.paper-contents li');
    await expect(items).toHaveCount(listed.length);
    // The headings are numbered already ("1. Introduction"): the list adds no number of its own.
    expect(await page.locator('.paper-contents').evaluate((e) => getComputedStyle(e).listStyleType)).toBe('none');
    const left = async (i: number) => (await items.nth(i).locator('a').boundingBox())!.x;
    for (const [i, s] of listed.entries()) {
      await expect(items.nth(i)).toHaveText(s.heading);
      // Headings under a numbered one are indented below it.
      if (s.level > 1) expect(await left(i)).toBeGreaterThan(await left(listed.findIndex((t: any) => t.level === 1)));
    }
  });

  test(`checklist: every item with its paragraph (${lang})`, async ({ page }) => {
    await inLang(page, lang);
    await page.goto('checklist');
    await ready(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales[lang].checklist.title);
    const items = page.locator('.checklist__item');
    await expect(items).toHaveCount(lens.checklist.length);
    for (const [i, item] of lens.checklist.entries()) {
      const row = items.nth(i);
      // The text as read, without the glossary tooltips.
      const text = await row.locator('.checklist__text').evaluate((el: HTMLElement) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.term__tip').forEach((t) => t.remove());
        return copy.textContent ?? '';
      });
      expect(text).toContain(item.text[lang]);
      await expect(row.locator('.paras a')).toHaveCount(item.paras.length);
      await expect(row.locator('.paras a').first()).toHaveAttribute('href', new RegExp(`/source#p${item.paras[0]}$`));
    }
  });
}

test('a deep link to a paragraph survives a reload and marks the paragraph', async ({ page }) => {
  await page.goto('source#p18');
  await ready(page);
  await expect(page.locator('#p18')).toHaveClass(/para--target/);
  await expect(page.locator('#p18')).toBeInViewport();
  await page.reload();
  await ready(page);
  await expect(page.locator('#p18')).toBeInViewport();
});

test('"source ¶4" on the country-level page opens paragraph 4', async ({ page }) => {
  await page.goto('country-level');
  await ready(page);
  const rights = page.locator('section[aria-labelledby="rights-heading"]');
  await rights.getByRole('link', { name: 'Source paper, paragraph 4' }).first().click();
  await expect(page).toHaveURL(/\/source\?lang=en#p4$/);
  await expect(page.locator('#p4')).toBeInViewport();
  await expect(page.locator('#p4')).toContainText('the draft Plan prepared by OHCHR');
});

test('the country-level diagram draws no arrow from the UNDAF to the PRSP', async ({ page }) => {
  await page.goto('country-level');
  await ready(page);
  const undaf = page.locator('.process__step').filter({ has: page.locator('[data-step="undaf"]') });
  await expect(undaf.locator('.process__arrow')).toHaveCount(0);
  const cca = page.locator('.process__step').filter({ has: page.locator('[data-step="cca"]') });
  await expect(cca.locator('.process__arrow')).toHaveCount(1);
});

test('the decent work lens follows the paper and links to pillars and indicator data', async ({ page }) => {
  await page.goto('decent-work');
  await ready(page);
  await expect(page.locator('.lens__step')).toHaveCount(lens.decent_work.steps.length);
  const indicators = page.locator('#indicators');
  await expect(indicators.locator('a[href*="/map?indicator="]')).toHaveCount(2);
  await expect(indicators.getByRole('link', { name: strategy.pillars[3].name.en })).toBeVisible();
  // The employment ratio is not a 2003 indicator: the lens says so.
  await expect(page.locator('#entry_points li', { hasText: 'Employment-to-population ratio' }))
    .toContainText('indicator 1.5 of the 2008 list; not in the 2003 list');
  // "·" never starts a line: a no-break space before each.
  for (const line of await page.locator('.lens__links ul:not(.inline-list) > li').allTextContents()) {
    expect(line).not.toMatch(/ ·/);
    expect(line).toContain('\u00a0· ');
  }
  // Every paragraph 1-24 is cited from this page or the pillar pages; here at least ¶1 and ¶24.
  await expect(page.getByRole('link', { name: 'Source paper, paragraph 1', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Source paper, paragraph 24', exact: true })).toBeVisible();
});

test('country-level and monitoring pages show the UNDG and Secretary-General events that concern them', async ({ page }) => {
  await page.goto('country-level');
  await ready(page);
  const ids = strategy.events.filter((e: any) => e.tag === 'country_level' || (e.pillars ?? []).includes('country_level'));
  await expect(page.locator('.pillar-intro .timeline__item')).toHaveCount(ids.length);
  await expect(page.locator('.pillar-intro')).toContainText('ILO joins the UNDG');
  await page.goto('monitoring');
  await ready(page);
  await expect(page.locator('.pillar-intro')).toContainText("Secretary-General's report on the Millennium Declaration");
});

test("the timeline cites the UN's record of the Assembly adopting resolution 57/270 beside the paper", async ({ page }) => {
  await page.goto('timeline');
  await ready(page);
  const item = page.locator('.timeline__item', { hasText: 'adopts resolution 57/270' });
  await expect(item).toContainText('23 June 2003');
  await expect(item.locator('a[href$="/pressrels/2003/ga10141.html"]')).toHaveCount(1);
});
