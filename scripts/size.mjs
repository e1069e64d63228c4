#!/usr/bin/env node
// Prints the brotli size (quality 11, as static hosts pre-compress) of every file in dist/, and the
// a static estimate of what the first view loads: index.html plus every file it references (CSS,
// JS, the main wasm module named in <meta name="app-start">, icon), plus the lazily loaded wasm
// chunks of the home route and their loader. The budget (scripts/budget.mjs) is checked by
// tests/e2e/size.spec.ts, which counts what the browser really requests, data included.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUDGET } from './budget.mjs';
import { brotliSize } from './first-visit.mjs';

// The built site: dist/ by default, or the folder given as DIST.
const dist = process.env.DIST ?? new URL('../dist/', import.meta.url).pathname;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const kb = (n) => `${(n / 1000).toFixed(1).padStart(8)} KB`;

const files = walk(dist).map((path) => {
  const bytes = readFileSync(path);
  return { file: relative(dist, path), raw: bytes.length, br: brotliSize(bytes) };
});
files.sort((a, b) => b.br - a.br);

// What index.html pulls in: every local href/src, by file name (the public URL prefix varies).
const index = readFileSync(join(dist, 'index.html'), 'utf8');
const referenced = new Set(
  [...index.matchAll(/(?:href|src|data-js|data-wasm)="([^"]+)"/g)]
    .map((m) => m[1].split('/').pop())
    .filter(Boolean),
);
// The home page's group (src/routes.rs): its chunks, and the loader that fetches them, as
// scripts/post-build.mjs lists them for public/start.js in <meta name="app-chunks">.
const chunks = index.match(/<meta name="app-chunks"[^>]*>/)?.[0];
if (chunks) {
  const home = chunks.match(/data-home-page="([^"]*)"/)?.[1].split(' ').filter(Boolean) ?? [];
  if (home.length === 0) throw new Error('<meta name="app-chunks"> in index.html names no home-page chunk');
  for (const file of [chunks.match(/data-loader="([^"]+)"/)?.[1], ...home]) if (file) referenced.add(file);
}
const firstView = files.filter((f) => f.file === 'index.html' || referenced.has(f.file));

console.log('brotli     raw          file');
for (const f of files) {
  console.log(`${kb(f.br)} ${kb(f.raw)}  ${f.file}${firstView.includes(f) ? '  (first view)' : ''}`);
}
const total = firstView.reduce((s, f) => s + f.br, 0);
const all = files.reduce((s, f) => s + f.br, 0);
console.log(`\nfirst view, static estimate: ${kb(total).trim()} brotli in ${firstView.length} files (the budget, ${BUDGET / 1000} KB, is checked by tests/e2e/size.spec.ts as the browser requests it)`);
console.log(`whole dist: ${kb(all).trim()} brotli in ${files.length} files`);

