// Ready-made HTML in the package, written by `npm run build` after Vite's
// library build: for every shipped locale, each element server-rendered
// (declarative shadow DOM, hydrated in place by the browser bundles) and the
// script-free placeholder holding the FAQ as plain HTML:
//
//   dist/html/<locale>/pa-migration-help.html, pa-migration-faq.html,
//                      pa-renewal-calculator.html, placeholder.html
//   dist/html/csp.txt  the 'sha256-…' source of every inline <style> they hold,
//                      for a page whose Content-Security-Policy sets style-src
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {PSEUDO_LOCALES} from './translated-sources.js';

const DIST = new URL('../dist/', import.meta.url);
const {sourceLocale, targetLocales} = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
const LOCALES = [sourceLocale, ...targetLocales.filter((locale) => !PSEUDO_LOCALES.includes(locale))];
const TAGS = ['pa-migration-help', 'pa-migration-faq', 'pa-renewal-calculator'];

const {renderElement, renderPlaceholder} = await import(new URL('ssr.js', DIST).href);

const styles = new Set();
for (const locale of LOCALES) {
  const dir = new URL(`html/${locale}/`, DIST);
  mkdirSync(dir, {recursive: true});
  for (const tag of TAGS) {
    const markup = await renderElement(tag, {lang: locale});
    for (const [, style] of markup.matchAll(/<style>([\s\S]*?)<\/style>/g)) styles.add(style);
    writeFileSync(new URL(`${tag}.html`, dir), `${markup}\n`);
  }
  writeFileSync(new URL('placeholder.html', dir), `${await renderPlaceholder(locale)}\n`);
}

const sources = [...styles].map((style) => `'sha256-${createHash('sha256').update(style).digest('base64')}'`);
writeFileSync(
  new URL('html/csp.txt', DIST),
  `# style-src sources for the inline <style> elements of dist/html/*/*.html (this build)\n${sources.join(' ')}\n`,
);
console.log(`dist/html: ${LOCALES.length} locales × ${TAGS.length + 1} files, ${sources.length} style hashes in csp.txt`);
