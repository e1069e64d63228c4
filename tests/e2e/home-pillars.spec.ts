// The home page's pillar boxes (issue 17): each name stays inside its box in every language and
// is drawn at 12 px or more (a narrow layout on phones), and each link is named by what it shows.
import { readFileSync } from 'node:fs';
import { test, expect, ready } from './fixtures';

const home = JSON.parse(readFileSync(new URL('../../public/data/home.json', import.meta.url), 'utf8'));

const sizes = [
  { width: 1366, height: 768 },
  { width: 360, height: 740 },
];

for (const lang of ['en', 'fr', 'es'] as const) {
  test(`every pillar label fits its box and is readable (${lang}, 1366×768 and 360×740)`, async ({ page }) => {
    await page.addInitScript((l) => localStorage.setItem('mdg-explorer.locale', l), lang);
    await page.goto('./');
    await ready(page);
    await expect(page.locator('.map-pillar')).toHaveCount(4);
    await expect(page.locator('.map-pillar__name').nth(2)).toHaveText(home.pillars[2].name[lang]);
    for (const size of sizes) {
      await page.setViewportSize(size);
      // The layout follows the window's resize event: wait for the redraw before measuring.
      await expect(page.locator('svg.strategy-map__svg--narrow')).toHaveCount(size.width <= 560 ? 1 : 0);
      const overflows = await page.locator('.map-pillar').evaluateAll((gs) =>
        gs.flatMap((g) => {
          const box = g.querySelector('.map-pillar__box') as HTMLElement;
          const frame = g.querySelector('rect')!.getBoundingClientRect();
          const out: string[] = [];
          if (box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight) {
            out.push(`${g.getAttribute('data-pillar')}: ${box.scrollWidth}×${box.scrollHeight} in ${box.clientWidth}×${box.clientHeight}`);
          }
          // Every line of text drawn inside the box's frame, and at least 12 px tall as drawn
          // (the diagram scales its text with it; a phone gets the narrow layout).
          const scale = (g.ownerSVGElement as SVGSVGElement).getScreenCTM()!.a;
          for (const el of g.querySelectorAll('.map-pillar__box span')) {
            const drawn = parseFloat(getComputedStyle(el).fontSize) * scale;
            if (drawn < 12) out.push(`${g.getAttribute('data-pillar')}: "${el.textContent}" drawn at ${drawn.toFixed(1)} px`);
            for (const r of el.getClientRects()) {
              if (r.left < frame.left || r.right > frame.right || r.top < frame.top || r.bottom > frame.bottom) {
                out.push(`${g.getAttribute('data-pillar')}: "${el.textContent}" outside its box`);
              }
            }
          }
          return out;
        }),
      );
      expect(overflows, `${lang} ${size.width}×${size.height}`).toEqual([]);
    }
  });
}

test('a pillar link is named by what it shows and described by its summary', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const pillar = home.pillars[2];
  const link = page.getByRole('link', { name: `Pillar 3 ${pillar.name.en}`, exact: true });
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAccessibleDescription(pillar.summary.en);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the diagram is drawn once, in its narrow layout (not wide first, then narrow)', async ({ page }) => {
    await page.addInitScript(() => {
      (window as any).__diagrams = [];
      new MutationObserver((records) => {
        for (const r of records) {
          for (const n of r.addedNodes) {
            if (n instanceof Element) {
              for (const svg of [n, ...n.querySelectorAll('*')].filter((e) => e.matches('svg.strategy-map__svg'))) {
                (window as any).__diagrams.push(svg.getAttribute('viewBox'));
              }
            }
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('./');
    await ready(page);
    await expect(page.locator('svg.strategy-map__svg--narrow')).toHaveCount(1);
    await page.waitForTimeout(300);
    const drawn = await page.evaluate(() => (window as any).__diagrams);
    expect(drawn).toHaveLength(1);
  });
});
