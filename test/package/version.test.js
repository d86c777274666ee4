// Which version a site serves, and which one defined the elements: the
// package's version in every browser file's first line, in each hosted page,
// on the element classes, and from the command line. Run after `npm run build`.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {test} from 'node:test';

const ROOT = new URL('../../', import.meta.url);
const {version} = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'));
const BROWSER = new URL('dist/browser/', ROOT);

test('every browser file names the version in its first line', () => {
  const files = readdirSync(BROWSER, {recursive: true}).filter((file) => /\.js$/.test(file) && !file.startsWith('configurator'));
  assert.ok(files.length > 20, files.join(', '));
  for (const file of files) {
    assert.equal(readFileSync(new URL(file, BROWSER), 'utf8').split('\n')[0], `/*! pa-migration-help ${version} | MIT */`, file);
  }
});

test('every hosted page names the version', () => {
  for (const page of ['embed.html', 'embed/de.html', 'embed/ar.html']) {
    assert.match(
      readFileSync(new URL(page, BROWSER), 'utf8'),
      new RegExp(`<!-- pa-migration-help ${version.replaceAll('.', '\\.')}:`),
      page,
    );
  }
});

test('the element classes carry the version', async () => {
  const {MigrationHelpElement, RenewalCalculatorElement, MigrationFaqElement} = await import('pa-migration-help');
  for (const element of [MigrationHelpElement, RenewalCalculatorElement, MigrationFaqElement]) assert.equal(element.version, version);
});
