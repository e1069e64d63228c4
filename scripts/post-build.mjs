#!/usr/bin/env node
// Trunk post-build hook (Trunk.toml → scripts/trunk-post-build): finishes the staged site. Every
// step checks what it expects and stops the build with what is wrong and how to fix it; the whole
// pipeline is described in docs/build.md.
//
// 1. The lazily loaded wasm chunks written by scripts/wasm-link are optimised (release), checked,
//    and copied with content-hashed names; their loader is pointed at them.
// 2. The loader and the JS glue import each other, so they are named by one hash of both; the
//    glue's new name and integrity are written into index.html. Release builds minify both, and
//    public/start.js, with terser (its comments are for the source: 4.7 KB brotli of every first
//    view, issue 14).
//    The page groups' chunks are named in index.html, so public/start.js can request a route's
//    chunks (and data) at once, beside the main module.
// 3. 404.html = index.html, so GitHub-Pages-style hosts serve the app for deep links (under
//    `trunk serve`, without the CSP <meta>, which Trunk's inline live-reload script breaks).
//    Release builds first get a static first paint: each page's header and heading, copied from
//    the app in headless Chromium (scripts/first-paint.mjs).
// 4. Release builds get the offline files: offline.json (the data files and their sizes, for
//    "Make available offline") and a Workbox service worker (sw.js) that precaches the app shell
//    and every chunk, and caches data files as they are used, per deployment.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Stops the build: what is wrong, and how to fix it. */
function fail(what, fix) {
  console.error(`\npost-build: ${what}\n  how to fix: ${fix}\n`);
  process.exit(1);
}

function env(name) {
  const value = process.env[name];
  if (!value) fail(`${name} is not set`, 'run this script as Trunk\'s post_build hook (Trunk.toml), through scripts/build, scripts/serve or scripts/test');
  return value;
}

const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
/** A script minified for release builds (terser: names and comments only, no unsafe rewrites);
 *  `module` for ES modules, whose top-level names are private. As it is otherwise. */
async function small(code, module) {
  if (!release) return code;
  let minify;
  try {
    ({ minify } = await import('terser'));
  } catch {
    fail('terser is not installed', 'npm ci (scripts/setup.sh ensure_build_tools runs it)');
  }
  return (await minify(code, { module, ecma: 2020 })).code;
}
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const one = (dir, pattern, what) => {
  const found = readdirSync(dir).filter((f) => pattern.test(f));
  if (found.length !== 1) fail(`expected one ${what} in ${dir}, found ${found.length} (${found.join(', ')})`, 'clean the build (rm -rf dist) and build again with scripts/build');
  return found[0];
};

const stage = env('TRUNK_STAGING_DIR');
const source = env('TRUNK_SOURCE_DIR');
const profile = env('TRUNK_PROFILE');
const release = profile === 'release';
const target = resolve(source, process.env.CARGO_TARGET_DIR ?? 'target');
const split = join(target, 'wasm32-unknown-unknown', profile, 'wasm-split');

// --- 1. The split output ------------------------------------------------------------------------
if (!existsSync(join(split, '__wasm_split.js'))) {
  fail(
    `no lazily loaded chunks: ${relative(source, split)}/__wasm_split.js is missing`,
    'the app must be linked by scripts/wasm-link (the wasm32 linker in .cargo/config.toml) with wasm-split-cli installed: build with scripts/build or scripts/serve, which install it',
  );
}
const glue = one(stage, /^mdg-explorer-[0-9a-f]+\.js$/, 'JS glue (mdg-explorer-<hash>.js)');
const mainWasm = one(stage, /^mdg-explorer-[0-9a-f]+_bg\.wasm$/, 'main module (mdg-explorer-<hash>_bg.wasm)');
let loader = readFileSync(join(split, '__wasm_split.js'), 'utf8');

// The main module imports the loader's functions and hands it its table and memory: a stale split
// folder or a wasm-bindgen run without --keep-lld-exports would only fail in the browser.
const main = new WebAssembly.Module(readFileSync(join(stage, mainWasm)));
const exported = new Set(WebAssembly.Module.exports(main).map((e) => e.name));
const shared = (loader.match(/const \{([^}]*)\} = initSync\(/)?.[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
if (shared.length === 0) fail('the chunk loader does not take the main module\'s exports (initSync)', 'wasm-split-cli changed its output: check WASM_SPLIT_VERSION in scripts/setup.sh');
const missing = shared.filter((name) => !exported.has(name));
if (missing.length) {
  fail(
    `the main module does not export ${missing.join(', ')}, which the chunks need`,
    'wasm-bindgen ran without --keep-lld-exports: put scripts/bin first on PATH (source scripts/setup.sh; scripts/build and scripts/serve do) instead of a plain `trunk build`',
  );
}
const loaderExports = new Set([...loader.matchAll(/^export const (\w+)/gm)].map((m) => m[1]));
const wanted = WebAssembly.Module.imports(main).filter((i) => i.module === './__wasm_split.js').map((i) => i.name);
const unknown = wanted.filter((name) => !loaderExports.has(name));
if (wanted.length === 0 || unknown.length) {
  fail(
    wanted.length ? `the chunk loader lacks ${unknown.join(', ')}: it is from another build` : 'the main module loads no chunk: it was not split',
    'rebuild from clean (cargo clean -p mdg-explorer --target wasm32-unknown-unknown) so the link and the split run again',
  );
}

// --- 1b. The chunks: optimised, checked, content-hashed -----------------------------------------
const features = readFileSync(join(source, 'index.html'), 'utf8').match(/data-wasm-opt-params="([^"]*)"/)?.[1].split(/\s+/).filter(Boolean) ?? [];
for (const file of readdirSync(split).filter((f) => f.endsWith('.wasm'))) {
  const reference = `new URL("./${file}"`;
  if (loader.split(reference).length !== 2) fail(`the chunk loader names ${file} ${loader.split(reference).length - 1} times, not once`, 'wasm-split-cli changed its output: check WASM_SPLIT_VERSION in scripts/setup.sh');
  const out = join(stage, file);
  if (release) execFileSync('wasm-opt', ['-Oz', ...features, join(split, file), '-o', out], { stdio: 'inherit' });
  const bytes = release ? readFileSync(out) : readFileSync(join(split, file));
  if (release) rmSync(out);
  if (!WebAssembly.validate(bytes)) fail(`chunk ${file} is not valid WebAssembly`, 'check the wasm-opt version (binaryen 132 from npm, scripts/setup.sh)');
  const named = file.replace(/\.wasm$/, `-${hash(bytes)}.wasm`);
  writeFileSync(join(stage, named), bytes);
  loader = loader.replace(reference, `new URL("./${named}"`);
}
const unhashed = [...loader.matchAll(/new URL\("\.\/([^"]+)"/g)].map((m) => m[1]).filter((f) => !/-[0-9a-f]{16}\.wasm$/.test(f) || !existsSync(join(stage, f)));
if (unhashed.length) fail(`the chunk loader names files that were not written: ${unhashed.join(', ')}`, 'rebuild from clean: the split folder is out of date');

// --- 2. Loader and glue, named by one hash ------------------------------------------------------
const glueRef = '"./mdg-explorer.js"';
if (!loader.includes(glueRef)) fail(`the chunk loader does not import ${glueRef}`, 'wasm-split-cli changed its output: check WASM_SPLIT_VERSION in scripts/setup.sh');
// Only the ES imports move; the keys of the wasm imports object keep the module name the main
// module was linked with.
const loaderRef = 'from "./__wasm_split.js"';
let glueText = readFileSync(join(stage, glue), 'utf8');
if (!glueText.includes(loaderRef)) fail(`the JS glue does not import ${loaderRef}`, 'the main module was not split: rebuild from clean');
const pair = hash(`${glueText}\0${loader}`);
const newGlue = `mdg-explorer-${pair}.js`;
const newLoader = `__wasm_split-${pair}.js`;
loader = loader.replace(glueRef, `"./${newGlue}"`);
glueText = glueText.replaceAll(loaderRef, `from "./${newLoader}"`);
writeFileSync(join(stage, newLoader), await small(loader, true));
glueText = await small(glueText, true);
writeFileSync(join(stage, newGlue), glueText);
rmSync(join(stage, glue));

let index = readFileSync(join(stage, 'index.html'), 'utf8');
if (!index.includes(glue)) fail(`index.html does not load ${glue}`, 'Trunk changed its output: check the Trunk version (0.21.14)');
index = index.replaceAll(glue, newGlue);
const preload = new RegExp(`(<link[^>]*href="[^"]*${newGlue}"[^>]*integrity=")[^"]+(")`);
if (!preload.test(index)) fail(`index.html has no integrity for ${newGlue}`, 'Trunk changed its output: check the Trunk version (0.21.14)');
index = index.replace(preload, `$1${sri(glueText)}$2`);
// The start script (a classic script: its top-level names stay), renamed by its new content.
const start = one(stage, /^start-[0-9a-f]+\.js$/, 'start script (start-<hash>.js)');
const startText = await small(readFileSync(join(stage, start), 'utf8'), false);
const newStart = `start-${hash(startText)}.js`;
const startTag = index.match(new RegExp(`<script [^>]*/${start}"[^>]*>`))?.[0];
if (!startTag?.includes(' integrity="')) fail(`index.html has no <script> with integrity for ${start}`, 'Trunk changed its output: check the Trunk version (0.21.14) and index.html');
index = index.replace(startTag, startTag.replace(start, newStart).replace(/integrity="[^"]+"/, `integrity="${sri(startText)}"`));
rmSync(join(stage, start));
writeFileSync(join(stage, newStart), startText);
// The main module is preloaded by public/start.js once the first frame is painted, with the page's
// chunks and data, so that the page's HTML and CSS have the connection to themselves first.
const wasmPreload = new RegExp(`<link rel="preload" href="[^"]*${mainWasm}"[^>]*>`);
if (!wasmPreload.test(index)) fail(`index.html has no preload of ${mainWasm}`, 'Trunk changed its output: check the Trunk version (0.21.14)');
index = index.replace(wasmPreload, '');

// --- 2b. What each page group downloads, for public/start.js to request at once ----------------
// The loader fetches a group's chunks only once the main module asks for the group: named here
// (<meta name="app-chunks" data-<group>="file …">), a route's chunks download beside the main module.
const chunkFiles = Object.fromEntries([...loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)].map((m) => [m[1], m[2]]));
const groups = [...loader.matchAll(/export const __wasm_split_load_([a-z_]+?)_\d+ = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]\)\);/g)]
  .map(([, group, file, deps]) => [group, [file, ...deps.split(',').map((d) => d.trim()).filter(Boolean).map((d) => chunkFiles[d])]]);
if (groups.length === 0 || groups.some(([, files]) => files.some((f) => !f))) fail('could not read the page groups and their chunks from the chunk loader', 'wasm-split-cli changed its output: check WASM_SPLIT_VERSION in scripts/setup.sh, and this step');
const startMeta = /(<meta name="app-start"[^>]*>)/;
if (!startMeta.test(index)) fail('index.html has no <meta name="app-start">', 'Trunk.toml\'s pattern_script writes it: check Trunk.toml');
// A page group's stylesheet is not linked up front either: public/start.js links the one of the
// route being opened, and the app the one of each group it opens later, before drawing it
// (src/ui/group_css.rs). The first view on `/` needs the shell's only (scripts/styles.mjs).
// Each bundle and the page groups drawn with it.
const GROUP_CSS = {
  progress: ['progress_pages', 'map_page'],
  strategy: ['strategy_pages'],
  present: ['present_pages'],
};
const groupCss = Object.entries(GROUP_CSS).flatMap(([bundle, drawn]) => {
  const link = new RegExp(`\\s*<link rel="stylesheet" href="[^"]*/(${bundle}-[0-9a-f]+\\.css)"[^>]*>`);
  const found = index.match(link);
  if (!found) fail(`index.html does not link the ${bundle} stylesheet`, 'Trunk changed its output, or scripts/styles.mjs renamed a bundle: check both');
  index = index.replace(link, '');
  return drawn.map((group) => {
    if (!groups.some(([g]) => g === group)) fail(`no page group "${group}" for the ${bundle} stylesheet`, 'src/routes.rs renamed a page group: update GROUP_CSS here');
    return ` data-css-${group.replaceAll('_', '-')}="${found[1]}"`;
  });
});
const chunkMeta = `<meta name="app-chunks" data-loader="${newLoader}"${groups.map(([g, files]) => ` data-${g.replaceAll('_', '-')}="${files.join(' ')}"`).join('')}${groupCss.join('')} />`;
index = index.replace(startMeta, `$1\n    ${chunkMeta}`);
writeFileSync(join(stage, 'index.html'), index);

// --- 3. Deep links on static hosts --------------------------------------------------------------
// Under `trunk serve` only, the Content Security Policy <meta> goes: Trunk's live-reload script is
// inline, which the policy forbids. Release and plain builds keep it.
if (index.includes('.well-known/trunk/ws')) {
  index = index.replace(/^.*http-equiv="Content-Security-Policy".*\n/m, '');
  writeFileSync(join(stage, 'index.html'), index);
}
// Release builds: each page's header and heading as static HTML, painted before the wasm runs
// (scripts/first-paint.mjs). It needs Chromium; without it the app still works, only later.
if (release) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium) && existsSync(join(source, 'node_modules', 'playwright-core'))) {
    const base = index.match(/<base href="([^"]+)"/)?.[1] ?? '/';
    const { writeFirstPaint } = await import('./first-paint.mjs');
    try {
      console.log(`post-build: ${await writeFirstPaint(stage, base)}`);
    } catch (e) {
      fail(`the static first paint failed: ${e.message}`, e.fix ?? 'run the release build in a browser (scripts/serve, or serve dist/) and check the console');
    }
    index = readFileSync(join(stage, 'index.html'), 'utf8');
  } else {
    console.warn(`post-build: no static first paint (needs ${chromium} and node_modules/playwright-core; scripts/setup.sh ensure_chromium installs them)`);
  }
}
writeFileSync(join(stage, '404.html'), index);

// --- 4. Offline (release builds) ----------------------------------------------------------------
if (release) {
  const { writeOffline } = await import('./offline.mjs');
  try {
    console.log(`post-build: ${await writeOffline(stage)}`);
  } catch (e) {
    fail(e.message, e.fix ?? 'see the message above');
  }
}
