// The iframe tier's hosted pages, made by the browser build (`vite build
// --mode browser`, the `embedPages` plugin in vite.config.ts) from the
// ready-made HTML that scripts/render-html.js writes with renderElement
// before it: one page per shipped locale holding <pa-migration-help>
// server-rendered, so that a frame shows the FAQ and the calculator's form in
// its language before any script runs. embed.js hydrates the widget in place,
// then applies the query string (the customer's values) and the vendor's
// data-* attributes.
//
//   embed/<locale>.html   one per shipped locale: en, de, fr, es, it, ja, zh-Hans, pt-BR, ar
//   embed.html            the English page again, at the URL of the first releases
//
// Each page sends its own Content-Security-Policy (a <meta> element): only its
// own files, Trusted Types, and its inline <style> elements (Lit's server
// renderer writes one per shadow root) allowed by their sha256 hashes.
import {readFileSync} from 'node:fs';
import {SHIPPED_LOCALES} from './shipped-locales.js';
import {styleHashes} from './style-hashes.js';

const ROOT = new URL('../', import.meta.url);

/** The page's own style: the frame shows the widget edge to edge. */
const PAGE_STYLE = 'body{margin:0}';

/** What `pattern` finds in the server-rendered widget; the build stops if the widget's markup no longer has it. */
function found(widget, pattern, what) {
  const match = pattern.exec(widget);
  if (!match) throw new Error(`embed pages: no ${what} in the server-rendered <pa-migration-help> (${pattern})`);
  return match[1];
}

/**
 * The hosted pages: `{fileName, source}` under the browser build's folder.
 * `script` is the embed entry's file name there; `preload(locale)` the
 * modules a page in `locale` loads before it hydrates (fetched at once,
 * beside the script, instead of one after another).
 */
export function embedPages({script, preload}) {
  const pages = [];
  for (const locale of SHIPPED_LOCALES) {
    const widget = readFileSync(new URL(`dist/html/${locale}/pa-migration-help.html`, ROOT), 'utf8').trim();
    if (
      !widget.startsWith(
        `<pa-migration-help data-pa-locale="${locale}" lang="${locale}"><template shadowroot="open" shadowrootmode="open">`,
      )
    ) {
      throw new Error(
        `embed pages: dist/html/${locale}/pa-migration-help.html is not <pa-migration-help lang="${locale}"> server-rendered`,
      );
    }
    const page = {
      locale,
      widget,
      dir: found(widget, /<div class="root" lang="[^"]*" dir="(ltr|rtl)"/, 'direction'),
      // The FAQ's own label, already escaped for HTML.
      label: found(widget, /<section part="base" class="root" aria-label="([^"]+)"/, 'FAQ label'),
      script,
      preload: preload(locale),
    };
    pages.push({fileName: `embed/${locale}.html`, source: pageHtml({...page, base: '../'})});
    if (locale === SHIPPED_LOCALES[0]) pages.push({fileName: 'embed.html', source: pageHtml({...page, base: './'})});
  }
  return pages;
}

function pageHtml({locale, widget, dir, label, script, preload, base}) {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes(`<style>${PAGE_STYLE}</style>${widget}`).join(' ')}`,
    "require-trusted-types-for 'script'",
  ].join('; ');
  const preloads = preload.map((file) => `    <link rel="modulepreload" href="${base}${file}" />\n`).join('');
  return `<!doctype html>
<!-- The iframe tier's page in ${locale}, made by \`npm run build\`. Whoever hosts it sets the vendor's values on
     <html>, e.g. data-price-per-pack="99.99" data-currency="USD" data-renew-url="https://…";
     the query string carries only the customer's values. -->
<html lang="${locale}" dir="${dir}">
  <head>
    <meta charset="utf-8" />
    <!-- Served with a policy of your own, add these style hashes to its style-src. -->
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Parallels Access for Business: ${label}</title>
    <!-- Links such as "Renew" open in the page around the frame. -->
    <base target="_top" />
    <style>${PAGE_STYLE}</style>
${preloads}    <script type="module" src="${base}${script}"></script>
  </head>
  <body>
${widget}
  </body>
</html>
`;
}
