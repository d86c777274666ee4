// What `npm publish` would send, without sending it: `npm publish --dry-run`
// (publish, not pack, since only publish warns about package.json fields it had
// to correct). Offline and without the parent npm's settings: no registry, no
// credentials, no lifecycle scripts. Run after `npm run build`.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));

/** The gzipped tarball's budget: 334 KB when this test was written (0.1.0). */
const PACKED_BYTES_BUDGET = 400_000;

// An `npm test` run hands its own settings (and CI's token request) to child processes: a clean dry run goes without.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^npm_config_|^npm_lifecycle_|^ACTIONS_ID_TOKEN_REQUEST_/i.test(name)),
);
const run = spawnSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts', '--offline'], {cwd: ROOT, env, encoding: 'utf8'});
// No machine running the tests is logged in to npm; that warning is about the machine, not the package.
const NOT_LOGGED_IN = /^npm warn publish This command requires you to be logged in to \S+ \(dry-run\)$/;

const report = () => JSON.parse(run.stdout)[PACKAGE.name];
const files = () => report().files.map((file) => file.path);

test('npm publish --dry-run succeeds with no warning', () => {
  assert.equal(run.status, 0, run.stderr);
  const warnings = run.stderr.split('\n').filter((line) => /^npm (warn|error)/i.test(line) && !NOT_LOGGED_IN.test(line));
  assert.deepEqual(warnings, []);
  assert.equal(report().id, `${PACKAGE.name}@${PACKAGE.version}`);
});

test('the package holds what the docs promise', () => {
  const list = files();
  for (const file of [
    'package.json',
    'LICENSE',
    'README.md',
    'CHANGELOG.md',
    'dist/index.js',
    'dist/ssr.js',
    'dist/cli.js',
    'dist/custom-elements.json',
    'dist/browser/define.js',
    'dist/browser/auto.js',
    'dist/browser/pa-migration-help.iife.js',
    'dist/browser/pa-migration-help.single.js',
    'dist/browser/embed.html',
    'dist/html/csp.txt',
    'dist/html/en/pa-migration-help.html',
    'dist/html/de/placeholder.html',
  ]) {
    assert.ok(list.includes(file), `${file} is not in the package`);
  }
});

test('every path package.json points to is in the package', () => {
  const list = files();
  const targets = [
    ...Object.values(PACKAGE.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry))),
    ...Object.values(PACKAGE.bin),
    PACKAGE.types,
    PACKAGE.customElements,
  ].map((path) => path.replace(/^\.\//, ''));
  for (const target of targets) {
    const pattern = new RegExp(`^${target.replace(/[.]/g, '\\.').replace('*', '.+')}$`);
    assert.ok(
      list.some((file) => pattern.test(file)),
      `${target} matches no file in the package`,
    );
  }
});

test('the package holds no sources, tests, tools or build leftovers', () => {
  const strays = files().filter(
    (file) =>
      /^(src|test|tools|scripts|demo|docs|locales|node_modules)\//.test(file) || /\.(map|tsbuildinfo|tgz)$|(^|\/)\.vite\//.test(file),
  );
  assert.deepEqual(strays, []);
});

test(`the packed package stays under ${PACKED_BYTES_BUDGET} bytes`, () => {
  const {size, unpackedSize} = report();
  assert.ok(size < PACKED_BYTES_BUDGET, `${size} bytes packed (${unpackedSize} unpacked)`);
});
