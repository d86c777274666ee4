// npm run generate: every file made from the source, after a content change
// (a new FAQ question, message or attribute). In order:
//
//   lit-localize extract      the messages of src/ into locales/*.xlf (targets kept)
//   placeholder hints         each target's placeholders get their source's hint
//   new translations          a target without a record gets one: the English it translates
//   pseudo-locale             locales/en-XA.xlf, made again from the English
//   lit-localize build        src/generated/ from locales/
//   README tables             the attributes and parts tables (scripts/readme-tables.ts)
//
// then lists the translations whose English changed since they were confirmed.
// `npm run generate -- --check` (`npm run test:generated`) generates into a
// temporary copy instead and fails, naming the files, when the working tree
// differs from what generation makes: nothing needs to be staged.
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {pseudoLocale} from './pseudo-locale.js';
import {withReadmeTables} from './readme-tables.js';
import {LIT_LOCALIZE} from './shipped-locales.js';
import {syncPlaceholderHints} from './sync-placeholder-hints.js';
import {PSEUDO_LOCALES, recordNewTranslations, staleTargets} from './translated-sources.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** What generation reads besides node_modules: copied for --check. */
const INPUTS = ['src', 'locales', 'lit-localize.json', 'tsconfig.json', 'README.md'];
/** What generation writes. */
const OUTPUTS = ['locales', 'src/generated', 'README.md'];

function litLocalize(root: string, command: 'extract' | 'build'): void {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/lit-localize'), [command], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
  if (result.status !== 0) throw new Error(`lit-localize ${command} failed (exit ${result.status})`);
}

function rewrite(file: string, change: (text: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const changed = change(text);
  if (changed !== text) writeFileSync(file, changed);
}

/** Generates every file under `root`, a checkout (or a copy of one). */
export function generate(root: string): void {
  litLocalize(root, 'extract');
  const xliffDir = join(root, LIT_LOCALIZE.interchange.xliffDir);
  for (const locale of LIT_LOCALIZE.targetLocales) {
    const file = join(xliffDir, `${locale}.xlf`);
    if (PSEUDO_LOCALES.includes(locale)) rewrite(file, pseudoLocale);
    else rewrite(file, (xliff) => recordNewTranslations(syncPlaceholderHints(xliff)).xliff);
  }
  litLocalize(root, 'build');
  rewrite(join(root, 'README.md'), withReadmeTables);
}

/** The generated files under `root`: each output file, and every file in each output folder. */
function filesOf(root: string): string[] {
  return OUTPUTS.flatMap((path) => {
    const full = join(root, path);
    if (!existsSync(full) || !statSync(full).isDirectory()) return [path];
    return readdirSync(full, {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)));
  });
}

/** The files of the working tree that differ from a fresh generation (missing and extra ones too). */
export function differences(): string[] {
  const copy = mkdtempSync(join(tmpdir(), 'pa-generate-'));
  try {
    for (const path of INPUTS) cpSync(join(ROOT, path), join(copy, path), {recursive: true});
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    generate(copy);
    const files = [...new Set([...filesOf(ROOT), ...filesOf(copy)])].sort();
    const read = (root: string, file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined);
    return files.filter((file) => read(ROOT, file) !== read(copy, file));
  } finally {
    rmSync(copy, {recursive: true, force: true});
  }
}

function listStale(): void {
  const stale = LIT_LOCALIZE.targetLocales
    .filter((locale) => !PSEUDO_LOCALES.includes(locale))
    .flatMap((locale) =>
      staleTargets(readFileSync(join(ROOT, LIT_LOCALIZE.interchange.xliffDir, `${locale}.xlf`), 'utf8')).map((id) => `${locale} ${id}`),
    );
  if (stale.length === 0) return;
  console.warn(`${stale.length} translations were made from an older English (npm test fails until they are confirmed):`);
  console.warn(stale.map((line) => `  ${line}`).join('\n'));
  console.warn('Update each one, then: npm run localize:confirm -- <locale|all> <message-id>…');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const files = differences();
    if (files.length > 0) {
      console.error(`Out of date with the source: ${files.join(', ')}.\nRun \`npm run generate\`, then commit the result.`);
      process.exitCode = 1;
    } else console.log('Generated files match the source.');
  } else {
    generate(ROOT);
    listStale();
  }
}
