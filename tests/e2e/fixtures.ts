// Shared fixtures: the app's strings (read from the same locale files the app compiles in), the
// section table, and a guard that fails a test on any console error, page error or failed request.
import { test as base, expect, type Page } from '@playwright/test';
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

/** Waits until the app has mounted (the header is rendered by the wasm). */
export async function ready(page: Page) {
  await expect(page.locator('header.site-header')).toBeVisible();
}

export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      // A deep link on a GitHub-Pages-style host is answered by 404.html with status 404: that
      // is the documented hosting contract, not a failure, so documents are exempt.
      page.on('response', (res) => {
        if (res.status() >= 400 && res.request().resourceType() !== 'document') {
          problems.push(`HTTP ${res.status()} ${res.url()}`);
        }
      });
      page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
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
