// What a first visit downloads, counted as a browser requests it: every response body from the
// navigation until the network is idle (Playwright's `networkidle`: no request for 500 ms), each
// compressed with brotli quality 11 (as a host pre-compresses), summed. One definition for the
// size budget test (tests/e2e/size.spec.ts) and the benchmark (scripts/bench.mjs). Run it with
// service workers blocked, or the worker's precaching is counted too.
import { brotliCompressSync, constants } from 'node:zlib';

/** Brotli quality 11 size of some bytes (also used by scripts/size.mjs for the files in dist/). */
export function brotliSize(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}

/**
 * Opens `url` in `page` and returns every response until the network is idle, as
 * `{ url, status, size }` (size: brotli bytes of the decoded body). `ready(page)` runs between the
 * navigation and the wait for idle network (e.g. until the app has mounted).
 */
export async function firstVisit(page, url, ready = async () => {}) {
  const bodies = [];
  const listener = (res) => {
    bodies.push(res.body().then((body) => ({ url: res.url(), status: res.status(), size: brotliSize(body) })));
  };
  page.on('response', listener);
  try {
    await page.goto(url);
    await ready(page);
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('response', listener);
  }
  return Promise.all(bodies);
}

/** The sum of the files' brotli sizes. */
export const totalSize = (files) => files.reduce((sum, f) => sum + f.size, 0);
