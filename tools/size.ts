// Bytes a page downloads, min+gzip (and brotli), from the browser build that
// `npm run build` makes in dist/browser (minified by Vite), against the
// budgets of the embedding issue. Run by `npm test` after the build. Which
// files count comes from the build's manifest (dist/browser/.vite/manifest.json):
// the English critical path is define.js, what it loads at once (the FAQ and
// the widget) and every chunk those import statically; the calculator, which
// it loads when a reader may use it, is counted apart, and with the path for a
// page that loads it at once (no server HTML). The locale chunks are what the
// path imports dynamically from lit-localize's output folder. The classic
// script is a small file that loads auto.js beside it, and from there what a
// module script's page with placeholders loads.
//
// Every row fails the run above its budget, except where the budget is not met
// yet (README, "Size"): there the run fails above a ceiling instead, the
// measured size with 500 B of headroom, so that a content change (a new
// message, a longer answer) does not fail the run but growth by code stays a
// decision. Lower a ceiling whenever a change makes room; never raise one
// silently. The run also prints what each part of the critical path weighs.
//
// `npm run size -- --write` also writes the table into the README, between
// <!-- size:start --> and <!-- size:end -->; without it the run only checks.
import {readFileSync, writeFileSync} from 'node:fs';
import {posix} from 'node:path';
import {markedBlock, replaceMarkedBlock} from '../scripts/marked-block.js';
import {LIT_LOCALIZE} from '../scripts/shipped-locales.js';
import {PSEUDO_LOCALES} from '../scripts/translated-sources.js';
import {brotliSize, gzipSize} from './compressed-size.js';
import {breakdown} from './size-breakdown.js';

const ROOT = new URL('../', import.meta.url);
const DIR = new URL('dist/browser/', ROOT);
const README = new URL('README.md', ROOT);
const BUDGETS = {
  englishPath: 20_000,
  renderedPath: 20_000,
  calculator: 6_000,
  localeChunk: 3_000,
  onDemand: 4_000,
  iife: 30_000,
  singleFile: 51_000,
};
// Measured size + 500 B of headroom, rounded up to 100, so that a new message or
// question does not fail the run; winning the bytes back is its own issue.
const CEILINGS = {renderedPath: 23_900, singleFile: 51_900};
// define.js, and what it loads at once (src/browser/start.ts): the FAQ and the
// widget. The calculator it loads when a reader may use it
// (src/browser/calculator-on-demand.ts): at once on a page the browser renders.
const ENTRY = 'src/browser/define.ts';
// auto.js, which the classic script loads, and what it loads at once: the elements and the placeholders.
const AUTO = 'src/browser/auto.ts';
const IIFE = 'pa-migration-help.iife.js';
const SINGLE_FILE = 'pa-migration-help.single.js';

const {targetLocales, output} = LIT_LOCALIZE;
const manifest: Record<string, {file: string; name?: string; css?: string[]; imports?: string[]; dynamicImports?: string[]}> = JSON.parse(
  readFileSync(new URL('.vite/manifest.json', DIR), 'utf8'),
);
const read = (file: string) => readFileSync(new URL(file, DIR));
/** The manifest key of a chunk named in vite.config.ts's groups. */
const chunkNamed = (name: string) => {
  const key = Object.keys(manifest).find((key) => manifest[key]!.name === name);
  if (!key) throw new Error(`no chunk ${name} in the build manifest`);
  return key;
};
const CALCULATOR = chunkNamed('renewal-calculator');

/** A chunk and every chunk it imports statically (manifest keys): what loads before it runs. */
function staticGraph(key: string, graph = new Set<string>()): Set<string> {
  if (graph.has(key)) return graph;
  if (!manifest[key]) throw new Error(`${key} is not in the build manifest`);
  graph.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticGraph(imported, graph);
  return graph;
}

/** The files of some chunks (their CSS too), in the order given, each once. */
const filesOf = (keys: Iterable<string>) => [...new Set([...keys].flatMap((key) => [manifest[key]!.file, ...(manifest[key]!.css ?? [])]))];

const rows: {label: string; bytes: Buffer; budget: number; ceiling?: number}[] = [];
const englishPath = staticGraph(ENTRY);
for (const loaded of manifest[ENTRY]?.dynamicImports ?? []) if (loaded !== CALCULATOR) staticGraph(loaded, englishPath);
const englishFiles = filesOf(englishPath);
rows.push({
  label: `English critical path (${englishFiles.join(' + ')})`,
  bytes: Buffer.concat(englishFiles.map(read)),
  budget: BUDGETS.englishPath,
});
// A page the browser renders (no server HTML) loads the calculator at once: its whole English path.
const withCalculator = filesOf(staticGraph(CALCULATOR, new Set(englishPath)));
rows.push({
  label: `English path with the calculator at once, a page without server HTML (${withCalculator.join(' + ')})`,
  bytes: Buffer.concat(withCalculator.map(read)),
  budget: BUDGETS.renderedPath,
  ceiling: CEILINGS.renderedPath,
});

// A locale's chunk, plus whatever it imports that the English path has not loaded already.
const localesDir = posix.normalize(output.outputDir);
const localeKey = (locale: string) => `${localesDir}/${locale}.ts`;
const lazy = new Set([...englishPath].flatMap((key) => manifest[key]?.dynamicImports ?? []));
const unknown = [...lazy].filter((key) => key.startsWith(`${localesDir}/`) && !targetLocales.some((locale) => localeKey(locale) === key));
if (unknown.length > 0) throw new Error(`locale chunks for no target locale: ${unknown.join(', ')}`);
for (const locale of targetLocales) {
  const key = localeKey(locale);
  if (PSEUDO_LOCALES.includes(locale)) {
    if (lazy.has(key)) throw new Error(`the build ships the pseudo-locale ${locale}`);
    continue;
  }
  if (!lazy.has(key)) throw new Error(`no lazy chunk for locale ${locale} (${key}) in the build manifest`);
  const files = filesOf(staticGraph(key)).filter((file) => !englishFiles.includes(file));
  rows.push({
    label: `locale chunk ${locale}${files.length > 1 ? ` (${files.join(' + ')})` : ''}`,
    bytes: Buffer.concat(files.map(read)),
    budget: BUDGETS.localeChunk,
  });
}

// What the English path loads later, on demand (the calculator's rules and
// result with its first input, server-rendered HTML to hydrate, an editor's
// notice, a calendar file): each chunk with what it imports that the English
// path has not loaded already. The budget of 4,000 B is the rules and the
// result together (3.4 KB), with room for new sentences.
// A chunk loaded on demand by another (the calendar file, by the result) comes after it: what that one loaded is not counted again.
const onDemand = new Map(
  [...lazy].filter((key) => !englishPath.has(key) && !key.startsWith(`${localesDir}/`)).map((key) => [key, englishPath]),
);
for (const [key, loaded] of onDemand) {
  for (const next of manifest[key]?.dynamicImports ?? []) {
    if (!onDemand.has(next)) onDemand.set(next, new Set([...loaded, ...staticGraph(key)]));
  }
}
for (const [key, loaded] of [...onDemand].sort(([a], [b]) => a.localeCompare(b))) {
  const loadedFiles = filesOf(loaded);
  const files = filesOf(staticGraph(key)).filter((file) => !loadedFiles.includes(file));
  const budget = key === CALCULATOR ? BUDGETS.calculator : BUDGETS.onDemand;
  rows.push({label: `on demand: ${files.join(' + ')}`, bytes: Buffer.concat(files.map(read)), budget});
}

// The classic script and what it loads on an English page (auto.js and its chunks).
const classicPath = staticGraph(AUTO);
for (const loaded of manifest[AUTO]?.dynamicImports ?? []) staticGraph(loaded, classicPath);
const classicFiles = [IIFE, ...filesOf(classicPath)];
rows.push({
  label: `classic script, English (${classicFiles.join(' + ')})`,
  bytes: Buffer.concat(classicFiles.map(read)),
  budget: BUDGETS.iife,
});
// Everything with every language inside, for hosts that rename files (Zendesk Guide's theme assets).
rows.push({
  label: `single-file classic script, every language (${SINGLE_FILE})`,
  bytes: read(SINGLE_FILE),
  budget: BUDGETS.singleFile,
  ceiling: CEILINGS.singleFile,
});

let failed = 0;
const table = ['| what | min | min+gzip | min+brotli | budget (gzip) |', '| --- | ---: | ---: | ---: | ---: |'];
for (const {label, bytes, budget, ceiling} of rows) {
  const gzipped = gzipSize(bytes);
  let verdict = gzipped <= budget ? `${budget} ok` : `${budget} OVER by ${gzipped - budget}`;
  if (ceiling !== undefined && gzipped > budget)
    verdict += gzipped <= ceiling ? ` (ceiling ${ceiling} ok)` : ` (ceiling ${ceiling} EXCEEDED)`;
  if (gzipped > (ceiling ?? budget)) failed++;
  table.push(`| ${label} | ${bytes.length} | ${gzipped} | ${brotliSize(bytes)} | ${verdict} |`);
}
console.log(table.join('\n'));

// What each part of the English critical path weighs, biggest first.
const shares = await breakdown(englishFiles);
const sharesTable = [
  '| part of the English critical path | min | min+gzip alone |',
  '| --- | ---: | ---: |',
  ...shares.map(({group, min, gzipAlone}) => `| ${group} | ${min} | ${gzipAlone} |`),
];
console.log(`\n${sharesTable.join('\n')}`);

const n = (bytes: number) => bytes.toLocaleString('en-US');
const block = `Budgets, min+gzip: ${n(BUDGETS.englishPath)} bytes for the English critical path, with the calculator too where a page loads it at once,
${n(BUDGETS.localeChunk)} per locale chunk, ${n(BUDGETS.calculator)} for the calculator and ${n(BUDGETS.onDemand)} per other chunk loaded on demand,
${n(BUDGETS.iife)} for the classic script's English path, ${n(BUDGETS.singleFile)} for the single file. Ceilings while a budget is not met:
${n(CEILINGS.renderedPath)} for the English path with the calculator, ${n(CEILINGS.singleFile)} for the single file. In bytes:

${table.join('\n')}

What the English critical path holds, by package and by folder of ours (each part gzipped alone):

${sharesTable.join('\n')}`;
const readme = readFileSync(README, 'utf8');
if (process.argv.includes('--write')) {
  writeFileSync(README, replaceMarkedBlock(readme, 'size', block));
  console.log('\nWrote the table into README.md (Size).');
} else if (markedBlock(readme, 'size') !== block) {
  console.log('\nREADME.md (Size) shows other figures: `npm run size -- --write` writes these.');
}
process.exitCode = failed > 0 ? 1 : 0;
