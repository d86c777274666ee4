// A Vite build plugin for the classic script (`vite build --mode iife`). A
// classic script cannot be split into chunks, so its build used to inline
// every translation (~20 KB min+gzip that an English page never uses). With
// this plugin it builds each shipped locale into a module file of its own,
// locales/<locale>-<hash>.js beside the script, and tells the script their
// names through the define __PA_LOCALE_FILES__; the script loads them with
// import() from its own URL (src/localization/locale-files.ts).
//
// The ES module build's locale chunks will not do: they import `str` from the
// shared chunk, which is the whole module build. These files import nothing.
// The one import of a generated locale module, `str` from @lit/localize, is
// resolved to @lit/localize's own str-tag module and bundled into each file,
// so each is self-contained and exports only `templates`. Each locale is its
// own build, so that no shared chunk is made.
//
// The names carry a hash of the content: message ids are shortened by their
// position in the XLIFF files (shorten-message-ids.js), so a cached script of
// one release must never load another release's translations.
//
// The names also go into .vite/classic-script.json, which `npm run size`
// reads (.vite is left out of the npm package).
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {posix} from 'node:path';
import {build} from 'vite';
import {shortenMessageIds} from './shorten-message-ids.js';
import {SHIPPED_TRANSLATIONS} from './shipped-locales.js';

/** Where `npm run size` finds the classic script's locale files, relative to the build's folder. */
export const CLASSIC_SCRIPT_MANIFEST = '.vite/classic-script.json';

const STR_TAG = createRequire(import.meta.url).resolve('@lit/localize/internal/str-tag.js');

/** Resolves the generated locale modules' `import {str} from '@lit/localize'` to the module that defines `str` alone. */
const strTagOnly = {
  name: 'pa-str-tag-only',
  enforce: 'pre',
  resolveId(source) {
    return source === '@lit/localize' ? STR_TAG : null;
  },
};

/** One locale module as a self-contained ES module file: its name under the build's folder, and its code. */
async function buildLocale(localesDir, locale) {
  const [{output}] = await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [strTagOnly, shortenMessageIds()],
    build: {
      target: 'es2022',
      write: false,
      lib: {entry: `${localesDir}/${locale}.ts`, formats: ['es']},
      rollupOptions: {output: {minify: true, entryFileNames: 'locales/[name]-[hash].js'}},
    },
  });
  const chunks = output.filter((file) => file.type === 'chunk');
  const [chunk] = chunks;
  if (chunks.length !== 1 || chunk.imports.length > 0 || chunk.dynamicImports.length > 0 || chunk.exports.join() !== 'templates') {
    throw new Error(`the classic script's locale ${locale} is not one module that exports only \`templates\` and imports nothing`);
  }
  return {locale, fileName: chunk.fileName, code: chunk.code};
}

export function classicScriptLocales() {
  let files = [];
  return {
    name: 'pa-classic-script-locales',
    apply: 'build',
    async config() {
      const {output} = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
      const localesDir = posix.normalize(output.outputDir);
      files = await Promise.all(SHIPPED_TRANSLATIONS.map((locale) => buildLocale(localesDir, locale)));
      const names = Object.fromEntries(files.map(({locale, fileName}) => [locale, fileName]));
      return {define: {__PA_LOCALE_FILES__: JSON.stringify(names)}};
    },
    generateBundle() {
      for (const {fileName, code} of files) this.emitFile({type: 'asset', fileName, source: code});
      const manifest = Object.fromEntries(files.map(({locale, fileName}) => [locale, fileName]));
      this.emitFile({type: 'asset', fileName: CLASSIC_SCRIPT_MANIFEST, source: `${JSON.stringify({locales: manifest}, null, 2)}\n`});
    },
  };
}
