// Every path of the package that the README and the guides name, imported or
// resolved by the package's name as an app would, through its `exports`, from
// the packed tarball (`npm pack`) unpacked into an app's node_modules: a
// documented path that is not exported, or not packed, fails here. The app
// sits in node_modules/.cache/, so that the package's own dependencies resolve
// from the project's node_modules. Run after `npm run build`.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {createServer} from 'vite';

const ROOT = new URL('../../', import.meta.url);
const APP = new URL('node_modules/.cache/pa-packed-app/', ROOT);
const INSTALLED = new URL('node_modules/pa-migration-help/', APP);
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

/** The package as `npm install` of its tarball would put it in an app. */
function installPacked() {
  rmSync(APP, {recursive: true, force: true});
  mkdirSync(INSTALLED, {recursive: true});
  writeFileSync(new URL('package.json', APP), JSON.stringify({name: 'packed-app', private: true, type: 'module'}));
  const [{filename}] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', fileURLToPath(APP)], {cwd: ROOT, encoding: 'utf8'}),
  );
  execFileSync('tar', ['-xzf', filename, '--strip-components=1', '-C', fileURLToPath(INSTALLED)], {cwd: APP});
}

/**
 * For each specifier, the file it resolves to in the app (a types-only entry: its types file there), and for
 * JavaScript outside dist/browser/ whether it imports in Node: resolved and imported by a script of the app's own.
 */
function resolveInApp(specifiers) {
  const script = new URL('resolve.mjs', APP);
  writeFileSync(
    script,
    `const results = {};
for (const [specifier, example, types] of ${JSON.stringify(specifiers.map((s) => [s, example(s), typesOnly(s)]))}) {
  try {
    const file = types ? new URL('node_modules/pa-migration-help/' + types, import.meta.url).href : import.meta.resolve(example);
    let imported = null;
    if (!types && file.endsWith('.js') && !file.includes('/dist/browser/')) imported = await import(example).then(() => 'ok', String);
    results[specifier] = {file, imported};
  } catch (error) {
    results[specifier] = {error: String(error)};
  }
}
console.log(JSON.stringify(results));`,
  );
  return JSON.parse(
    execFileSync(process.execPath, [fileURLToPath(script)], {cwd: APP, encoding: 'utf8'})
      .trim()
      .split('\n')
      .at(-1),
  );
}

/** The same, through Vite's resolver, as an app built with Vite (Astro, Nuxt, SvelteKit) imports them. */
async function resolveWithVite(specifiers) {
  const server = await createServer({
    root: fileURLToPath(APP),
    configFile: false,
    logLevel: 'silent',
    server: {middlewareMode: true, ws: false},
  });
  try {
    const importer = fileURLToPath(new URL('app.js', APP));
    const results = {};
    for (const specifier of specifiers) {
      if (typesOnly(specifier)) continue;
      const raw = example(specifier).endsWith('.html') ? '?raw' : '';
      results[specifier] = await server.pluginContainer.resolveId(example(specifier) + raw, importer).then(
        (resolution) => resolution?.id ?? 'not found',
        (error) => String(error),
      );
    }
    return results;
  } finally {
    await server.close();
  }
}

installPacked();
const resolved = resolveInApp(documented);
const resolvedByVite = await resolveWithVite(documented);

test('the docs name the package paths people import', () => {
  for (const expected of ['pa-migration-help/define', 'pa-migration-help/ssr', 'pa-migration-help/react']) {
    assert.ok(documented.includes(expected), `${expected} in ${documented.join(', ')}`);
  }
});

for (const specifier of documented) {
  test(`${specifier} resolves to a file of the packed package`, () => {
    const {file, imported, error} = resolved[specifier];
    assert.equal(error, undefined, `${specifier}: ${error}`);
    assert.ok(file.startsWith(INSTALLED.href), `${specifier} resolved outside the packed copy: ${file}`);
    assert.ok(existsSync(new URL(file)), `${specifier}: ${file}`);
    if (imported !== null) assert.equal(imported, 'ok', `${specifier} does not import: ${imported}`);
  });

  if (!typesOnly(specifier)) {
    test(`${specifier} resolves through Vite to the packed package`, () => {
      const id = resolvedByVite[specifier];
      assert.ok(id.startsWith(fileURLToPath(INSTALLED)), `${specifier}: ${id}`);
    });
  }
}
