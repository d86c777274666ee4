// Two copies of the package in one server process, as Next.js makes them (one
// bundled for server components, one for client components): whichever copy
// defined the elements, and whether or not the copies share @lit/localize,
// renderElement renders in the language it is asked for. Run after `npm run build`.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Inside the project, so that the copy finds the project's dependencies unless it has its own.
const copies = mkdtempSync(`${ROOT}node_modules/.pa-two-copies-`);
after(() => rmSync(copies, {recursive: true, force: true}));

/** A copy of the built package; with `ownLocalize`, with its own @lit/localize, as a bundler would inline it. */
function copyOfPackage(name, {ownLocalize = false} = {}) {
  const dir = `${copies}/${name}`;
  cpSync(`${ROOT}dist`, `${dir}/dist`, {recursive: true});
  cpSync(`${ROOT}package.json`, `${dir}/package.json`);
  if (ownLocalize) cpSync(`${ROOT}node_modules/@lit/localize`, `${dir}/node_modules/@lit/localize`, {recursive: true});
  return dir;
}

/** Runs `script` (an ES module) in a fresh Node process; its standard output. */
async function inNode(script) {
  const {stdout} = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {cwd: ROOT});
  return stdout;
}

const renders = (other) => `
  await import('${other}/dist/define.js');
  const {renderElement} = await import('pa-migration-help/ssr');
  const sayings = [];
  for (const lang of ['de', 'en', 'ja', 'de']) {
    const html = await renderElement('pa-migration-faq', {lang});
    sayings.push(lang + ':' + (html.match(/<span><!--lit-part-->([^<]*)/)?.[1] ?? 'none'));
  }
  const [fr, ar] = await Promise.all([renderElement('pa-migration-faq', {lang: 'fr'}), renderElement('pa-migration-faq', {lang: 'ar'})]);
  sayings.push('fr:' + fr.match(/<span><!--lit-part-->([^<]*)/)[1], 'ar:' + ar.match(/<span><!--lit-part-->([^<]*)/)[1]);
  console.log(sayings.join('\\n'));
`;

const EXPECTED = [
  /^de:Meine Lizenz läuft erst in einigen Monaten ab/,
  'en:My license doesn&#39;t expire for a few months. Do I have to migrate now?',
  /^ja:.*今すぐ移行しなければなりませんか/,
  /^de:Meine Lizenz läuft erst in einigen Monaten ab/,
  /^fr:Ma licence/,
  /^ar:/,
];

function expectLanguages(stdout) {
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, EXPECTED.length, stdout);
  for (const [index, expected] of EXPECTED.entries()) {
    if (typeof expected === 'string') assert.equal(lines[index], expected);
    else assert.match(lines[index], expected);
  }
  assert.doesNotMatch(lines[5], /migrate/);
}

test('another copy that shares @lit/localize defined the elements first', async () => {
  expectLanguages(await inNode(renders(copyOfPackage('shared'))));
});

test('another copy with its own @lit/localize defined the elements first', async () => {
  expectLanguages(await inNode(renders(copyOfPackage('own', {ownLocalize: true}))));
});
