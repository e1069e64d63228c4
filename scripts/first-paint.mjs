// A static first paint (issue 14): each page's header and heading, as the app draws them, written
// into index.html so the first contentful paint does not wait for the wasm. Called by
// post-build.mjs for release builds; see docs/build.md ("Static first paint").
//
// The built app is opened in headless Chromium for every page whose heading is fixed text (and a
// country profile, see COUNTRY); its site header and page heading are copied, in English, each
// into a closed declarative shadow root (<template shadowrootmode="closed">) that links the app's
// own stylesheets. public/start.js shows
// the copy of the page being opened (<html data-first-paint="…">, first-paint-<hash>.css), over the
// app, and removes it as soon as the app has drawn its own heading: the same pixels, so no jump.
// Closed and aria-hidden, the copy is invisible to scripts, tests and assistive technology; a
// browser without declarative shadow DOM, or another language, simply waits for the app.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

/** Pages with a heading that is fixed text (a country's or a goal's page draws it from data). */
export const PAGES = [
  '', 'project', 'campaign', 'country-level', 'monitoring', 'countries', 'goals', 'present', 'about',
  'timeline', 'financing', 'glossary', 'source', 'decent-work', 'checklist', 'map', 'explore',
  'progress', 'methodology',
];

/**
 * A country's profile, whose largest text — the status heading — came last, after the wasm, its
 * chunk and the country's file (issue 14: the largest paint at 5.8 s on a phone). Its first paint
 * is the top of Kenya's profile down to that heading, with the country's name and facts left as
 * slots that public/start.js fills from countries.json. start.js attaches it (a plain <template>,
 * not a declarative shadow root, whose page group's stylesheet every page would download) with
 * copies of the page's stylesheets, and the app's view replaces it once the heading is drawn
 * (`until`).
 */
export const COUNTRY = { path: 'countries/KEN', page: 'country', until: '#summary-h', slots: ['name', 'region', 'income', 'ldc'] };

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves `dir` under `base`, unknown paths with index.html (the app routes them). */
function serve(dir, base) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.startsWith(base) ? join(dir, normalize(path.slice(base.length))) : null;
    const found = file && file.startsWith(dir) && existsSync(file) && statSync(file).isFile() ? file : join(dir, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(found)] ?? 'application/octet-stream' });
    res.end(readFileSync(found));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const port = (server) => server.address().port;

/**
 * Run in the page: its site header and heading as HTML, the heading inside shallow copies of its
 * ancestors up to <main>, so every rule that places it (main, article, .page…) applies as in the
 * app. With `country` (COUNTRY), the heading is followed by the "as of" bar and the status
 * heading, and the country's own words are slots.
 */
function copyOfPage(country) {
  const heading = document.querySelector('#main .page-heading');
  let node = heading.cloneNode(true);
  let parent = heading.parentElement;
  if (country) {
    const article = parent.cloneNode(false);
    const bar = parent.querySelector(':scope > .asof-control').cloneNode(true);
    // The slider's position is a property, not an attribute: copied, or it would start mid-way.
    bar.querySelector('input[type=range]').setAttribute('value', parent.querySelector(':scope > .asof-control input[type=range]').value);
    const summary = document.querySelector(`#main ${country.until}`).parentElement;
    const section = summary.cloneNode(false);
    section.appendChild(summary.querySelector(`:scope > ${country.until}`).cloneNode(true));
    article.append(node, bar, section);
    // A space keeps each line's height until the slot is filled.
    const holes = [article.querySelector('h1'), ...article.querySelectorAll('.facts dd')];
    if (holes.length !== country.slots.length) throw new Error(`a profile's heading has ${holes.length} country facts, not ${country.slots.length}`);
    holes.forEach((el, i) => {
      const slot = document.createElement('slot');
      slot.name = country.slots[i];
      slot.textContent = '\u00a0';
      el.replaceChildren(slot);
    });
    node = article;
    parent = parent.parentElement;
  }
  for (; parent; parent = parent.parentElement) {
    const shell = parent.cloneNode(false);
    shell.appendChild(node);
    node = shell;
    if (parent.id === 'main') break;
  }
  // Only what is drawn, and no ids (the app's own elements have them). A closed <dialog> and a
  // closed <details>'s panel are not drawn; Leptos's <!----> markers mean nothing outside the app.
  // They were 20 copies of the whole menu (issue 14: index.html's size on a first visit).
  const clean = (n) => {
    [n, ...n.querySelectorAll('[id]')].forEach((el) => el.removeAttribute('id'));
    n.querySelectorAll('dialog:not([open]), details:not([open]) > :not(summary)').forEach((el) => el.remove());
    const comments = document.createTreeWalker(n, NodeFilter.SHOW_COMMENT);
    const found = [];
    while (comments.nextNode()) found.push(comments.currentNode);
    found.forEach((c) => c.remove());
    return n;
  };
  return clean(document.querySelector('header.site-header').cloneNode(true)).outerHTML + clean(node).outerHTML;
}

/** Each page's site header and heading, as the app rendered them, by page. */
async function capture(stage, base) {
  const require = createRequire(new URL('../package.json', import.meta.url));
  const { chromium } = require('playwright-core');
  const server = await serve(stage, base);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const copies = {};
    for (const path of PAGES) {
      await page.goto(`http://127.0.0.1:${port(server)}${base}${path}`);
      await page.locator('#main .page-heading h1').first().waitFor({ timeout: 30_000 });
      copies[path || 'home'] = await page.evaluate(copyOfPage, null);
    }
    await page.goto(`http://127.0.0.1:${port(server)}${base}${COUNTRY.path}`);
    await page.locator(`#main ${COUNTRY.until}`).waitFor({ timeout: 30_000 });
    copies[COUNTRY.page] = await page.evaluate(copyOfPage, COUNTRY);
    return copies;
  } finally {
    await browser.close();
    server.close();
  }
}

/** Writes the first paint into `index.html` of the staged site; returns a line for the log. */
export async function writeFirstPaint(stage, base) {
  const copies = await capture(stage, base);
  let index = readFileSync(join(stage, 'index.html'), 'utf8');
  const sheets = [...index.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
  if (sheets.length === 0) throw Object.assign(new Error('index.html links no stylesheet'), { fix: 'check index.html\'s <link data-trunk rel="css">' });
  const links = sheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  // The words public/start.js puts in a country's slots that are not in countries.json.
  const en = JSON.parse(readFileSync(new URL('../locales/en.json', import.meta.url), 'utf8'));
  const hosts = Object.entries(copies)
    .map(([page, html]) => {
      if (page !== COUNTRY.page) {
        return `<div class="first-paint" data-page="${page}" aria-hidden="true" inert><template shadowrootmode="closed">${links}${html}</template></div>`;
      }
      const slots = COUNTRY.slots.map((name) => `<span slot="${name}"></span>`).join('');
      return `<div class="first-paint" data-page="${page}" data-until="${COUNTRY.until}" data-yes="${en.progress.yes}" data-no="${en.progress.no}" aria-hidden="true" inert>` +
        `<template>${html}</template>${slots}</div>`;
    })
    .join('\n    ');
  // Which copy shows: one rule per page, as CSS cannot compare two attributes' values.
  const selectors = Object.keys(copies).map((page) => `html[data-first-paint="${page}"] .first-paint[data-page="${page}"]`);
  const css = '/* Generated by scripts/first-paint.mjs: the static first paint, shown by public/start.js. */\n' +
    '.first-paint { display: none; }\n' +
    `${selectors.join(',\n')} {\n  display: block; position: fixed; inset: 0; z-index: 1000; overflow: hidden; background: var(--bg);\n}\n`;
  const cssName = `first-paint-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  writeFileSync(join(stage, cssName), css);
  const cssHref = `${base}${cssName}`;
  index = index
    .replace(/(<link rel="stylesheet" href="[^"]+"[^>]*>)(?![\s\S]*<link rel="stylesheet")/, `$1\n    <link rel="stylesheet" href="${cssHref}" />`)
    .replace('<body>', `<body>\n    ${hosts}`);
  if (!index.includes(cssHref) || !index.includes('class="first-paint"')) throw Object.assign(new Error('could not write the first paint into index.html'), { fix: 'index.html must have a <body> and Trunk\'s stylesheet links' });
  writeFileSync(join(stage, 'index.html'), index);
  return `first paint: ${Object.keys(copies).length} pages, ${(Buffer.byteLength(hosts) / 1000).toFixed(1)} KB of HTML`;
}
