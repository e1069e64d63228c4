// The app shell: routes, titles, history, deep links under the sub-path, 404, language, keyboard.
import { test, expect, sections, strategyPages, progressPages, locales, ready, settle, APP } from './fixtures';

test.describe('navigation', () => {
  for (const section of sections) {
    test(`nav link "${section.label}" opens its page`, async ({ page }) => {
      // Start elsewhere so that every link, Home included, really navigates.
      await page.goto(section.path === 'about' ? 'goals' : 'about');
      await ready(page);
      const nav = page.getByRole('navigation', { name: locales.en.nav.label });
      const named = { name: section.label, exact: true, includeHidden: true };
      const link = nav.getByRole('link', named);
      // The pillars and the country views are in the navigation's group menus: open the group.
      if (!(await link.isVisible())) await nav.locator('details').filter({ has: page.getByRole('link', named) }).locator('summary').click();
      await link.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.h1);
      await expect(page).toHaveTitle(section.title);
      await expect(page).toHaveURL(new RegExp(`/mdg-explorer/${section.path}\\?lang=en$`));
      await expect(link).toHaveAttribute('aria-current', 'page');
    });
  }

  test('back and forward move through history', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    const nav = page.getByRole('navigation', { name: locales.en.nav.label });
    await nav.locator('summary', { hasText: locales.en.nav.strategy_group }).click();
    await nav.getByRole('link', { name: locales.en.nav.project }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.en.project.title);
    await nav.getByRole('link', { name: locales.en.nav.goals }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.en.goals.title);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.en.project.title);
    await expect(page).toHaveURL(/\/mdg-explorer\/project\?lang=en$/);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.en.home.heading);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.en.project.title);
    await expect(page).toHaveTitle(`${locales.en.project.title} · ${APP}`);
  });

  test('a deep link survives a reload under the sub-path', async ({ page }) => {
    await page.goto('monitoring');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.en.monitoring.title);
    // The page's data finishes loading first: a reload aborts requests in flight.
    await settle(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.en.monitoring.title);
    await expect(page).toHaveURL(/\/mdg-explorer\/monitoring\?lang=en$/);
    // Links keep the sub-path after a deep-link start.
    await page.getByRole('link', { name: locales.en.nav.about }).first().click();
    await expect(page).toHaveURL(/\/mdg-explorer\/about\?lang=en$/);
  });

  test('an unknown path shows the 404 view', async ({ page }) => {
    await page.goto('no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.en.not_found.title);
    await expect(page).toHaveTitle(`${locales.en.not_found.title} · ${APP}`);
    await page.getByRole('link', { name: locales.en.not_found.home_link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.en.home.heading);
  });
});

test.describe('language', () => {
  test('switching language changes the text, sets <html lang> and persists across reload', async ({ page }) => {
    await page.goto('project');
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByLabel(locales.en.lang.label).selectOption('fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.fr.project.title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle(`${locales.fr.project.title} · ${locales.fr.app_name}`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.fr.project.title);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByLabel(locales.fr.lang.label).selectOption('es');
    await expect(page.getByRole('navigation', { name: locales.es.nav.label })).toContainText(locales.es.nav.home);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.es.project.title);
  });
});

test.describe('keyboard', () => {
  test('Tab reaches the skip link first and then every nav item and group; Enter follows a link', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: locales.en.skip_to_content })).toBeFocused();
    // The top line: Home, the two groups (their links are in menus, nav.spec.ts), Goals, Present, About.
    const { nav } = locales.en;
    const top = [nav.home, nav.strategy_group, nav.progress_group, nav.goals, nav.present, nav.about];
    const reached = new Set<string>();
    for (let i = 0; i < 20 && reached.size < top.length; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() =>
        document.activeElement?.closest('nav') ? document.activeElement.textContent?.trim() ?? '' : '',
      );
      if (label) reached.add(label);
    }
    expect([...reached].sort()).toEqual([...top].sort());
    // Focus is on the last nav item (About): Enter opens it.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales.en.about.title);
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('goals');
    await ready(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await expect(page).toHaveURL(/\/mdg-explorer\/goals\?lang=en$/);
  });

  test('focus is visible', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

test.describe('every route', () => {
  for (const section of sections) {
    test(`"${section.label}" loads cleanly at 360 px and 1920 px`, async ({ page }) => {
      for (const viewport of [{ width: 360, height: 740 }, { width: 1920, height: 1080 }]) {
        await page.setViewportSize(viewport);
        await page.goto(section.path || './');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.h1);
        // Nothing wider than the viewport (no horizontal page scroll).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `horizontal overflow at ${viewport.width}px`).toBeLessThanOrEqual(0);
        // Let the page's data finish loading: leaving earlier aborts its requests.
        await settle(page);
      }
    });
  }
});

// Once its data is drawn (tables, selects of country names), in every language: the check above
// runs when the heading shows, before most of a page's content exists.
test.describe('on a 360 px phone, once drawn', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the header is compact: the brand on a line or two, the deck button beside the language', async ({ page }) => {
    for (const lang of ['en', 'fr', 'es'] as const) {
      await page.goto(`./?lang=${lang}`);
      await ready(page);
      const box = (sel: string) => page.locator(sel).first().evaluate((e) => e.getBoundingClientRect().toJSON());
      const [header, name, deck, select] = await Promise.all(
        ['header.site-header', '.brand__name', '.add-to-deck', '#lang-select'].map(box),
      );
      const lineHeight = await page.locator('.brand__name').evaluate((e) => parseFloat(getComputedStyle(e).lineHeight) || 1.5 * parseFloat(getComputedStyle(e).fontSize));
      // One line in English; the French and Spanish names are longer: two at most.
      const lines = lang === 'en' ? 1 : 2;
      expect(name.height, `${lang}: the brand on ${lines} line(s)`).toBeLessThan(lineHeight * (lines + 0.5));
      expect(Math.abs(deck.top + deck.height / 2 - (select.top + select.height / 2)), `${lang}: one row`).toBeLessThan(8);
      expect(header.height, `${lang}: header height`).toBeLessThanOrEqual(160);
      // The select keeps its name for screen readers.
      await expect(page.getByLabel(locales[lang].lang.label, { exact: true })).toHaveValue(lang);
    }
  });
  for (const view of [...sections, ...strategyPages, ...progressPages]) {
    test(`"${view.label}" does not scroll sideways in English, French or Spanish`, async ({ page }) => {
      for (const lang of ['en', 'fr', 'es']) {
        const sep = view.path.includes('?') ? '&' : '?';
        await page.goto(`${view.path || './'}${sep}lang=${lang}`);
        await ready(page);
        await settle(page);
        const wide = await page.evaluate(() => {
          const over = [...document.querySelectorAll('main *')].filter((e) => {
            const r = e.getBoundingClientRect();
            // A chart's inner boxes are clipped by its own <svg>.
            if (r.width === 0 || r.right <= document.documentElement.clientWidth + 1 || e instanceof SVGElement && e.ownerSVGElement) return false;
            // Inside a region that scrolls on its own (a wide table, the grid) is fine.
            for (let a = e.parentElement; a; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return false;
            return true;
          });
          const { scrollWidth, clientWidth } = document.documentElement;
          return { sideways: Math.max(0, scrollWidth - clientWidth), over: over.slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`) };
        });
        expect(wide, lang).toEqual({ sideways: 0, over: [] });
      }
    });
  }
});
