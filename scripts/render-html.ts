// Ready-made HTML, written by `npm run build` after Vite's builds: for every
// shipped locale, each element server-rendered with the package's own
// dist/ssr.js (declarative shadow DOM, hydrated in place by the browser
// bundles) and the script-free placeholder holding the FAQ as plain HTML; and
// the iframe tier's hosted pages, from the same renders (scripts/embed-pages.ts):
//
//   dist/html/<locale>/pa-migration-help.html, pa-migration-faq.html,
//                      pa-renewal-calculator.html, placeholder.html
//   dist/html/csp.txt  the 'sha256-…' source of every inline <style> they hold,
//                      for a page whose Content-Security-Policy sets style-src
//   dist/browser/embed.html, dist/browser/embed/<locale>.html
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {ALL_TAGS} from '../src/internal/elements.js';
import {embedPages, type Manifest} from './embed-pages.js';
import {SHIPPED_LOCALES} from './shipped-locales.js';
import {styleHashes} from './style-hashes.js';

const DIST = new URL('../dist/', import.meta.url);

// The package's own build of pa-migration-help/ssr, as its users run it.
const {renderElement, renderPlaceholder}: typeof import('../src/ssr.js') = await import(new URL('ssr.js', DIST).href);

const widgets = new Map<string, string>();
let written = '';
for (const locale of SHIPPED_LOCALES) {
  const dir = new URL(`html/${locale}/`, DIST);
  mkdirSync(dir, {recursive: true});
  for (const tag of ALL_TAGS) {
    // In the locale's language, not fixed to it: pasted into a page in another, it follows the page.
    const markup = await renderElement(tag, {}, {locale});
    if (tag === 'pa-migration-help') widgets.set(locale, markup);
    written += markup;
    writeFileSync(new URL(`${tag}.html`, dir), `${markup}\n`);
  }
  writeFileSync(new URL('placeholder.html', dir), `${await renderPlaceholder({}, {locale})}\n`);
}

const sources = styleHashes(written);
writeFileSync(
  new URL('html/csp.txt', DIST),
  `# style-src sources for the inline <style> elements of dist/html/*/*.html (this build)\n${sources.join(' ')}\n`,
);

const browser = new URL('browser/', DIST);
const manifest: Manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', browser), 'utf8'));
const pages = embedPages(manifest, (locale) => widgets.get(locale) ?? '');
mkdirSync(new URL('embed/', browser), {recursive: true});
for (const {fileName, source} of pages) writeFileSync(new URL(fileName, browser), source);

console.log(
  `dist/html: ${SHIPPED_LOCALES.length} locales × ${ALL_TAGS.length + 1} files, ${sources.length} style hashes in csp.txt; ` +
    `dist/browser: ${pages.length} hosted pages`,
);
