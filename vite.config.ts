import type {Plugin} from 'vite';
import {defineConfig, type UserConfig} from 'vitest/config';
import {classicScriptLocales} from './scripts/classic-script-locales.js';
import {demoServerRendering} from './scripts/demo-server-rendering.js';
import {embedPages} from './scripts/embed-pages.js';
import {minifyTemplates} from './scripts/minify-templates.js';
import {SHIPPED_LOCALES} from './scripts/shipped-locales.js';
import {shortenMessageIds} from './scripts/shorten-message-ids.js';

// `vite build` makes the npm package (dependencies left to the app's bundler);
// `--mode browser` and `--mode iife` make self-contained files for pages
// without a bundler: an ES module set with lazy locale chunks, and one classic
// script with a self-contained module file per locale beside it
// (locales/<locale>-<hash>.js, made by scripts/classic-script-locales.js).
const builds: Record<string, UserConfig['build']> = {
  production: {
    outDir: 'dist',
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        'define-migration-help': 'src/components/migration-help/migration-help.ts',
        'define-renewal-calculator': 'src/components/renewal-calculator/renewal-calculator.ts',
        'define-migration-faq': 'src/components/migration-faq/migration-faq.ts',
        auto: 'src/auto.ts',
        core: 'src/core/index.ts',
        ssr: 'src/ssr.ts',
        cli: 'src/cli.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^date-fns($|\/)/, /^@date-fns\//, /^node:/]},
  },
  browser: {
    outDir: 'dist/browser',
    lib: {
      entry: {
        define: 'src/define.ts',
        auto: 'src/auto.ts',
        embed: 'src/embed/embed.ts',
        'resize-frames': 'src/embed/resize-frames.ts',
      },
      formats: ['es'],
    },
    // The chunk graph (entries, static and dynamic imports) that `npm run size` reads.
    manifest: true,
    rollupOptions: {
      output: {
        minify: true,
        // The elements and everything they import statically in one chunk.
        // Left to itself, rolldown moves @lit/localize, which the lazy chunks
        // (locales, the calendar download) import too, into a third file.
        codeSplitting: {groups: [{name: 'define', test: /\/src\/components\/([^/]+)\/\1\.ts$/}]},
      },
    },
  },
  iife: {
    outDir: 'dist/browser',
    emptyOutDir: false,
    lib: {entry: 'src/auto.ts', name: 'PaMigrationHelp', formats: ['iife'], fileName: () => 'pa-migration-help.iife.js'},
    rollupOptions: {output: {minify: true}},
  },
};

/**
 * Puts the iframe tier's hosted pages beside the browser build's scripts:
 * embed.html and embed/<locale>.html, each holding the widget server-rendered
 * (scripts/embed-pages.js, from the dist/html that `npm run build` renders
 * before this build). Each preloads what it runs before it hydrates: the
 * embed entry's chunks, Lit's hydration and its locale's chunk.
 */
const embedPagesPlugin: Plugin = {
  name: 'pa-embed-pages',
  apply: 'build',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
    const chunk = (what: string, test: (chunk: (typeof chunks)[number]) => boolean) => {
      const found = chunks.find(test);
      if (!found) throw new Error(`embed pages: no chunk for ${what} in the browser build`);
      return found.fileName;
    };
    const entry = chunks.find((file) => file.isEntry && file.name === 'embed');
    if (!entry) throw new Error('embed pages: no embed entry in the browser build');
    const hydration = chunk('@lit-labs/ssr-client', (file) => file.moduleIds.some((id) => id.includes('/@lit-labs/ssr-client/')));
    const localeChunk = (locale: string) =>
      chunk(`locale ${locale}`, (file) => file.facadeModuleId?.endsWith(`/src/generated/locales/${locale}.ts`) === true);
    // Every chunk the entry imports statically, and those they import.
    const imported = new Set<string>();
    const follow = (fileName: string) => {
      const file = bundle[fileName];
      if (file?.type !== 'chunk') return;
      for (const name of file.imports) {
        if (imported.has(name)) continue;
        imported.add(name);
        follow(name);
      }
    };
    follow(entry.fileName);
    const pages = embedPages({
      script: entry.fileName,
      preload: (locale) => [...imported, hydration, ...(locale === SHIPPED_LOCALES[0] ? [] : [localeChunk(locale)])],
    });
    for (const {fileName, source} of pages) this.emitFile({type: 'asset', fileName, source});
  },
};

export default defineConfig(({command, mode}) => ({
  // __PA_LOCALE_FILES__: the classic script's build sets it to its locale files' names.
  define: {__PA_PSEUDO_LOCALE__: JSON.stringify(command === 'serve'), __PA_LOCALE_FILES__: 'null'},
  plugins: [
    minifyTemplates(),
    shortenMessageIds(),
    demoServerRendering(),
    ...(mode === 'browser' ? [embedPagesPlugin] : []),
    ...(mode === 'iife' ? [classicScriptLocales()] : []),
  ],
  build: {target: 'es2022', ...builds[mode]},
  test: {include: ['test/unit/**/*.test.ts']},
}));
