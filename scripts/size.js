// Bytes a page downloads, min+gzip (and brotli), from the browser build that
// `npm run build` makes in dist/browser (minified by Vite). Fails when over
// the budgets of the embedding issue. Usage: npm run size
import {readFileSync, readdirSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const {targetLocales} = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));

const DIR = new URL('../dist/browser/', import.meta.url);
const BUDGETS = {englishPath: 14_000, localeChunk: 3_000, iife: 30_000};

const read = (file) => readFileSync(new URL(file, DIR));
const gzip = (bytes) => gzipSync(bytes, {level: 9}).length;
const brotli = (bytes) => brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/** A module and every module it imports statically: what loads before the first render. */
function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = read(file).toString();
  // Static `import … from`, `import "…"` and `export … from`; not `import("…")`, which loads later.
  for (const [, specifier] of code.matchAll(/\b(?:import|export)\s*(?:[^'"(]*?from\s*)?["']\.\/([^"']+)["']/g)) {
    staticGraph(specifier, seen);
  }
  return seen;
}

const rows = [];
const englishPath = [...staticGraph('define.js')];
const english = Buffer.concat(englishPath.map(read));
rows.push(['English critical path (' + englishPath.join(' + ') + ')', english, BUDGETS.englishPath]);
// Vite names a chunk <locale>-<hash>.js; a hash may hold "-" too.
// en-XA, the pseudo-locale, is left out of builds.
for (const locale of targetLocales.filter((locale) => locale !== 'en-XA')) {
  const file = readdirSync(DIR).find((name) => name.startsWith(`${locale}-`) && /^[\w-]{8}\.js$/.test(name.slice(locale.length + 1)));
  rows.push([`locale chunk ${locale}`, read(file), BUDGETS.localeChunk]);
}
rows.push(['IIFE, all locales inlined (pa-migration-help.iife.js)', read('pa-migration-help.iife.js'), BUDGETS.iife]);

let over = 0;
console.log('| what | min | min+gzip | min+brotli | budget (gzip) |\n| --- | ---: | ---: | ---: | ---: |');
for (const [label, bytes, budget] of rows) {
  const gzipped = gzip(bytes);
  const verdict = gzipped <= budget ? `${budget} ok` : `${budget} OVER by ${gzipped - budget}`;
  if (gzipped > budget) over++;
  console.log(`| ${label} | ${bytes.length} | ${gzipped} | ${brotli(bytes)} | ${verdict} |`);
}
process.exitCode = over > 0 ? 1 : 0;
