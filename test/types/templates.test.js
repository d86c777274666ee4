// The Vue and Svelte typings as their users meet them: in templates, checked by
// vue-tsc and svelte-check (tsc sees no template). The correct files give no
// diagnostic; each `<!-- mistake: … -->` comment gives one on the line after it,
// and no other line has one. Run by `npm run typecheck`.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {before, test} from 'node:test';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HERE = fileURLToPath(new URL('./', import.meta.url));

/** Runs a tool to its end; its output whatever the exit code, as errors are what it is here for. */
function run(script, args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [`${ROOT}node_modules/${script}`, ...args], {cwd: ROOT, maxBuffer: 1 << 24}, (error, stdout, stderr) =>
      resolve({code: error ? error.code : 0, stdout, stderr}),
    );
  });
}

/** The lines (1-based) after each `<!-- mistake: … -->` comment of a fixture. */
function mistakeLines(fixture) {
  const lines = readFileSync(`${HERE}${fixture}`, 'utf8').split('\n');
  return lines.flatMap((line, index) => (/^\s*<!-- mistake: /.test(line) ? [index + 2] : []));
}

/** vue-tsc's `path(line,col): error TS…` lines by file; anything else it printed (a crash) fails the test. */
function vueDiagnostics({stdout, stderr}) {
  assert.equal(stderr, '');
  const byFile = new Map();
  for (const line of stdout.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const match = /^test\/types\/vue\/([\w-]+\.vue)\((\d+),\d+\): error TS\d+: /.exec(line);
    assert.ok(match, `not a diagnostic in a fixture: ${line}`);
    byFile.set(match[1], [...(byFile.get(match[1]) ?? []), Number(match[2])]);
  }
  return byFile;
}

/** svelte-check's machine output (`ERROR "file" line:col "…"`, warnings too) by file. */
function svelteDiagnostics({stdout, stderr}) {
  assert.equal(stderr, '');
  assert.match(stdout, /^\d+ COMPLETED /m, 'svelte-check did not finish');
  const byFile = new Map();
  for (const line of stdout.split('\n')) {
    if (!/^\d+ (ERROR|WARNING) /.test(line)) continue;
    const match = /^\d+ (?:ERROR|WARNING) "([\w-]+\.svelte)" (\d+):\d+ /.exec(line);
    assert.ok(match, `not a diagnostic in a fixture: ${line}`);
    byFile.set(match[1], [...(byFile.get(match[1]) ?? []), Number(match[2])]);
  }
  return byFile;
}

/** The distinct lines with a diagnostic, in order. */
const distinct = (lines = []) => [...new Set(lines)].sort((a, b) => a - b);

let vue;
let vueStrict;
let svelte;
before(async () => {
  // The three take seconds each: side by side.
  [vue, vueStrict, svelte] = await Promise.all([
    run('vue-tsc/bin/vue-tsc.js', ['-p', `${HERE}vue/tsconfig.json`, '--pretty', 'false']),
    run('vue-tsc/bin/vue-tsc.js', ['-p', `${HERE}vue/tsconfig.strict.json`, '--pretty', 'false']),
    run('svelte-check/bin/svelte-check', [
      '--workspace',
      `${HERE}svelte`,
      '--tsconfig',
      `${HERE}svelte/tsconfig.json`,
      '--output',
      'machine',
    ]),
  ]);
});

test('the fixtures mark their mistakes', () => {
  assert.equal(mistakeLines('vue/mistakes.vue').length, 7);
  assert.equal(mistakeLines('vue/unknown-names.vue').length, 2);
  assert.equal(mistakeLines('svelte/mistakes.svelte').length, 9);
});

test('vue-tsc: correct use passes, each mistake fails on its line', () => {
  const diagnostics = vueDiagnostics(vue);
  assert.deepEqual(distinct(diagnostics.get('correct.vue')), []);
  assert.deepEqual(distinct(diagnostics.get('mistakes.vue')), mistakeLines('vue/mistakes.vue'));
  assert.notEqual(vue.code, 0);
});

test('vue-tsc: names no element takes pass as fallthrough attributes without strictTemplates', () => {
  assert.deepEqual(distinct(vueDiagnostics(vue).get('unknown-names.vue')), []);
});

test('vue-tsc with strictTemplates: correct use passes, each mistake fails on its line, misspelled names too', () => {
  const diagnostics = vueDiagnostics(vueStrict);
  assert.deepEqual(distinct(diagnostics.get('correct.vue')), []);
  assert.deepEqual(distinct(diagnostics.get('mistakes.vue')), mistakeLines('vue/mistakes.vue'));
  assert.deepEqual(distinct(diagnostics.get('unknown-names.vue')), mistakeLines('vue/unknown-names.vue'));
});

test('svelte-check: correct use passes with no warning, each mistake fails on its line', () => {
  const diagnostics = svelteDiagnostics(svelte);
  assert.deepEqual(distinct(diagnostics.get('correct.svelte')), []);
  assert.deepEqual(distinct(diagnostics.get('mistakes.svelte')), mistakeLines('svelte/mistakes.svelte'));
  assert.notEqual(svelte.code, 0);
});
