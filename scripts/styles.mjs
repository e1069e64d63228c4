#!/usr/bin/env node
// Bundles the app's CSS (Trunk's pre-build hook; also runnable as `node scripts/styles.mjs`).
//
// Each component's styles sit beside it (src/ui/header.rs → src/ui/header.css), so a component
// and its styles move together; the custom properties, element defaults, layout and patterns that
// every page shares sit in style/. This script concatenates them, per page group of src/routes.rs,
// into target/style/<bundle>.css, the files index.html links (`<link data-trunk rel="css">`).
//
// The order below is the cascade order: a later rule wins over an earlier one of the same
// specificity. Files are listed by hand, not globbed, for that reason. It fails loudly when a
// .css file under src/ or style/ is in no bundle (or in two), a listed file is missing, a
// component's .css has no .rs of the same name beside it, or index.html does not link exactly
// the bundles.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'target/style';

/** Bundle name → the files it concatenates, in cascade order. index.html links them in this order. */
const BUNDLES = {
  // The shell (src/app.rs, src/ui/) and the home page (src/pages/home.rs, the first view).
  shell: [
    'style/base.css',
    'src/app.css',
    'src/ui/header.css',
    'src/ui/locale.css',
    'src/ui/page.css',
    'src/ui/loaded.css',
    'src/ui/route_loading.css',
    'src/ui/error.css',
    'src/ui/fatal.css',
    'src/ui/footer.css',
    'src/ui/update.css',
    'src/ui/offline.css',
    'src/ui/status.css',
    'src/ui/charts/sparkline.css',
    'src/ui/tabs.css',
    'src/ui/charts/line_chart.css',
    'src/ui/charts/choropleth.css',
    'src/ui/figure.css',
    'src/ui/prose.css',
    'src/ui/date.css',
    'src/pages/home.css',
    // Rendered by the shell's header although it lives in src/present/.
    'src/present/add.css',
    // Any page can be a slide, so the projector theme is the shell's too.
    'style/projector.css',
  ],
  // progress_pages: src/progress/.
  progress: [
    'src/progress/mod.css',
    'src/progress/profile/mod.css',
    'src/progress/map/mod.css',
    'src/progress/explore/mod.css',
    'src/progress/countries.css',
    'src/progress/working.css',
    'src/progress/fit.css',
    'src/progress/grid.css',
    'src/progress/state.css',
    'src/progress/methodology.css',
    'src/progress/reports.css',
    'src/progress/unknown.css',
  ],
  // strategy_pages: src/pillars/ and src/pages/ (but the home page).
  strategy: [
    'src/pages/goals.css',
    'src/pages/mod.css',
    'src/pillars/project/mod.css',
    'src/pillars/mod.css',
    'src/pillars/campaign/mod.css',
    'src/pages/goal.css',
    'src/pillars/country_level/mod.css',
    'src/pages/timeline.css',
    'src/pillars/monitoring/availability.css',
    'src/pillars/monitoring/mod.css',
    'src/pages/financing.css',
    'src/pages/glossary.css',
    'src/pages/source.css',
    'src/pages/decent_work.css',
    'src/pages/checklist.css',
    'src/pillars/monitoring/history.css',
  ],
  // present_pages: src/present/ (but the header's "Add to deck").
  present: [
    'src/present/show/mod.css',
    'src/present/mod.css',
    'src/present/dialog.css',
    'src/present/speaker/mod.css',
    'src/present/builder/mod.css',
    'src/present/handout.css',
    'src/present/library.css',
  ],
};

class StyleError extends Error {
  constructor(message, fix) {
    super(message);
    this.fix = fix;
  }
}

/** Every .css file under `dir`, as a path relative to the root. */
function cssFiles(dir) {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return cssFiles(relative(ROOT, path));
    return name.endsWith('.css') ? [relative(ROOT, path)] : [];
  });
}

/** Checks that every stylesheet is in exactly one bundle and that each bundle's files exist. */
function checkSources() {
  const listed = new Map();
  for (const [bundle, files] of Object.entries(BUNDLES)) {
    for (const file of files) {
      if (listed.has(file)) throw new StyleError(`${file} is in bundles "${listed.get(file)}" and "${bundle}"`, 'list it in one bundle of scripts/styles.mjs');
      listed.set(file, bundle);
      if (!existsSync(join(ROOT, file))) throw new StyleError(`${file} (bundle "${bundle}") does not exist`, 'create it, or take it out of BUNDLES in scripts/styles.mjs');
    }
  }
  for (const file of [...cssFiles('src'), ...cssFiles('style')]) {
    if (!listed.has(file)) throw new StyleError(`${file} is in no bundle, so no page would get its styles`, "add it to its page group's bundle in scripts/styles.mjs (BUNDLES)");
    if (file.startsWith('src/') && !existsSync(join(ROOT, file.replace(/\.css$/, '.rs')))) {
      throw new StyleError(`${file} is not beside a component: there is no ${file.replace(/\.css$/, '.rs')}`, 'name a component\'s styles after its module (header.rs → header.css), or put shared styles in style/');
    }
  }
}

/** Checks that index.html links each bundle once, in order, and nothing else from target/style. */
function checkIndex() {
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/<link\s+data-trunk\s+rel="css"\s+href="([^"]+)"/g)].map((m) => m[1]);
  const wanted = Object.keys(BUNDLES).map((name) => `${OUT}/${name}.css`);
  if (linked.join() !== wanted.join()) {
    throw new StyleError(`index.html links the stylesheets [${linked.join(', ')}], not the bundles [${wanted.join(', ')}]`, 'link each bundle once, in this order, with <link data-trunk rel="css" href="target/style/<bundle>.css" />');
  }
}

/**
 * Writes target/style/<bundle>.css for every bundle; returns their names and sizes. A release
 * build drops the comments (Trunk copies CSS as it is): they are for the sources, and the first
 * view's size is budgeted. Other builds keep them and name each file, for the browser's tools.
 */
function writeBundles(release) {
  mkdirSync(join(ROOT, OUT), { recursive: true });
  return Object.entries(BUNDLES).map(([bundle, files]) => {
    const parts = files.map((file) => {
      const css = readFileSync(join(ROOT, file), 'utf8');
      return release ? stripComments(css) : `/* ${file} */\n${css.trimEnd()}\n`;
    });
    const header = release ? '' : `/* Generated by scripts/styles.mjs from ${files.length} files: edit those, not this. */\n\n`;
    const css = header + parts.join(release ? '' : '\n');
    writeFileSync(join(ROOT, OUT, `${bundle}.css`), css);
    return `${bundle} ${(css.length / 1024).toFixed(1)} KB`;
  });
}

/** The stylesheet without its comments and blank lines (no string in these files holds a comment). */
function stripComments(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n')
    .concat('\n');
}

try {
  checkSources();
  checkIndex();
  const written = writeBundles(process.env.TRUNK_PROFILE === 'release');
  console.log(`styles: ${written.join(', ')} (${OUT}/)`);
} catch (error) {
  console.error(`styles: ${error.message}`);
  if (error.fix) console.error(`styles: fix: ${error.fix}`);
  process.exit(1);
}
