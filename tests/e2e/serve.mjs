#!/usr/bin/env node
// A static file server that behaves like GitHub Pages: files as they are, a folder's index.html,
// and for an unknown path the nearest 404.html above it, with status 404. Used by the end-to-end
// tests to serve the release build from a parent folder, so the sub-path is real.
//   node tests/e2e/serve.mjs <root> [port] [--csp] [--gzip] [--spa]
// Port 0 picks a free port (printed). --csp also sends the Content Security Policy as an HTTP
// header, the way the README tells hosts to (tests/e2e/csp.spec.ts). --gzip compresses text and
// wasm for clients that accept it, as GitHub Pages does (scripts/bench). --spa answers an unknown
// path with that 404.html but status 200, like nginx `try_files` or a host's SPA rewrite: Lighthouse
// refuses to score a page whose document is a 404 (scripts/bench).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [rootArg, portArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const root = resolve(rootArg ?? 'dist');
const port = Number(portArg ?? 4173);
const csp = process.argv.includes('--csp') ? { 'content-security-policy': policy() } : {};
const gzip = process.argv.includes('--gzip');
const spa = process.argv.includes('--spa');

/** The policy of the app's index.html <meta>, the one place it is written. */
function policy() {
  const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
  const found = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/);
  if (!found) throw new Error('index.html has no Content-Security-Policy <meta>');
  return found[1];
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** What a host compresses: everything but images that are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg', '.txt', '.webmanifest']);

const isFile = (path) => existsSync(path) && statSync(path).isFile();

function locate(urlPath) {
  const path = join(root, normalize(decodeURIComponent(urlPath)));
  if (!path.startsWith(root)) return null;
  if (isFile(path)) return { path, status: 200 };
  if (isFile(join(path, 'index.html'))) return { path: join(path, 'index.html'), status: 200 };
  // Nearest 404.html walking up from the requested folder.
  let dir = path;
  while (dir.startsWith(root)) {
    if (isFile(join(dir, '404.html'))) return { path: join(dir, '404.html'), status: 404 };
    dir = resolve(dir, '..');
    if (dir === root && isFile(join(root, '404.html'))) return { path: join(root, '404.html'), status: 404 };
    if (dir === root) break;
  }
  return null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const found = locate(url.pathname);
  if (!found) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  let body = readFileSync(found.path);
  const encoding = {};
  if (gzip && COMPRESSIBLE.has(extname(found.path)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body);
    Object.assign(encoding, { 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
  }
  res.writeHead(spa && found.status === 404 ? 200 : found.status, {
    'content-type': TYPES[extname(found.path)] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': 'no-cache',
    ...encoding,
    ...csp,
  });
  res.end(body);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${server.address().port}/`);
});
