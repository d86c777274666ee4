// `virtual:pa-configurator-data`: the package's own files the configurator
// quotes in its snippets, per shipped locale: the script-free placeholder
// (dist/html/<locale>/placeholder.html, what `npx pa-migration-help
// placeholder` writes), the server-rendered widget
// (dist/html/<locale>/pa-migration-help.html), and csp.txt's style hashes.
// `vite build --mode configurator` reads them from dist/html, which
// scripts/render-html.ts has written; `npm start` renders them with
// src/ssr.ts through the dev server.
import {readFileSync} from 'node:fs';
import type {Plugin, ViteDevServer} from 'vite';
import type {PackageTexts} from '../src/configurator/snippet.js';
import {SHIPPED_LOCALES} from './shipped-locales.js';
import {styleHashes} from './style-hashes.js';

const ID = 'virtual:pa-configurator-data';
const DIST_HTML = new URL('../dist/html/', import.meta.url);

function fromBuild(): PackageTexts {
  const read = (path: string) => readFileSync(new URL(path, DIST_HTML), 'utf8');
  const hashes = read('csp.txt')
    .split('\n')
    .find((line) => line.startsWith("'sha256-"));
  return {
    placeholder: Object.fromEntries(SHIPPED_LOCALES.map((locale) => [locale, read(`${locale}/placeholder.html`)])),
    widget: Object.fromEntries(SHIPPED_LOCALES.map((locale) => [locale, read(`${locale}/pa-migration-help.html`)])),
    styleHashes: hashes ? hashes.trim().split(/\s+/) : [],
  };
}

async function fromSource(server: ViteDevServer): Promise<PackageTexts> {
  const {renderElement, renderPlaceholder} = (await server.ssrLoadModule('/src/ssr.ts')) as typeof import('../src/ssr.js');
  const placeholder: Record<string, string> = {};
  const widget: Record<string, string> = {};
  for (const locale of SHIPPED_LOCALES) {
    placeholder[locale] = await renderPlaceholder(locale);
    widget[locale] = await renderElement('pa-migration-help', {lang: locale});
  }
  return {placeholder, widget, styleHashes: styleHashes(Object.values(widget).join(''))};
}

export function configuratorData(): Plugin {
  let server: ViteDevServer | undefined;
  return {
    name: 'pa-configurator-data',
    configureServer(devServer) {
      server = devServer;
    },
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    async load(id) {
      if (id !== `\0${ID}`) return undefined;
      const texts = server ? await fromSource(server) : fromBuild();
      return `export default ${JSON.stringify(texts)};`;
    },
  };
}
