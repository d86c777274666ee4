// Every path of the package that the README and the guides name, imported or
// resolved by the package's name as an app would, through its `exports`:
// a documented path that is not exported fails here. Run after `npm run build`.
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';

const ROOT = new URL('../../', import.meta.url);
const DOCS = [
  'README.md',
  ...readdirSync(new URL('docs/', ROOT))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

// `pa-migration-help/…` in quotes or backticks, not in the middle of a URL path (…/pa-migration-help/embed on a host).
const SPECIFIER = /(?<![\w/.-])pa-migration-help(?:\/[\w.*<>…-]+)*\/?(?=[`'"])/g;
// A documented folder or pattern stands for one of its files.
const EXAMPLES = [
  [/^pa-migration-help\/dist\/browser\/(…|\*)?$/, 'pa-migration-help/dist/browser/define.js'],
  [/^pa-migration-help\/dist\/html\/(…|\*|<locale>\/…)?$/, 'pa-migration-help/dist/html/en/pa-migration-help.html'],
];
const example = (specifier) => EXAMPLES.find(([pattern]) => pattern.test(specifier))?.[1] ?? specifier.replace(/<locale>/g, 'de');

const documented = [
  ...new Set(DOCS.flatMap((file) => [...readFileSync(new URL(file, ROOT), 'utf8').matchAll(SPECIFIER)].map(([found]) => found))),
].filter((specifier) => specifier !== 'pa-migration-help/');

const exportsOf = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')).exports;
const typesOnly = (specifier) => {
  const entry = exportsOf[specifier.replace(/^pa-migration-help/, '.')];
  return typeof entry === 'object' && entry !== null && !('default' in entry) ? entry.types : undefined;
};

test('the docs name the package paths people import', () => {
  for (const expected of ['pa-migration-help/define', 'pa-migration-help/ssr', 'pa-migration-help/react']) {
    assert.ok(documented.includes(expected), `${expected} in ${documented.join(', ')}`);
  }
});

for (const specifier of documented) {
  test(`${specifier} resolves to a file of the package`, async () => {
    const types = typesOnly(specifier);
    if (types) {
      assert.ok(existsSync(new URL(types, ROOT)), `${specifier}: ${types}`);
      return;
    }
    const file = fileURLToPath(import.meta.resolve(example(specifier)));
    assert.ok(existsSync(file), `${specifier}: ${file}`);
    if (/\.js$/.test(file) && !/\/dist\/browser\//.test(file)) await import(example(specifier));
  });
}
