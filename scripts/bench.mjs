#!/usr/bin/env node
// The benchmark's measuring half (scripts/bench builds the site, installs Lighthouse and prepares
// the D3 peer, then runs this). Prints one Markdown report and writes the raw figures as JSON.
//   node scripts/bench.mjs --site DIR [--base /mdg-explorer/] [--routes /,/map] [--runs N]
//        [--peer DIR] [--lighthouse PATH | --no-lighthouse] [--out FILE]
// --site is the folder that holds the build at its sub-path (DIR/mdg-explorer/), --peer the D3
// peer's prepared site/ folder (../shared/peers/d3-map/README.md).
//
// 1. First visit per route: scripts/first-visit.mjs (the size budget test's count), service
//    workers blocked, one fresh browser context per route.
// 2. Lighthouse per route, --runs times, median of each figure: mobile defaults (simulated slow 4G,
//    4× CPU), Debian Chromium.
// 3. Switch costs, --runs rounds, each in the same browser as the D3 peer's: main-thread work per
//    step (CDP TaskDuration, also ScriptDuration, RecalcStyleDuration, LayoutDuration) from the
//    change until the update is on screen, the way ../shared/peers/d3-map/measure-map.mjs measures
//    the year switch: 6 unmeasured warm-up steps, then every year. The map's indicator switch
//    alternates between indicators the page has already loaded (network is not main-thread work).
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { firstVisit, totalSize } from './first-visit.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];
const ROUTES = ['/', '/project', '/countries/KEN', '/map', '/present'];

// ---- options ----
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const site = opt('--site');
if (!site) throw new Error('--site DIR is required (the folder holding the build at its sub-path)');
const base = opt('--base', '/mdg-explorer/');
const routes = opt('--routes', ROUTES.join(','))
  .split(',')
  .map((r) => r.trim())
  .filter(Boolean)
  .map((r) => (r.startsWith('/') ? r : `/${r}`));
const runs = Number(opt('--runs', '3'));
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${opt('--runs')}`);
const peerSite = opt('--peer', '');
const lighthouse = argv.includes('--no-lighthouse') ? null : opt('--lighthouse');
if (lighthouse === undefined) throw new Error('--lighthouse PATH (or --no-lighthouse) is required');
const stamp = new Date().toISOString().slice(0, 16).replace(/[T:]/g, '-');
const out = opt('--out', join(ROOT, 'target', 'bench', `bench-${stamp}.json`));

const log = (...a) => console.error('[bench]', ...a);
const load = [loadavg()[0]];
const median = (xs) => {
  const s = xs.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---- static servers (tests/e2e/serve.mjs: gzip like GitHub Pages, SPA fallback with status 200) ----
async function serve(root) {
  const server = spawn(process.execPath, [join(ROOT, 'tests/e2e/serve.mjs'), root, '0', '--gzip', '--spa'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise((ok, fail) => {
    server.once('exit', (code) => fail(new Error(`serve.mjs ${root} exited with ${code}`)));
    server.stdout.on('data', (chunk) => {
      const found = chunk.toString().match(/http:\/\/127\.0\.0\.1:\d+/);
      if (found) ok(found[0]);
    });
  });
  return { origin, stop: () => server.kill() };
}

const app = await serve(resolve(site));
const peer = peerSite ? await serve(resolve(peerSite)) : null;
process.on('exit', () => {
  app.stop();
  peer?.stop();
});
const appUrl = (route) => `${app.origin}${base}${route.replace(/^\//, '')}`;
const peerUrl = peer ? `${peer.origin}/index.html` : null;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
const newPage = async () =>
  (await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' })).newPage();
const appReady = (page) => page.locator('header.site-header').waitFor({ timeout: 30_000 });
const peerReady = (page) => page.evaluate(() => window.ready);

// ---- 1. first visit ----
const sizes = {};
for (const [name, url, ready] of [
  ...routes.map((r) => [r, appUrl(r), appReady]),
  ...(peer ? [['D3 peer', peerUrl, peerReady]] : []),
]) {
  log(`first visit ${name}`);
  const page = await newPage();
  const files = await firstVisit(page, url, ready);
  await page.context().close();
  sizes[name] = { brotli: totalSize(files), requests: files.length, files };
}

// ---- 2. switch costs ----
const WARM_UP = [2001, 1996, 2013, 2007, 1992, 2011];

/** Main-thread cost of one step: `change` is run in the page, `done` (a selector, or null for the
 *  peer, whose update is synchronous) says the update is applied; then two animation frames. */
async function step(page, cdp, action) {
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const a = await metrics();
  const painted = await page.evaluate(
    ({ sel, value, done }) =>
      new Promise((res) => {
        const frame = (f) => requestAnimationFrame(() => requestAnimationFrame(f));
        const t = performance.now();
        if (sel === null) {
          window.setYear(value);
          frame(() => res(performance.now() - t));
          return;
        }
        const el = document.querySelector(sel);
        el.value = String(value);
        el.dispatchEvent(new Event('change', { bubbles: true }));
        const check = () =>
          document.querySelector(done) ? frame(() => res(performance.now() - t)) : setTimeout(check, 0);
        check();
      }),
    action,
  );
  const z = await metrics();
  const d = (k) => (z[k] - a[k]) * 1000;
  return {
    value: action.value,
    task: d('TaskDuration'),
    script: d('ScriptDuration'),
    style: d('RecalcStyleDuration'),
    layout: d('LayoutDuration'),
    painted,
  };
}

/** Opens `url`, waits for it, then runs the warm-up and measured steps; returns the measured ones. */
async function measure(url, ready, warmUp, measured) {
  const page = await newPage();
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const rows = [];
  for (const action of warmUp(page)) await step(page, cdp, action);
  for (const action of await measured(page)) rows.push(await step(page, cdp, action));
  await page.context().close();
  return rows;
}

const years = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const mapYear = (y) => ({ sel: '#map-year', value: y, done: `#map-year-out[data-year="${y}"]` });
const mapSeries = (s) => ({ sel: '#map-series', value: s, done: `.map-layout[data-series="${s}"]` });
const asOf = (y) => ({ sel: '#asof', value: y, done: `.asof-year[data-year="${y}"]` });
const MAP = 'map?indicator=sh_dyn_mort&year=2015';

const switches = { peer_year: [], map_year: [], map_indicator: [], profile_as_of: [] };
for (let round = 1; round <= runs; round++) {
  log(`switch costs, round ${round} of ${runs}`);
  if (peer) {
    switches.peer_year.push(
      ...(await measure(
        peerUrl,
        peerReady,
        () => WARM_UP.map((y) => ({ sel: null, value: y })),
        () => years(1990, 2015).map((y) => ({ sel: null, value: y })),
      )),
    );
  }
  const mapReady = async (page) => {
    await appReady(page);
    // Every country drawn (the map draws them a part per task, aria-busy till then).
    await page.locator('svg.choropleth:not([aria-busy])').waitFor({ state: 'attached', timeout: 30_000 });
  };
  switches.map_year.push(
    ...(await measure(appUrl(MAP), mapReady, () => WARM_UP.map(mapYear), () => years(1990, 2015).map(mapYear))),
  );
  // Four indicators: each loaded once while warming up, then 24 measured switches among them.
  let series = [];
  switches.map_indicator.push(
    ...(await measure(
      appUrl(MAP),
      async (page) => {
        await mapReady(page);
        const all = await page.locator('#map-series option').evaluateAll((os) => os.map((o) => o.value));
        series = ['sh_dyn_mort', 'sh_sta_mmrt', ...all.filter((s) => s !== 'sh_dyn_mort' && s !== 'sh_sta_mmrt')]
          .filter((s) => all.includes(s))
          .slice(0, 4);
        if (series.length < 2) throw new Error(`the map offers ${all.length} indicators; need two`);
      },
      () => [...series.slice(1), series[0]].map(mapSeries),
      () => Array.from({ length: 24 }, (_, i) => mapSeries(series[(i + 1) % series.length])),
    )),
  );
  let asOfYears = [];
  switches.profile_as_of.push(
    ...(await measure(
      appUrl('countries/KEN'),
      async (page) => {
        await appReady(page);
        await page.locator('.indicator-card').first().waitFor({ timeout: 30_000 });
        // The later goals are drawn in turn: measure once all are there.
        await page.locator('.goal-sections:not([aria-busy])').waitFor({ state: 'attached', timeout: 30_000 });
        const [min, max] = await page.locator('#asof').evaluate((el) => [Number(el.min), Number(el.max)]);
        asOfYears = years(min, max);
      },
      () => WARM_UP.filter((y) => asOfYears.includes(y)).map(asOf),
      () => asOfYears.map(asOf),
    )),
  );
}
await browser.close();

const switchSummary = Object.fromEntries(
  Object.entries(switches).map(([k, rows]) => [
    k,
    rows.length === 0
      ? null
      : Object.fromEntries(
          ['task', 'script', 'style', 'layout', 'painted'].map((m) => [m, median(rows.map((r) => r[m]))]).concat([
            ['samples', rows.length],
          ]),
        ),
  ]),
);

// ---- 3. Lighthouse ----
const run = promisify(execFile);
const lhDir = out.replace(/\.json$/, '-lighthouse');
const lighthouseRuns = {};
const lighthouseVersion = lighthouse ? (await run(lighthouse, ['--version'])).stdout.trim() : null;
if (lighthouse) {
  mkdirSync(lhDir, { recursive: true });
  for (const [name, url] of [...routes.map((r) => [r, appUrl(r)]), ...(peer ? [['D3 peer', peerUrl]] : [])]) {
    lighthouseRuns[name] = [];
    for (let i = 1; i <= runs; i++) {
      log(`Lighthouse ${name}, run ${i} of ${runs}`);
      const file = join(lhDir, `${name === '/' ? 'home' : name.replace(/^\//, '').replace(/\W+/g, '-')}-${i}.json`);
      try {
        await run(
          lighthouse,
          [
            url,
            '--quiet',
            '--output=json',
            `--output-path=${file}`,
            '--only-categories=performance,accessibility,best-practices,seo',
            `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
          ],
          { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 << 20 },
        );
      } catch (e) {
        log(`Lighthouse exited with an error (${e.message.split('\n')[0]}); reading its report if any`);
      }
      let report;
      try {
        report = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        lighthouseRuns[name].push({ error: 'no report' });
        continue;
      }
      const score = (c) => (report.categories[c]?.score == null ? null : Math.round(report.categories[c].score * 100));
      const value = (a) => report.audits[a]?.numericValue ?? null;
      lighthouseRuns[name].push({
        error: report.runtimeError?.message ?? null,
        performance: score('performance'),
        accessibility: score('accessibility'),
        best_practices: score('best-practices'),
        seo: score('seo'),
        fcp_ms: value('first-contentful-paint'),
        lcp_ms: value('largest-contentful-paint'),
        cls: value('cumulative-layout-shift'),
        tbt_ms: value('total-blocking-time'),
        speed_index_ms: value('speed-index'),
        benchmark_index: report.environment?.benchmarkIndex ?? null,
        report: file,
      });
    }
  }
}
const LH_FIGURES = [
  'performance',
  'accessibility',
  'best_practices',
  'seo',
  'fcp_ms',
  'lcp_ms',
  'cls',
  'tbt_ms',
  'speed_index_ms',
  'benchmark_index',
];
const lighthouseMedian = Object.fromEntries(
  Object.entries(lighthouseRuns).map(([name, rs]) => [
    name,
    Object.fromEntries(
      LH_FIGURES.map((f) => [f, median(rs.filter((r) => !r.error).map((r) => r[f]))]).concat([
        ['errors', rs.filter((r) => r.error).map((r) => r.error)],
      ]),
    ),
  ]),
);

// ---- report ----
load.push(loadavg()[0]);
const benchmarkIndex = median(Object.values(lighthouseRuns).flatMap((rs) => rs.map((r) => r.benchmark_index)));
const git = async (...a) => (await run('git', a, { cwd: ROOT }).catch(() => ({ stdout: '' }))).stdout.trim();
const commit = await git('rev-parse', '--short', 'HEAD');
const dirty = (await git('status', '--porcelain', '--untracked-files=no')) !== '';
const chromiumVersion = (await run(CHROMIUM, ['--version']).catch(() => ({ stdout: '?' }))).stdout.trim();

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const ms = (n, unit = 'ms') => (n == null ? '—' : unit === 's' ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);
const num = (n, digits = 0) => (n == null ? '—' : n.toFixed(digits));
const lines = [];
lines.push(
  `### Benchmark: ${commit}${dirty ? ' (uncommitted changes)' : ''}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  `Release build under \`${base}\`, served gzip with an SPA fallback (status 200). First visit: every response until` +
    ' the network is idle, brotli quality 11, service workers blocked. ' +
    (lighthouse
      ? `Lighthouse ${lighthouseVersion} mobile defaults (simulated slow 4G, 4× CPU), median of ${runs} run${runs > 1 ? 's' : ''}; `
      : 'Lighthouse skipped; ') +
    `${chromiumVersion}. Load average ${load.map((l) => l.toFixed(1)).join(' → ')} on ${cpus().length} CPUs` +
    (benchmarkIndex ? `, Lighthouse benchmarkIndex ${Math.round(benchmarkIndex)}` : '') +
    ' (a busy machine inflates TBT and the switch costs; compare ratios within one run).',
  '',
  '| route | first visit (brotli) | requests | LH perf | a11y | best pr. | SEO | FCP | LCP | CLS | TBT |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
);
for (const name of Object.keys(sizes)) {
  const s = sizes[name];
  const l = lighthouseMedian[name];
  const label = name === 'D3 peer' ? 'D3 peer (reference)' : `\`${name}\``;
  lines.push(
    `| ${label} | ${kb(s.brotli)} | ${s.requests} | ` +
      (l
        ? `${num(l.performance)} | ${num(l.accessibility)} | ${num(l.best_practices)} | ${num(l.seo)} | ` +
          `${ms(l.fcp_ms, 's')} | ${ms(l.lcp_ms, 's')} | ${num(l.cls, 3)} | ${ms(l.tbt_ms)} |`
        : '— | — | — | — | — | — | — | — |'),
  );
}
const peerTask = switchSummary.peer_year?.task;
lines.push(
  '',
  `| switch: main-thread work per step (median, CDP TaskDuration) | app | D3 peer, year | app ÷ peer | app script | app to painted frame |`,
  '|---|---|---|---|---|---|',
);
for (const [key, label] of [
  ['map_year', 'map: year'],
  ['map_indicator', 'map: indicator'],
  ['profile_as_of', 'country profile: "as of" year'],
]) {
  const s = switchSummary[key];
  const ratio = peerTask ? `${(s.task / peerTask).toFixed(2)}×` : '—';
  lines.push(
    `| ${label} (${s.samples} steps) | ${s.task.toFixed(1)} ms | ${peerTask ? `${peerTask.toFixed(1)} ms` : '—'} | ${ratio} | ` +
      `${s.script.toFixed(1)} ms | ${s.painted.toFixed(1)} ms |`,
  );
}
const notes = [];
if (!peer) notes.push('**The D3 peer was not found**: no peer figures or ratios (see scripts/bench, PEER_DIR).');
for (const [name, l] of Object.entries(lighthouseMedian)) {
  if (l.errors.length) notes.push(`Lighthouse failed ${l.errors.length} of ${runs} runs on ${name}: ${l.errors[0]}`);
}
if (notes.length) lines.push('', ...notes.map((n) => `- ${n}`));
const markdown = lines.join('\n');

mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      commit,
      dirty,
      date: new Date().toISOString(),
      base,
      runs,
      chromium: chromiumVersion,
      load_average: load,
      lighthouse_benchmark_index: benchmarkIndex,
      lighthouse: lighthouseVersion,
      first_visit: sizes,
      lighthouse_median: lighthouseMedian,
      lighthouse_runs: lighthouseRuns,
      switches: switchSummary,
      switch_steps: switches,
      markdown,
    },
    null,
    1,
  ),
);
console.log(markdown);
log(`raw figures: ${out}`);
process.exit(0);
