#!/usr/bin/env node
// Checks a built site the way a browser would need it (run by scripts/test after the release
// build): the chunk loader and every wasm chunk it names exist, carry a content hash that matches
// their bytes, and compile; the JS glue imports that loader and finds the main module's exports it
// calls; index.html loads that glue; and, for a release build, every file the service worker
// precaches exists.
//   node scripts/check-site.mjs <site folder, default dist>
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TRUNK_HASH } from './hashes.mjs';

const site = resolve(process.argv[2] ?? 'dist');
const problems = [];
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const files = readdirSync(site);

const loaders = files.filter((f) => new RegExp(`^__wasm_split-${TRUNK_HASH}\\.js$`).test(f));
const glues = files.filter((f) => new RegExp(`^mdg-explorer-${TRUNK_HASH}\\.js$`).test(f));
if (loaders.length !== 1) problems.push(`expected one hashed chunk loader, found ${loaders.length}`);
if (glues.length !== 1) problems.push(`expected one hashed JS glue, found ${glues.length}`);
if (files.some((f) => f === '__wasm_split.js' || /^chunk_\d+\.wasm$/.test(f))) problems.push('unhashed chunk files are left in the site');
const [loader] = loaders;
const [glue] = glues;
if (loader && glue) {
  const text = readFileSync(join(site, loader), 'utf8');
  // Release builds are minified (`from"./…"`).
  const imports = (code, name) => new RegExp(`from\\s*"\\./${name.replaceAll('.', '\\.')}"`).test(code);
  if (!imports(text, glue)) problems.push(`${loader} does not import ${glue}`);
  if (!imports(readFileSync(join(site, glue), 'utf8'), loader)) problems.push(`${glue} does not import ${loader}`);
  const chunks = [...text.matchAll(/new URL\("\.\/([^"]+)"/g)].map((m) => m[1]);
  if (chunks.length === 0) problems.push(`${loader} names no chunk`);
  for (const chunk of chunks) {
    const match = chunk.match(/-([0-9a-f]{16})\.wasm$/);
    if (!match) { problems.push(`${chunk}: no content hash in its name`); continue; }
    if (!existsSync(join(site, chunk))) { problems.push(`${chunk}: named by the loader, missing`); continue; }
    const bytes = readFileSync(join(site, chunk));
    if (hash(bytes) !== match[1]) problems.push(`${chunk}: its name's hash does not match its content`);
    try {
      await WebAssembly.compile(bytes);
    } catch (e) {
      problems.push(`${chunk}: does not compile (${e.message})`);
    }
  }
  // The main module's exports (scripts/wasm-link drops wasm-streams' classes, which nothing
  // uses): none of those classes' methods is back, and every destructor the glue calls exists.
  const main = files.find((f) => new RegExp(`^mdg-explorer-${TRUNK_HASH}_bg\\.wasm$`).test(f));
  if (!main) problems.push('no main wasm module');
  else {
    const exported = WebAssembly.Module.exports(await WebAssembly.compile(readFileSync(join(site, main)))).map((e) => e.name);
    const streams = exported.filter((name) => /^intounderlying/.test(name));
    if (streams.length) problems.push(`${main} exports wasm-streams' methods again (${streams.join(', ')}): see scripts/wasm-link`);
    const glueText = readFileSync(join(site, glue), 'utf8');
    for (const [name] of glueText.matchAll(/__wbg_\w+_free\b/g)) if (!exported.includes(name)) problems.push(`${glue} calls ${name}, which ${main} does not export`);
  }
  const index = readFileSync(join(site, 'index.html'), 'utf8');
  if (!index.includes(glue)) problems.push(`index.html does not load ${glue}`);
  if (readFileSync(join(site, '404.html'), 'utf8') !== index) problems.push('404.html differs from index.html');
}
const sw = join(site, 'sw.js');
if (existsSync(sw)) {
  const precached = [...readFileSync(sw, 'utf8').matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
  if (precached.length === 0) problems.push('sw.js precaches nothing');
  for (const url of precached) if (!existsSync(join(site, url))) problems.push(`sw.js precaches ${url}, which is missing`);
  for (const chunk of files.filter((f) => f.endsWith('.wasm'))) if (!precached.includes(chunk)) problems.push(`${chunk} is not precached: it would not load offline`);
}
if (problems.length) {
  console.error(`check-site: ${site}\n  - ${problems.join('\n  - ')}\n  how to fix: rebuild from clean with scripts/build (see docs/build.md)`);
  process.exit(1);
}
console.log(`check-site: ${site} is complete (loader, chunks, glue${existsSync(sw) ? ', service worker' : ''})`);
