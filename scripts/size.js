// Bytes a page downloads, min+gzip (and brotli), from the browser build that
// `npm run build` makes in dist/browser (minified by Vite), against the
// budgets of the embedding issue. Run by `npm test` after the build.
//
// The locale chunks meet their budget, and fail the run when they do not.
// The English critical path and the IIFE do not meet theirs yet (README,
// "Size"): for them the run fails above a ceiling instead, today's size with
// a little room, so that growth is a decision rather than an accident. Lower
// a ceiling whenever a change makes room; never raise one silently.
import {readFileSync, readdirSync} from 'node:fs';
import {brotliSize, gzipSize} from './compressed-size.js';

const {targetLocales} = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));

const DIR = new URL('../dist/browser/', import.meta.url);
const BUDGETS = {englishPath: 14_000, localeChunk: 3_000, iife: 30_000};
const CEILINGS = {englishPath: 21_500, iife: 42_500};

const read = (file) => readFileSync(new URL(file, DIR));

/** A module and every module it imports statically, with their bytes: what loads before the first render. */
function staticGraph(file, graph = new Map()) {
  if (graph.has(file)) return graph;
  const bytes = read(file);
  graph.set(file, bytes);
  // Static `import … from`, `import "…"` and `export … from`; not `import("…")`, which loads later.
  for (const [, specifier] of bytes.toString().matchAll(/\b(?:import|export)\s*(?:[^'"(]*?from\s*)?["']\.\/([^"']+)["']/g)) {
    staticGraph(specifier, graph);
  }
  return graph;
}

const rows = [];
const englishPath = staticGraph('define.js');
rows.push({
  label: `English critical path (${[...englishPath.keys()].join(' + ')})`,
  bytes: Buffer.concat([...englishPath.values()]),
  budget: BUDGETS.englishPath,
  ceiling: CEILINGS.englishPath,
});
// Vite names a chunk <locale>-<hash>.js; a hash may hold "-" too. Builds leave out en-XA, the pseudo-locale.
const files = readdirSync(DIR);
for (const locale of targetLocales.filter((locale) => locale !== 'en-XA')) {
  const file = files.find((name) => name.startsWith(`${locale}-`) && /^[\w-]{8}\.js$/.test(name.slice(locale.length + 1)));
  rows.push({label: `locale chunk ${locale}`, bytes: read(file), budget: BUDGETS.localeChunk});
}
rows.push({
  label: 'IIFE, all locales inlined (pa-migration-help.iife.js)',
  bytes: read('pa-migration-help.iife.js'),
  budget: BUDGETS.iife,
  ceiling: CEILINGS.iife,
});

let failed = 0;
console.log('| what | min | min+gzip | min+brotli | budget (gzip) |\n| --- | ---: | ---: | ---: | ---: |');
for (const {label, bytes, budget, ceiling} of rows) {
  const gzipped = gzipSize(bytes);
  let verdict = gzipped <= budget ? `${budget} ok` : `${budget} OVER by ${gzipped - budget}`;
  if (ceiling !== undefined && gzipped > budget) verdict += gzipped <= ceiling ? ` (ceiling ${ceiling} ok)` : ` (ceiling ${ceiling} EXCEEDED)`;
  if (gzipped > (ceiling ?? budget)) failed++;
  console.log(`| ${label} | ${bytes.length} | ${gzipped} | ${brotliSize(bytes)} | ${verdict} |`);
}
process.exitCode = failed > 0 ? 1 : 0;
