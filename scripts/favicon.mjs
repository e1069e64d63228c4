// Renders public/favicon.svg to public/icons/favicon-32.png, the page's icon (index.html).
//
// Why a PNG (issue 14): Chromium fetches and decodes the page's icon again on every same-document
// navigation, and each year or indicator step of the map, and each "as of" step of a profile, is
// one (the URL holds the view). An SVG icon is decoded by building an SVG document, ~1.5 ms of
// main-thread work per step (scripts/bench); a 32 px PNG is a fraction of that. It is written
// with a palette (the icon has two colours and their anti-aliased edges), a third of the size of
// the browser's own RGBA screenshot: every byte counts in the first view's budget. The SVG stays
// the manifest's scalable icon. Run again after changing the SVG:  node scripts/favicon.mjs
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 32;
const require = createRequire(new URL('../package.json', import.meta.url));
const { chromium } = require('playwright-core');
const root = new URL('../', import.meta.url);
const svg = readFileSync(new URL('public/favicon.svg', root));

/** The icon's pixels, RGBA, drawn by Chromium. */
async function pixels() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    return await page.evaluate(
      async ({ src, size }) => {
        const img = new Image(size, size);
        img.src = src;
        await img.decode();
        const canvas = new OffscreenCanvas(size, size);
        const g = canvas.getContext('2d');
        g.drawImage(img, 0, 0, size, size);
        return [...g.getImageData(0, 0, size, size).data];
      },
      { src, size: SIZE },
    );
  } finally {
    await browser.close();
  }
}

/** A PNG chunk: length, type, data, CRC of type and data. */
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit palette PNG of SIZE × SIZE RGBA pixels (at most 256 distinct colours). */
function palettePng(rgba) {
  const colours = new Map();
  const indices = [];
  for (let i = 0; i < rgba.length; i += 4) {
    const key = rgba.slice(i, i + 4).join(',');
    if (!colours.has(key)) colours.set(key, colours.size);
    indices.push(colours.get(key));
  }
  if (colours.size > 256) throw new Error(`the icon has ${colours.size} colours: more than a palette holds`);
  const entries = [...colours.keys()].map((k) => k.split(',').map(Number));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr.set([8, 3, 0, 0, 0], 8); // 8 bits, palette, deflate, adaptive filters, no interlace
  // Each row: filter type 0 (none), then its palette indices.
  const rows = Buffer.alloc(SIZE * (SIZE + 1));
  for (let y = 0; y < SIZE; y++) rows.set(indices.slice(y * SIZE, (y + 1) * SIZE), y * (SIZE + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(entries.flatMap(([r, g, b]) => [r, g, b]))),
    chunk('tRNS', Buffer.from(entries.map(([, , , a]) => a))),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync(new URL('public/icons/favicon-32.png', root), palettePng(await pixels()));
