// Shared fixtures: the app's strings (read from the same locale files the app compiles in), the
// section table, and a guard that fails a test on any console error, page error or failed request.
import { test as base, expect, type Page, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';

type Strings = Record<string, any>;
const load = (lang: string): Strings =>
  JSON.parse(readFileSync(new URL(`../../locales/${lang}.json`, import.meta.url), 'utf8'));

export const locales = { en: load('en'), fr: load('fr'), es: load('es') };
export const APP = locales.en.app_name as string;

/** Every section: path under the base, nav label key, heading (h1) in English. */
export const sections = [
  { path: '', nav: 'home', h1: locales.en.home.heading, title: APP },
  { path: 'project', nav: 'project', h1: locales.en.project.title },
  { path: 'campaign', nav: 'campaign', h1: locales.en.campaign.title },
  { path: 'country-level', nav: 'country_level', h1: locales.en.country_level.title },
  { path: 'monitoring', nav: 'monitoring', h1: locales.en.monitoring.title },
  { path: 'countries', nav: 'countries', h1: locales.en.countries.title },
  { path: 'goals', nav: 'goals', h1: locales.en.goals.title },
  { path: 'present', nav: 'present', h1: locales.en.present.title },
  { path: 'about', nav: 'about', h1: locales.en.about.title },
].map((s) => ({ ...s, label: locales.en.nav[s.nav] as string, title: s.title ?? `${s.h1} · ${APP}` }));

/** The bundled Core Strategy content (the same file the app loads). */
export const strategy = JSON.parse(
  readFileSync(new URL('../../public/data/strategy.json', import.meta.url), 'utf8'),
);

/** The decent work lens and the UN Country Team checklist (the same file the app loads). */
export const lens = JSON.parse(readFileSync(new URL('../../public/data/lens.json', import.meta.url), 'utf8'));

/** The verified record of national MDG Reports (the same file the app loads). */
export const mdgr = JSON.parse(readFileSync(new URL('../../public/data/mdgr.json', import.meta.url), 'utf8'));

/** The source paper, paragraph by paragraph (the same file the app loads). */
export const paper = JSON.parse(readFileSync(new URL('../../public/data/paper.json', import.meta.url), 'utf8'));

/** Core Strategy pages that are not in the primary navigation: path and English h1. */
export const strategyPages = [
  { path: 'source', label: 'source paper', h1: locales.en.source.title },
  { path: 'decent-work', label: 'decent work lens', h1: locales.en.lens.title },
  { path: 'checklist', label: 'checklist', h1: locales.en.checklist.title },
  { path: 'timeline', label: 'timeline', h1: locales.en.timeline.title },
  { path: 'financing', label: 'financing', h1: locales.en.financing.title },
  { path: 'glossary', label: 'glossary', h1: locales.en.glossary.title },
  { path: 'project/tf1', label: 'task force 1', h1: strategy.task_forces[0].theme.en },
  { path: 'goals/4', label: 'goal 4', h1: null },
];

/** Country progress views, with the state in the URL. */
export const progressPages = [
  { path: 'countries/KEN?as_of=2003', label: 'country profile' },
  { path: 'countries/KEN?indicator=sh_dyn_mort&tab=chart', label: 'profile with chart' },
  { path: 'countries/KEN/reports?as_of=2008', label: 'what a country reported' },
  { path: 'explore?indicator=sh_dyn_mort&country=KEN&compare=UGA,WLD', label: 'indicator chart' },
  { path: 'explore?indicator=sh_dyn_mort&country=KEN&tab=table', label: 'indicator table' },
  { path: 'explore?indicator=se_prm_prsl_fe_zs&country=KEN&tab=sources', label: 'indicator sources' },
  { path: 'map?indicator=sh_dyn_mort&year=2010', label: 'world map' },
  { path: 'progress', label: 'progress grid' },
  { path: 'methodology', label: 'methodology' },
];

/**
 * Waits until the app has mounted: its header is shown and the static first paint (an English
 * copy of the header and heading, public/start.js) has made way for the app's own.
 */
export async function ready(page: Page) {
  await expect(page.locator('header.site-header')).toBeVisible();
  await expect(page.locator('html[data-first-paint]')).toHaveCount(0);
}

/** Waits until the map has drawn every country (it draws them a part per task, aria-busy till then). */
export async function mapDrawn(page: Page) {
  await expect(page.locator('svg.choropleth:not([aria-busy])').first()).toBeAttached();
}

/** Waits until a country profile has drawn every goal (it draws the later ones in turn, aria-busy till then). */
export async function profileDrawn(page: Page) {
  await expect(page.locator('.goal-sections:not([aria-busy])').first()).toBeAttached();
}

/** The requests each page has started and not yet finished (kept by the `problems` fixture). */
const inflight = new WeakMap<Page, Set<Request>>();

/** A request whose frame is gone never finishes: it no longer counts. */
function detached(req: Request): boolean {
  try {
    return req.frame().isDetached();
  } catch {
    return false; // a service worker's request has no frame
  }
}

/**
 * Waits until the page and its frames are done: every frame has drawn its heading with no
 * loading state left and nothing busy (a country profile draws its later goals in turn), no request is in flight and none has started for `quietMs`. A presenter
 * mounts a slide's neighbours 400 ms after the slide shows, so the quiet period is longer than
 * that. Leaving or reloading before this point aborts requests, which the guard reports.
 */
export async function settle(page: Page, quietMs = 600) {
  const pending = inflight.get(page) ?? new Set<Request>();
  let last = Date.now();
  const bump = () => {
    last = Date.now();
  };
  page.on('request', bump);
  page.on('requestfinished', bump);
  page.on('requestfailed', bump);
  const deadline = Date.now() + 45_000;
  try {
    for (;;) {
      if (Date.now() > deadline) {
        const urls = [...pending].map((req) => req.url());
        throw new Error(`settle: requests still in flight after 45 s: ${urls.join(', ') || 'none (but never quiet)'}`);
      }
      for (const frame of page.frames()) {
        if (frame !== page.mainFrame()) await frame.locator('main h1').first().waitFor({ timeout: 30_000 });
        await expect(frame.locator('.loading, [aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
      }
      for (const req of pending) if (detached(req)) pending.delete(req);
      const quiet = Date.now() - last;
      if (pending.size === 0 && quiet >= quietMs) return;
      await page.waitForTimeout(Math.max(100, quietMs - quiet));
    }
  } finally {
    page.off('request', bump);
    page.off('requestfinished', bump);
    page.off('requestfailed', bump);
  }
}

export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const pending = new Set<Request>();
      inflight.set(page, pending);
      page.on('request', (req) => pending.add(req));
      page.on('requestfinished', (req) => pending.delete(req));
      page.on('requestfailed', (req) => pending.delete(req));
      // A deep link on a GitHub-Pages-style host is answered by 404.html with status 404: that
      // is the documented hosting contract, not a failure, so documents are exempt.
      page.on('response', (res) => {
        if (res.status() >= 400 && res.request().resourceType() !== 'document') {
          problems.push(`HTTP ${res.status()} ${res.url()}`);
        }
      });
      page.on('requestfailed', (req) => {
        // Chromium fetches the tab's icon on its own after the load event, and drops it when
        // the test reloads or leaves: not the app's request.
        if (/\/favicon-32-[0-9a-f]+\.png$/.test(req.url()) && req.failure()?.errorText === 'net::ERR_ABORTED') return;
        problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        // Chromium's echo of an HTTP error: documents are exempt (above), others are already
        // reported by the response listener with their URL.
        if (msg.text().startsWith('Failed to load resource')) return;
        problems.push(`console error: ${msg.text()}`);
      });
      await use(problems);
      expect(problems, 'console errors, page errors or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
