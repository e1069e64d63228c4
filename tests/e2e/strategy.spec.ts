// The Core Strategy views (issue 4): home diagram, task forces, timeline, glossary, country level,
// monitoring, financing, goal pages, and no English left over in French and Spanish.
import { test, expect, locales, ready, strategy, lens, mdgr, sections, strategyPages, progressPages } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const PILLAR_PATHS: Record<string, string> = {
  millennium_project: 'project',
  millennium_campaign: 'campaign',
  country_level: 'country-level',
  monitoring: 'monitoring',
};
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('home diagram', () => {
  for (const pillar of strategy.pillars) {
    test(`click opens ${pillar.id}`, async ({ page }) => {
      await page.goto('./');
      await ready(page);
      await page.locator(`.map-pillar[data-pillar="${pillar.id}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/mdg-explorer/${PILLAR_PATHS[pillar.id]}\\?lang=en$`));
      await expect(h1(page)).toBeVisible();
    });

    test(`keyboard (focus + Enter) opens ${pillar.id}`, async ({ page }) => {
      await page.goto('./');
      await ready(page);
      const node = page.locator(`.map-pillar[data-pillar="${pillar.id}"]`);
      await node.focus();
      // Focus highlights what the pillar connects to.
      await expect(page.locator('.connections h3')).toHaveText(pillar.name.en);
      await expect(page.locator('.connections .chip')).toHaveCount(pillar.actors.length + pillar.instruments.length);
      await expect(page.locator('.map-goal--lit')).toHaveCount(pillar.goals.length);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/mdg-explorer/${PILLAR_PATHS[pillar.id]}\\?lang=en$`));
    });
  }

  test('the pillars are reachable with Tab', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    await expect(page.locator('.map-pillar')).toHaveCount(4);
    let found = 0;
    for (let i = 0; i < 40 && found < 4; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('map-pillar'))) found++;
    }
    expect(found).toBe(4);
  });

  test('key figures show their sources', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    const figures = page.locator('.figures .figure');
    await expect(figures).toHaveCount(strategy.key_figures.length + 1);
    await expect(figures.first().locator('.cite a')).toHaveAttribute('href', /^https?:/);
    await expect(page.locator('.figures')).toContainText('more than 35');
    await expect(page.locator('.figures')).toContainText('close to US$40 billion');
  });
});

test.describe('Millennium Project', () => {
  test('ten task-force cards, filtered by goal in the URL', async ({ page }) => {
    await page.goto('project');
    await ready(page);
    const cards = page.locator('.task-forces .task-force');
    await expect(cards).toHaveCount(10);
    for (const goal of [1, 4, 6, 7]) {
      const expected = strategy.task_forces.filter((tf: any) => tf.goals.includes(goal));
      await page.getByRole('button', { name: `Goal ${goal}`, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`project\\?goal=${goal}&lang=en$`));
      await expect(cards).toHaveCount(expected.length);
      for (const tf of expected) await expect(page.locator(`.task-force[data-tf="${tf.id}"]`)).toBeVisible();
    }
    await page.reload();
    await expect(cards).toHaveCount(strategy.task_forces.filter((tf: any) => tf.goals.includes(7)).length);
    await page.getByRole('button', { name: locales.en.project.filter_all }).click();
    await expect(cards).toHaveCount(10);
  });

  test('advisory bodies and outputs', async ({ page }) => {
    await page.goto('project');
    await ready(page);
    for (const body of strategy.advisory_bodies) await expect(page.getByText(body.name.en, { exact: true })).toBeVisible();
    await expect(page.locator('.timeline cite')).toHaveCount(
      strategy.reports.filter((r: any) => r.pillar === 'millennium_project').length,
    );
  });

  test('a task force page links to a goal page and to country data', async ({ page }) => {
    await page.goto('project/tf1');
    await ready(page);
    await expect(h1(page)).toHaveText(strategy.task_forces[0].theme.en);
    await expect(page.locator('a[href$="/explore?indicator=si_pov_dday"], a[href*="/explore?indicator="]').first()).toBeVisible();
    const dataLink = page.locator('a[href*="/mdg-explorer/explore?indicator="]').first();
    await expect(dataLink).toHaveAttribute('href', /^\/mdg-explorer\/explore\?indicator=[a-z0-9_]+$/);
    await page.locator('.goal-links a').first().click();
    await expect(page).toHaveURL(/\/mdg-explorer\/goals\/1\?lang=en$/);
    await expect(h1(page)).toContainText('Goal 1');
    // The goal page lists the task forces working on it, back to the task force.
    await expect(page.locator('a[href="/mdg-explorer/project/tf1"]')).toBeVisible();
  });

  test('an unknown task force is a 404 view', async ({ page }) => {
    await page.goto('project/tf99');
    await expect(h1(page)).toHaveText(locales.en.not_found.title);
  });
});

test.describe('timeline', () => {
  test('every event, filterable by pillar or forum', async ({ page }) => {
    await page.goto('timeline');
    await ready(page);
    const items = page.locator('ol.timeline > li');
    await expect(items).toHaveCount(strategy.events.length);
    for (const [tag, label] of [
      ['ecosoc', locales.en.timeline.tag_ecosoc],
      ['millennium_project', locales.en.timeline.tag_project],
      ['undg', locales.en.timeline.tag_undg],
    ]) {
      const expected = strategy.events.filter((e: any) => e.tag === tag).length;
      await page.getByRole('group', { name: locales.en.timeline.filter_label }).getByRole('button', { name: label, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`timeline\\?tag=${tag}&lang=en$`));
      await expect(items).toHaveCount(expected);
      await expect(page.locator(`ol.timeline > li:not([data-tag="${tag}"])`)).toHaveCount(0);
    }
    // Each event links to the view it concerns.
    await items.first().locator('.timeline__meta').getByRole('link').click();
    await expect(page).toHaveURL(/\/mdg-explorer\/country-level\?lang=en$/);
  });

  test('dates are written out', async ({ page }) => {
    await page.goto('timeline');
    await ready(page);
    await expect(page.locator('time[datetime="2003-09-02"]')).toHaveText('2 September 2003');
  });
});

test.describe('glossary', () => {
  test('an acronym expands on focus and on tap', async ({ page }) => {
    await page.goto('country-level');
    await ready(page);
    const wrapper = page.locator('.term').filter({ has: page.locator('.term__abbr', { hasText: /^UNDAF$/ }) }).first();
    const term = wrapper.locator('.term__abbr');
    const tip = wrapper.locator('.term__tip');
    await expect(tip).toBeHidden();
    await term.focus();
    await expect(tip).toBeVisible();
    await expect(tip).toHaveText('United Nations Development Assistance Framework');
    await page.keyboard.press('Escape');
    await term.blur();
    await expect(tip).toBeHidden();
    await term.click();
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await expect(tip).toBeVisible();
  });

  test('the glossary page lists every acronym', async ({ page }) => {
    await page.goto('glossary');
    await ready(page);
    await expect(page.locator('.glossary__entry')).toHaveCount(strategy.glossary.length);
    await expect(page.locator('#term-UNDAF dd')).toContainText('United Nations Development Assistance Framework');
  });

  test('terms expand in French with the French acronym', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('mdg-explorer.locale', 'fr'));
    await page.goto('glossary');
    await expect(page.locator('#term-UNDAF dt')).toContainText('PNUAD');
    await expect(page.locator('#term-UNDAF dt .muted')).toHaveText(locales.fr.glossary.english.replace('{{ acronym }}', 'UNDAF'));
    // An English acronym used as it is in French says that it is English; in English, no note.
    await expect(page.locator('#term-UNCT dt .muted')).toHaveText(locales.fr.glossary.english_acronym);
    await page.goto('glossary?lang=en');
    await expect(page.locator('#term-UNCT dt')).toHaveText('UNCT');
  });
});

test.describe('country level', () => {
  test('the process diagram explains each step', async ({ page }) => {
    await page.goto('country-level');
    await ready(page);
    for (const step of strategy.country_level.process) {
      await page.locator(`.process button[data-step="${step.id}"]`).click();
      await expect(page.locator(`.process button[data-step="${step.id}"]`)).toHaveAttribute('aria-pressed', 'true');
      // innerText: the glossary expansions inside the prose are hidden until asked for.
      await expect(page.locator('.process__detail')).toContainText(step.description.en, { useInnerText: true });
    }
  });

  test('recommendations expand', async ({ page }) => {
    await page.goto('country-level');
    await ready(page);
    const rec = strategy.country_level.prsp_assessment.recommendations[0];
    const item = page.locator('details.item', { hasText: rec.title.en }).first();
    await expect(item.getByText(rec.detail.en)).toBeHidden();
    await item.locator('summary').click();
    await expect(item).toHaveAttribute('open', '');
  });
});

test.describe('monitoring', () => {
  test('data availability: heat map, table, per country, ILO indicators', async ({ page }) => {
    const availability = JSON.parse(
      (await import('node:fs')).readFileSync(new URL('../../public/data/availability.json', import.meta.url), 'utf8'),
    );
    await page.goto('monitoring');
    await ready(page);
    await expect(page.locator('.heatmap__drawing--wide rect')).toHaveCount(26 * 7);
    await page.getByText(locales.en.monitoring.table_summary).click();
    await expect(page.locator('.data-table--numbers tbody tr')).toHaveCount(26);
    // Per country: the row for the chosen country is what the file says.
    await page.getByRole('combobox', { name: locales.en.monitoring.country_select }).selectOption('BRA');
    const bra = availability.countries.find((c: any) => c.code === 'BRA').counts.map(String);
    await expect(page.locator('table.strip tbody td')).toHaveText(bra);
    // Every year shows on a laptop without scrolling sideways: short years in the header.
    await expect(page.locator('table.strip thead abbr')).toHaveCount(bra.length);
    await expect(page.locator('table.strip thead abbr').first()).toHaveAttribute('title', String(availability.first_year));
    const strip = await page.locator('table.strip').evaluate((t) => [t.scrollWidth, t.parentElement!.clientWidth]);
    expect(strip[0], 'the strip fits its box at 1366 px').toBeLessThanOrEqual(strip[1]);
    await expect(page.locator('.ilo-indicator')).toHaveCount(strategy.monitoring.ilo_indicators.length);
  });

  test('verified MDG Reports are listed as such', async ({ page }) => {
    await page.goto('monitoring');
    await ready(page);
    await expect(page.getByRole('heading', { name: locales.en.monitoring.verified_heading })).toBeVisible();
    await expect(page.locator('table.data-table').first().locator('tbody tr').first()).toBeVisible();
    // In the order of the names shown (the file is in code order: Angola before Albania there).
    const region = page.locator('section[aria-labelledby="verified-heading"] .table-scroll');
    const names = await region.locator('tbody th').allTextContents();
    expect(names).toHaveLength(mdgr.reports.length);
    const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/’/g, "'").toLowerCase();
    const sorted = [...names].sort((a, b) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0));
    expect(names).toEqual(sorted);
    // Over 250 rows scroll in a box of their own, under a head that stays in view.
    const box = await region.evaluate((el) => [el.clientHeight, el.scrollHeight, innerHeight]);
    expect(box[0]).toBeLessThanOrEqual(box[2] * 0.75 + 1);
    expect(box[1]).toBeGreaterThan(box[0]);
    await region.evaluate((el) => el.scrollTo(0, 2000));
    const [head, top] = await Promise.all([
      region.locator('thead th').first().evaluate((el) => el.getBoundingClientRect().top),
      region.evaluate((el) => el.getBoundingClientRect().top),
    ]);
    expect(Math.abs(head - top)).toBeLessThan(2);
  });
});

// Paragraph 24's figures: one panel each, headed by the period the paper gives (or says it gives
// none), each bar labelled, all bars on one scale (issue 17).
test.describe('financing: the three figures as a chart', () => {
  const figures = strategy.financing.figures as any[];
  const fill = (s: string, vars: Record<string, string>) => s.replace(/\{\{ (\w+) \}\}/g, (_, k) => vars[k]);
  const heading = (f: any, lang: 'en' | 'fr' = 'en') => {
    const fin = locales[lang].financing;
    if (!f.period) return fin.no_period;
    return fill(f.unit === 'usd_billion_per_year' ? fin.period_each_year : fin.period_total, { period: f.period[lang] });
  };

  test('a panel per figure, headed by its period, its bar labelled', async ({ page }) => {
    await page.goto('financing');
    await ready(page);
    const panels = page.locator('.fin-chart .fin-panel');
    await expect(panels).toHaveCount(figures.length);
    // The paper's wording: "in the order of $50 billion" each year (it was "about" before).
    await expect(panels.nth(0)).toContainText('in the order of US$50 billion a year');
    await expect(page.getByRole('heading', { level: 3, name: 'Each year until 2015' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'In total, during the next three years' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'The paper gives no period for this amount' })).toBeVisible();
    for (const [i, f] of figures.entries()) {
      const panel = panels.nth(i);
      await expect(panel.getByRole('heading', { level: 3 })).toHaveText(heading(f));
      const label = panel.locator('.fin-panel__label');
      await expect(label).toBeVisible();
      await expect(label).toContainText(f.label.en);
      await expect(label).toContainText(`US$${f.value} billion`);
      await expect(panel.locator('.cite a')).toBeVisible();
    }
    // The bars and ticks are for the eye; the list, headings and labels are what is read out.
    await expect(page.locator('.fin-plot[aria-hidden="true"]')).toHaveCount(figures.length);
    await expect(page.locator('.fin-chart svg, .fin-chart [role="img"]')).toHaveCount(0);
    await expect(page.locator('.fin-chart figcaption')).toHaveText(locales.en.financing.chart_caption);
  });

  test('bar lengths are proportional, on one scale with its ticks', async ({ page }) => {
    await page.goto('financing');
    await ready(page);
    await expect(page.locator('.fin-bar__fill')).toHaveCount(figures.length);
    const geometry = await page.locator('.fin-panel').evaluateAll((panels) =>
      panels.map((p) => {
        const track = p.querySelector('.fin-bar')!.getBoundingClientRect();
        const bar = p.querySelector('.fin-bar__fill')!.getBoundingClientRect();
        const ticks = [...p.querySelectorAll('.fin-tick')].map((t) => ({
          x: t.getBoundingClientRect().left,
          text: t.textContent,
          visible: (t as HTMLElement).offsetHeight > 0,
        }));
        return { trackLeft: track.left, trackWidth: track.width, bar: bar.width, barLeft: bar.left, ticks };
      }),
    );
    const scale = geometry[0].trackWidth / 50;
    for (const [i, g] of geometry.entries()) {
      // One scale: the same track in every panel, ticks 0–50 at the same places.
      expect(Math.abs(g.trackWidth - geometry[0].trackWidth)).toBeLessThan(1);
      expect(Math.abs(g.trackLeft - geometry[0].trackLeft)).toBeLessThan(1);
      expect(Math.abs(g.barLeft - g.trackLeft)).toBeLessThan(1);
      expect(g.ticks.map((t) => t.text)).toEqual(['0', '10', '20', '30', '40', '50']);
      for (const t of g.ticks) {
        expect(t.visible).toBe(true);
        expect(Math.abs(t.x - (g.trackLeft + Number(t.text) * scale))).toBeLessThan(2);
      }
      expect(Math.abs(g.bar - figures[i].value * scale), `bar ${figures[i].id}`).toBeLessThan(2);
    }
  });

  test.describe('on a 360 px phone', () => {
    test.use({ viewport: { width: 360, height: 740 } });
    test('the labels wrap, nothing overflows sideways', async ({ page }) => {
      await page.goto('financing');
      await ready(page);
      await expect(page.locator('.fin-panel')).toHaveCount(figures.length);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      const outside = await page.locator('.fin-panel, .fin-panel *').evaluateAll((els) =>
        els
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && (r.left < 0 || r.right > 360);
          })
          .map((e) => e.className || e.tagName),
      );
      expect(outside).toEqual([]);
      // A label longer than the phone is wide wraps onto more lines.
      const label = page.locator('.fin-panel__label').first();
      const lines = await label.evaluate((e) => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)));
      expect(lines).toBeGreaterThan(1);
    });
  });

  test('in French, the periods and the paper\'s wording', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('mdg-explorer.locale', 'fr'));
    await page.goto('financing');
    await ready(page);
    const panels = page.locator('.fin-chart .fin-panel');
    await expect(panels.nth(0)).toContainText("de l'ordre de");
    for (const [i, f] of figures.entries()) {
      await expect(panels.nth(i).getByRole('heading', { level: 3 })).toHaveText(heading(f, 'fr'));
    }
  });
});

test('goal pages list targets, indicators and task forces', async ({ page }) => {
  await page.goto('goals/4');
  await ready(page);
  await expect(h1(page)).toContainText('Goal 4');
  const tfs = strategy.task_forces.filter((tf: any) => tf.goals.includes(4));
  await expect(page.locator('.goal-links li')).toHaveCount(tfs.length);
  await expect(page.locator('a[href*="/explore?indicator="]').first()).toBeVisible();
  await page.getByRole('link', { name: /Goal 5/ }).click();
  await expect(page).toHaveURL(/goals\/5\?lang=en$/);
});

// An indicator without data says why once: the framework's reason, which already names the
// bundled sources, not the general words before it ("no data in the bundled sources: No series in
// the bundled sources: …").
test("a goal's indicators without data give their reason once", async ({ page }) => {
  const framework = JSON.parse(readFileSync(new URL('../../public/data/framework.json', import.meta.url), 'utf8'));
  const none = framework.indicators.filter((i: any) => i.goal === 8 && i.no_data);
  expect(none.length).toBeGreaterThan(0);
  for (const lang of ['en', 'fr'] as const) {
    await page.goto(`goals/8?lang=${lang}`);
    await ready(page);
    const notes = page.locator('ol.indicator-list > li span.muted');
    await expect(notes).toHaveText(none.map((i: any) => i.no_data[lang]));
  }
});

// Every English UI string and every English data text that has its own translation must be gone
// from a French or Spanish page (except inside elements marked lang="en": publication titles).
function englishStrings(lang: 'fr' | 'es'): string[] {
  const out = new Set<string>();
  const walk = (en: any, other: any) => {
    if (typeof en === 'string') {
      if (typeof other === 'string' && other !== en && !en.includes('{{') && en.length >= 12) out.add(en);
      return;
    }
    if (en && typeof en === 'object') {
      if ('en' in en && lang in en && typeof en.en === 'string') {
        if (en[lang] !== en.en && en.en.length >= 12) out.add(en.en);
        return;
      }
      for (const k of Object.keys(en)) walk(en[k], other?.[k]);
    }
  };
  walk(locales.en, locales[lang]);
  walk(strategy, strategy);
  walk(lens, lens);
  return [...out];
}

/** Country progress and presenter mode are checked for leftover English too. */
const presenter = { path: 'present/show?deck=core&slide=2', label: 'presenter' };

for (const lang of ['fr', 'es'] as const) {
  test.describe(`no English left in ${lang}`, () => {
    const english = englishStrings(lang);
    const pages = [...sections.filter((s) => s.path !== 'countries' && s.path !== 'present'), ...strategyPages, ...progressPages, presenter];
    for (const p of pages) {
      test(`${p.label || 'home'}`, async ({ page }) => {
        await page.addInitScript((l) => localStorage.setItem('mdg-explorer.locale', l), lang);
        await page.goto(p.path || './');
        // The presenter hides the site header and shows each slide in a frame.
        const presenter = p.path.startsWith('present/show');
        if (presenter) await expect(page.locator('.presenter')).toBeVisible();
        else await ready(page);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('.loading')).toHaveCount(0);
        const frames = page.frames().filter((f) => f !== page.mainFrame());
        for (const f of frames) {
          await f.locator('main h1').first().waitFor({ timeout: 30_000 });
          await expect(f.locator('.loading')).toHaveCount(0, { timeout: 30_000 });
        }
        if (presenter) expect(frames.length).toBeGreaterThan(0);
        // Titles of publications are names, marked with their own language (an Indonesian
        // title may quote an English one); they stay as they are.
        const visible = (l: string) => {
          const body = document.body.cloneNode(true) as HTMLElement;
          body.querySelectorAll(`[lang]:not([lang="${l}"])`).forEach((el) => el.remove());
          return body.innerText;
        };
        let text = await page.evaluate(visible, lang);
        for (const f of frames) text += '\n' + (await f.evaluate(visible, lang));
        const left = english.filter((s) => text.includes(s));
        expect(left).toEqual([]);
      });
    }
  });
}
