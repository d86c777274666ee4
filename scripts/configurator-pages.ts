// The configurator's pages in dist/browser/, after `vite build --mode
// configurator` has built their scripts into dist/browser/configurator/:
// configurator.html and configurator-preview.html are demo/'s pages (what
// `npm start` serves) with the built files' relative paths, and the strict
// policy the package works under in a <meta> element. Run by `npm run build`.
import {copyFileSync, readFileSync, writeFileSync} from 'node:fs';

const ROOT = new URL('../', import.meta.url);
const BROWSER = new URL('dist/browser/', ROOT);
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const SOURCES: Record<string, string> = {
  '/src/configurator/configurator.ts': 'configurator/configurator.js',
  '/src/configurator/preview.ts': 'configurator/preview.js',
  '/src/configurator/configurator.css': 'configurator/configurator.css',
  '/src/configurator/configurator-output.css': 'configurator/configurator-output.css',
  '/src/define.ts': 'define.js',
};

for (const page of ['configurator.html', 'configurator-preview.html']) {
  let source = readFileSync(new URL(`demo/${page}`, ROOT), 'utf8');
  for (const [from, to] of Object.entries(SOURCES)) source = source.replaceAll(`"${from}"`, `"${to}"`);
  // Links between the demo's pages are for `npm start` only.
  source = source.replace(/\s*<p class="demo-only">[\s\S]*?<\/p>/, '');
  source = source.replace(
    '<meta charset="utf-8" />',
    `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${POLICY}" />`,
  );
  if (/"\/src\//.test(source)) throw new Error(`demo/${page} names a source file the build does not map`);
  writeFileSync(new URL(page, BROWSER), source);
}
for (const sheet of ['configurator.css', 'configurator-output.css'])
  copyFileSync(new URL(`src/configurator/${sheet}`, ROOT), new URL(`configurator/${sheet}`, BROWSER));
console.log('dist/browser: configurator.html, configurator-preview.html');
