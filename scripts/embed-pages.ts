// The iframe tier's hosted pages, written by scripts/render-html.ts beside the
// browser build's scripts: one page per shipped locale holding
// <pa-migration-help> server-rendered, so that a frame shows the FAQ and the
// calculator's form in its language before any script runs. embed.js hydrates
// the widget in place, then applies the query string (the customer's values)
// and the vendor's data-* attributes.
//
//   embed/<locale>.html   one per shipped locale: en, de, fr, es, it, ja, zh-Hans, pt-BR, ar
//   embed.html            the English page again, at the URL of the first releases
//
// Each page sends its own Content-Security-Policy (a <meta> element): only its
// own files, Trusted Types, and its inline <style> elements (Lit's server
// renderer writes one per shadow root) allowed by their sha256 hashes. It
// preloads nothing: a <link rel="modulepreload"> is fetched at once, before the
// page's first paint, and on a phone's slow network the paint waited for the
// preloads (`npm run bench`, the hosted page's row). embed.js loads the
// chunks after the page's first paint is on the screen.
//
// The page's direction comes from the locale (directionOf, as the widget's
// own), its title from the FAQ's label message in locales/<locale>.xlf.
import {readFileSync} from 'node:fs';
import {directionOf} from '../src/localization/match-locale.js';
import {LIT_LOCALIZE, SHIPPED_LOCALES} from './shipped-locales.js';
import {styleHashes} from './style-hashes.js';
import {translationUnits} from './translated-sources.js';

const ROOT = new URL('../', import.meta.url);
const {version} = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as {version: string};
const ENTRY = 'src/embed/embed.ts';
/** The message the FAQ's <section> is labelled with: the page's title says it too. */
const TITLE_MESSAGE = 'faq.migration-questions-and-answers';

/** The page's own style: the frame shows the widget edge to edge. */
const PAGE_STYLE = 'body{margin:0}';

/** Vite's build manifest (`manifest: true`): each chunk by its source, with the chunks it imports. */
export type Manifest = Record<string, {file: string; imports?: string[]; dynamicImports?: string[]}>;

/** The text of a message in a locale, as XLIFF (and so HTML) escapes it: the English source, or its translation. */
function messageText(locale: string, id: string): string {
  const xliffLocale = locale === LIT_LOCALIZE.sourceLocale ? LIT_LOCALIZE.targetLocales[0] : locale;
  const xliff = readFileSync(new URL(`${LIT_LOCALIZE.interchange.xliffDir}/${xliffLocale}.xlf`, ROOT), 'utf8');
  const unit = translationUnits(xliff).find((candidate) => candidate.id === id);
  const text = locale === LIT_LOCALIZE.sourceLocale ? unit?.source : unit?.target;
  if (!text || text.includes('<')) throw new Error(`embed pages: no plain text for message ${id} in ${locale}`);
  return text;
}

/** A manifest entry's file; the build stops when a page would name a file the build lacks. */
function fileOf(manifest: Manifest, what: string, test: (key: string) => boolean): string {
  const key = Object.keys(manifest).find(test);
  if (!key) throw new Error(`embed pages: no chunk for ${what} in the browser build's manifest`);
  return manifest[key]!.file;
}

/** The hosted pages, `{fileName, source}` under the browser build's folder, from each locale's server-rendered widget. */
export function embedPages(manifest: Manifest, widgetOf: (locale: string) => string): {fileName: string; source: string}[] {
  const script = fileOf(manifest, 'the embed entry', (key) => key === ENTRY);
  return SHIPPED_LOCALES.flatMap((locale) => {
    const widget = widgetOf(locale).trim();
    if (!widget.startsWith(`<pa-migration-help data-pa-locale="${locale}"><template shadowroot="open" shadowrootmode="open">`)) {
      throw new Error(`embed pages: the widget in ${locale} is not <pa-migration-help lang="${locale}"> server-rendered`);
    }
    const page = {
      locale,
      widget,
      dir: directionOf(locale),
      title: messageText(locale, TITLE_MESSAGE),
      script,
    };
    const pages = [{fileName: `embed/${locale}.html`, source: pageHtml({...page, base: '../'})}];
    if (locale === SHIPPED_LOCALES[0]) pages.push({fileName: 'embed.html', source: pageHtml({...page, base: './'})});
    return pages;
  });
}

interface Page {
  locale: string;
  widget: string;
  dir: string;
  title: string;
  script: string;
  base: string;
}

function pageHtml({locale, widget, dir, title, script, base}: Page): string {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes(`<style>${PAGE_STYLE}</style>${widget}`).join(' ')}`,
    "require-trusted-types-for 'script'",
  ].join('; ');
  return `<!doctype html>
<!-- pa-migration-help ${version}: the iframe tier's page in ${locale}, made by \`npm run build\`. Whoever hosts it sets the vendor's values on
     <html>, e.g. data-price-per-pack="99.99" data-currency="USD" data-renew-url="https://…";
     the query string carries only the customer's values. -->
<html lang="${locale}" dir="${dir}">
  <head>
    <meta charset="utf-8" />
    <!-- Served with a policy of your own, add these style hashes to its style-src. -->
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Parallels Access for Business: ${title}</title>
    <!-- Links such as "Renew" open in the page around the frame. -->
    <base target="_top" />
    <style>${PAGE_STYLE}</style>
    <script type="module" fetchpriority="low" src="${base}${script}"></script>
  </head>
  <body>
${widget}
  </body>
</html>
`;
}
