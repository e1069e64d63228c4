// Any data file, any damage (issue 15): for every kind of bundled file and every way a host can
// serve it wrong, the view that needs it says which file and what is wrong, while the header,
// the navigation and the views that do not need the file keep working. The responses are
// substituted with page.route(), so the release build is tested as it ships.
import { test, expect, locales, ready } from './fixtures';
import { readFileSync } from 'node:fs';

type Json = Record<string, any>;
const read = (rel: string): Json =>
  JSON.parse(readFileSync(new URL(`../../public/data/${rel}`, import.meta.url), 'utf8'));
const manifest = read('manifest.json');
const framework = read('framework.json');

/** A deep copy to damage. */
const copy = (value: Json): Json => structuredClone(value);

/**
 * Every kind of file: a view that loads it, and a change that keeps the schema but breaks one of
 * the file's own rules (crates/mdg-data/src/check.rs), with the rule as the message names it.
 * (home.json is not served to the app: build.rs checks it and compiles it into the home page.)
 */
const kinds: { file: string; label?: string; route: string; breakRule: (data: Json) => RegExp }[] = [
  {
    file: 'manifest.json',
    route: 'about',
    breakRule: (d) => {
      d.generated = 'yesterday';
      return /generated "yesterday" is not YYYY-MM-DD/;
    },
  },
  {
    file: 'framework.json',
    route: 'goals',
    breakRule: (d) => {
      d.goals = d.goals.slice(0, 7);
      return /7 goals, not 8/;
    },
  },
  {
    file: 'framework-2008.json',
    route: 'goals',
    breakRule: (d) => {
      d.targets.push(d.targets[0]);
      return new RegExp(`2008 target: ${escape(d.targets[0].id)} appears twice`);
    },
  },
  {
    file: 'countries.json',
    route: 'countries',
    breakRule: (d) => {
      d.countries.push(d.countries[0]);
      return new RegExp(`country: ${d.countries[0].iso3} appears twice`);
    },
  },
  {
    file: 'country/KEN.json',
    route: 'countries/KEN',
    breakRule: (d) => {
      const [id, values] = Object.entries(d.series)[0] as [string, Json];
      values.start = 1980;
      return new RegExp(`${id}: years 1980-\\d+ outside 1990-2015`);
    },
  },
  {
    file: 'indicator/sh_dyn_mort.json',
    route: 'explore?indicator=sh_dyn_mort&country=KEN',
    breakRule: (d) => {
      d.countries.KEN.start = 1980;
      return /KEN: years 1980-\d+ outside 1990-2015/;
    },
  },
  {
    file: 'world.json',
    route: 'map?indicator=sh_dyn_mort&year=2010',
    breakRule: (d) => {
      d.shapes.push(d.shapes[0]);
      return new RegExp(`shape: ${d.shapes[0].iso3} appears twice`);
    },
  },
  {
    file: 'availability.json',
    route: 'monitoring',
    breakRule: (d) => {
      d.indicators[0].counts = d.indicators[0].counts.slice(0, 3);
      return /3 yearly counts, not 26/;
    },
  },
  {
    // A country's file also carries its entries of the record of MDG Reports.
    file: 'country/KEN.json',
    label: "country/KEN.json's reports",
    route: 'countries/KEN/reports',
    breakRule: (d) => {
      d.reports.list[0].url = 'ftp://example.org/report.pdf';
      return /no http\(s\) source URL/;
    },
  },
  {
    file: 'mdgr.json',
    route: 'monitoring',
    breakRule: (d) => {
      d.reports[0].url = 'ftp://example.org/report.pdf';
      return /no http\(s\) source URL/;
    },
  },
  {
    file: 'strategy.json',
    route: 'glossary',
    breakRule: (d) => {
      d.pillars = d.pillars.slice(0, 3);
      return /3 pillars, not 4/;
    },
  },
  {
    file: 'paper.json',
    route: 'source',
    breakRule: (d) => {
      d.sections.at(-1).paragraphs.pop();
      return /paragraphs numbered \[.*\], not 1-\d+/;
    },
  },
  {
    file: 'lens.json',
    route: 'checklist',
    breakRule: (d) => {
      d.checklist.push(d.checklist[0]);
      return new RegExp(`checklist item: ${d.checklist[0].id} appears twice`);
    },
  },
];

type Answer = { status: number; contentType: string; body: string };
const json = (data: Json): Answer => ({ status: 200, contentType: 'application/json', body: JSON.stringify(data) });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every way a host can serve a file wrong: the answer, and what the message must say. */
const forms: { name: string; answer: (data: Json, path: string) => { answer: Answer; message: RegExp } }[] = [
  {
    name: 'missing (404)',
    answer: (_, path) => ({
      answer: { status: 404, contentType: 'text/plain', body: 'Not found' },
      message: new RegExp(`${escape(path)}: file not found`),
    }),
  },
  {
    // A host with a single-page-app fallback answers a missing file with its HTML shell.
    name: 'an HTML page',
    answer: (_, path) => ({
      answer: { status: 200, contentType: 'text/html', body: '<!doctype html><html><body><h1>Welcome</h1></body></html>' },
      message: new RegExp(`${escape(path)}: file not found`),
    }),
  },
  {
    name: 'malformed JSON',
    answer: (data, path) => ({
      answer: { ...json(data), body: JSON.stringify(data).slice(0, 60) },
      message: new RegExp(`${escape(path)}: not valid JSON at line \\d+, column \\d+`),
    }),
  },
  {
    name: 'a value of the wrong type',
    answer: (data, path) => {
      const d = copy(data);
      const key = Object.keys(d).find((k) => typeof d[k] === 'object' && d[k] !== null)!;
      d[key] = 42;
      return { answer: json(d), message: new RegExp(`${escape(path)}: value of the wrong type at line \\d+, column \\d+`) };
    },
  },
  {
    name: 'another schema version',
    answer: (data, path) => ({
      answer: json({ ...data, schema_version: 99 }),
      message: new RegExp(`${escape(path)}: schema version 99, this app reads schema version 1`),
    }),
  },
];

for (const kind of kinds) {
  const path = `data/${kind.file}`;
  const data = read(kind.file);
  const cases = [
    ...forms.map((f) => ({ name: f.name, ...f.answer(data, path) })),
    (() => {
      const d = copy(data);
      const rule = kind.breakRule(d);
      return { name: 'a broken rule', answer: json(d), message: new RegExp(`${escape(path)}: breaks \\d+ rule\\(s\\).*${rule.source}`) };
    })(),
  ];
  for (const c of cases) {
    test(`${kind.label ?? kind.file} as ${c.name}: the view names the file, the rest of the app works`, async ({ page, problems }) => {
      await page.route(`**/${path}`, (route) => route.fulfill(c.answer));
      await page.goto(kind.route);
      await ready(page);
      const alert = page.getByRole('alert').filter({ hasText: path }).first();
      await expect(alert).toContainText(locales.en.data.error_title);
      await expect(alert).toContainText(c.message);
      await expect(page.getByRole('navigation', { name: locales.en.nav.label })).toBeVisible();
      await leaveFor(page, kind.file === 'manifest.json' ? 'goals' : 'about');
      await expect(page.getByRole('alert')).toHaveCount(0);
      // The failed answer was deliberate; anything else the page reported still fails the test.
      problems.splice(0, problems.length, ...problems.filter((p) => !p.includes(path)));
    });
  }
}

/** Goes to another section through the navigation and waits for its data. */
async function leaveFor(page: import('@playwright/test').Page, section: 'about' | 'goals') {
  const nav = page.getByRole('navigation', { name: locales.en.nav.label });
  await nav.getByRole('link', { name: locales.en.nav[section] }).click();
  if (section === 'about') {
    await expect(page.locator('table.data-table tbody tr')).toHaveCount(manifest.sources.length);
  } else {
    await expect(page.locator('section.goal')).toHaveCount(framework.goals.length);
  }
}
