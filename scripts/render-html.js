// Ready-made HTML in the package, written by `npm run build` after Vite's
// library build: for every shipped locale, each element server-rendered
// (declarative shadow DOM, hydrated in place by the browser bundles) and the
// script-free placeholder holding the FAQ as plain HTML:
//
//   dist/html/<locale>/pa-migration-help.html, pa-migration-faq.html,
//                      pa-renewal-calculator.html, placeholder.html
//   dist/html/csp.txt  the 'sha256-…' source of every inline <style> they hold,
//                      for a page whose Content-Security-Policy sets style-src
import {mkdirSync, writeFileSync} from 'node:fs';
import {SHIPPED_LOCALES} from './shipped-locales.js';
import {styleHashes} from './style-hashes.js';

const DIST = new URL('../dist/', import.meta.url);

const {renderElement, renderPlaceholder} = await import(new URL('ssr.js', DIST).href);
const RENDERABLE_TAGS = ['pa-migration-help', 'pa-migration-faq', 'pa-renewal-calculator'];

let written = '';
for (const locale of SHIPPED_LOCALES) {
  const dir = new URL(`html/${locale}/`, DIST);
  mkdirSync(dir, {recursive: true});
  for (const tag of RENDERABLE_TAGS) {
    const markup = await renderElement(tag, {lang: locale});
    written += markup;
    writeFileSync(new URL(`${tag}.html`, dir), `${markup}\n`);
  }
  writeFileSync(new URL('placeholder.html', dir), `${await renderPlaceholder(locale)}\n`);
}

const sources = styleHashes(written);
writeFileSync(
  new URL('html/csp.txt', DIST),
  `# style-src sources for the inline <style> elements of dist/html/*/*.html (this build)\n${sources.join(' ')}\n`,
);
console.log(
  `dist/html: ${SHIPPED_LOCALES.length} locales × ${RENDERABLE_TAGS.length + 1} files, ${sources.length} style hashes in csp.txt`,
);
