// A Vite build plugin for the classic script (`vite build --mode iife`). A
// classic script cannot be split into chunks, so its build used to inline
// every translation (~20 KB min+gzip that an English page never uses). With
// this plugin it builds each shipped locale into a module file of its own,
// locales/<locale>-<hash>.js beside the script, and tells the script their
// names through the define __PA_LOCALE_FILES__; the script loads them with
// import() from its own URL (src/localization/locale-files.ts).
//
// The ES module build's locale chunks will not do: they import `str` from the
// shared chunk, which is the whole module build. These files import nothing:
// a generated locale module's one import, `str` from @lit/localize's public
// entry, is bundled into each file. The file needs nothing else of
// @lit/localize (a second copy of its run-time state would be wrong anyway), so
// its modules are declared free of side effects for these builds (rolldown's
// `treeshake.moduleSideEffects`) and tree-shaking leaves `str` alone. The
// build checks the file exports only `templates` and imports nothing. Each
// locale is its own build, so that no shared chunk is made.
//
// The names carry a hash of the content: message ids are shortened by their
// position in the XLIFF files (shorten-message-ids.ts), so a cached script of
// one release must never load another release's translations.
//
// The names also go into .vite/classic-script.json, which `npm run size`
// reads (.vite is left out of the npm package).
import {posix} from 'node:path';
import {build, type Plugin, type Rolldown} from 'vite';
import {LIT_LOCALIZE, SHIPPED_TRANSLATIONS} from './shipped-locales.js';
import {shortenMessageIds} from './shorten-message-ids.js';

/** Where `npm run size` finds the classic script's locale files, relative to the build's folder. */
export const CLASSIC_SCRIPT_MANIFEST = '.vite/classic-script.json';

interface LocaleFile {
  locale: string;
  fileName: string;
  code: string;
}

/** One locale module as a self-contained ES module file: its name under the build's folder, and its code. */
async function buildLocale(locale: string, banner: string): Promise<LocaleFile> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [shortenMessageIds()],
    build: {
      target: 'es2022',
      write: false,
      lib: {entry: `${posix.normalize(LIT_LOCALIZE.output.outputDir)}/${locale}.ts`, formats: ['es']},
      rollupOptions: {
        treeshake: {moduleSideEffects: (id) => !id.includes('/node_modules/@lit/localize/')},
        output: {minify: true, postBanner: banner, entryFileNames: 'locales/[name]-[hash].js'},
      },
    },
  });
  const [{output}] = result as Rolldown.RolldownOutput[] as [Rolldown.RolldownOutput];
  const chunks = output.filter((file) => file.type === 'chunk');
  const [chunk] = chunks;
  if (
    !chunk ||
    chunks.length !== 1 ||
    chunk.imports.length > 0 ||
    chunk.dynamicImports.length > 0 ||
    chunk.exports.join() !== 'templates'
  ) {
    throw new Error(`the classic script's locale ${locale} is not one module that exports only \`templates\` and imports nothing`);
  }
  return {locale, fileName: chunk.fileName, code: chunk.code};
}

/** @param banner - the first line of each file, as of the browser build's other files. */
export function classicScriptLocales(banner: string): Plugin {
  let files: LocaleFile[] = [];
  const names = () => Object.fromEntries(files.map(({locale, fileName}) => [locale, fileName]));
  return {
    name: 'pa-classic-script-locales',
    apply: 'build',
    async config() {
      files = await Promise.all(SHIPPED_TRANSLATIONS.map((locale) => buildLocale(locale, banner)));
      return {define: {__PA_LOCALE_FILES__: JSON.stringify(names())}};
    },
    generateBundle() {
      for (const {fileName, code} of files) this.emitFile({type: 'asset', fileName, source: code});
      this.emitFile({type: 'asset', fileName: CLASSIC_SCRIPT_MANIFEST, source: `${JSON.stringify({locales: names()}, null, 2)}\n`});
    },
  };
}
