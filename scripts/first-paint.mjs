// A static first paint (issue 14): each page's header and heading, as the app draws them, written
// into index.html so the first contentful paint does not wait for the wasm. Called by
// post-build.mjs for release builds; see docs/build.md ("Static first paint").
//
// The built app is opened in headless Chromium for every page whose heading is fixed text; its
// site header and page heading are copied, in English, each into a closed declarative shadow root
// (<template shadowrootmode="closed">) that links the app's own stylesheets. public/start.js shows
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
      await page.goto(`http://127.0.0.1:${server.address().port}${base}${path}`);
      await page.locator('#main .page-heading h1').first().waitFor({ timeout: 30_000 });
      copies[path || 'home'] = await page.evaluate(() => {
        const clean = (node) => {
          [node, ...node.querySelectorAll('[id]')].forEach((el) => el.removeAttribute('id'));
          return node;
        };
        // The heading inside shallow copies of its ancestors up to <main>, so every rule that
        // places it (main, article, .page…) applies as in the app.
        const heading = document.querySelector('#main .page-heading');
        let node = heading.cloneNode(true);
        for (let parent = heading.parentElement; parent; parent = parent.parentElement) {
          const shell = parent.cloneNode(false);
          shell.appendChild(node);
          node = shell;
          if (parent.id === 'main') break;
        }
        const header = clean(document.querySelector('header.site-header').cloneNode(true));
        return header.outerHTML + clean(node).outerHTML;
      });
    }
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
  const hosts = Object.entries(copies)
    .map(([page, html]) => `<div class="first-paint" data-page="${page}" aria-hidden="true" inert><template shadowrootmode="closed">${links}${html}</template></div>`)
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
