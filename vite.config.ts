import {readFileSync} from 'node:fs';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import type {UserConfig} from 'vite';
import {defineConfig} from 'vitest/config';
import {configuratorData} from './scripts/configurator-data.js';
import {shortenMessageIds} from './scripts/shorten-message-ids.js';
import {demoServerRendering} from './tools/demo-server-rendering.js';

const {version} = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {version: string};
// Which version a site serves: the first line of every browser file (kept by the minifier as a legal comment).
const BANNER = `/*! pa-migration-help ${version} | MIT */`;

// `vite build` makes the npm package (dependencies left to the app's bundler);
// `--mode browser`, `--mode iife` and `--mode single-file` make self-contained
// files for pages without a bundler: an ES module set with lazy locale chunks,
// a classic script that loads that set (src/browser/classic.ts), and one
// classic script with everything inside.
// scripts/render-html.ts runs after them: dist/html and the hosted pages.
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
    rollupOptions: {external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^date-fns($|\/)/, /^parse5($|\/)/, /^node:/]},
  },
  browser: {
    outDir: 'dist/browser',
    lib: {
      // define.js and auto.js load the elements through src/browser/start.ts.
      entry: {
        define: 'src/browser/define.ts',
        auto: 'src/browser/auto.ts',
        embed: 'src/embed/embed.ts',
        'resize-frames': 'src/embed/resize-frames.ts',
      },
      formats: ['es'],
    },
    // The chunk graph (entries, static and dynamic imports) that `npm run size`
    // and the hosted pages' script (scripts/embed-pages.ts) read.
    manifest: true,
    rollupOptions: {
      output: {
        postBanner: BANNER,
        minify: true,
        // Each group takes the modules it names and what they import that a
        // group before it has not taken. What the entries' loader
        // (src/browser/start.ts) needs, Lit not among it, in a chunk of its
        // own: where Lit cannot start, the loader still can. Then the FAQ and
        // the widget with Lit; then the calculator, loaded when a reader may
        // use it; then its answer. Left to itself, rolldown moves modules that
        // two of these share into more, smaller files.
        codeSplitting: {
          groups: [
            {
              name: 'start',
              test: /\/src\/(browser\/(start|calculator-on-demand)|internal\/(elements|attributes|composed-tree))\.ts$/,
              priority: 4,
            },
            // With them what Lit's hydration and the editor's notices, loaded beside the FAQ, share with the calculator.
            {
              name: 'define',
              test: /\/(src\/(browser\/register|components\/(migration-faq|migration-help)\/\3|core\/safe-url)\.ts|lit-html\/directive(-helpers)?\.js)$/,
              priority: 3,
            },
            {name: 'renewal-calculator', test: /\/src\/components\/renewal-calculator\/renewal-calculator\.ts$/, priority: 2},
            // The answer, and the date arithmetic that it and the calendar file (loaded after it) share: one request.
            {
              name: 'renewal-results',
              test: /\/(src\/components\/renewal-calculator\/renewal-results|src\/core\/calendar-arithmetic|node_modules\/date-fns\/.*)\.(ts|js)$/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  iife: {
    outDir: 'dist/browser',
    emptyOutDir: false,
    lib: {entry: 'src/browser/classic.ts', name: 'PaMigrationHelp', formats: ['iife'], fileName: () => 'pa-migration-help.iife.js'},
    rollupOptions: {output: {postBanner: BANNER, minify: true}},
  },
  // One file with every language, for hosts that rename the files they serve (Zendesk Guide's theme
  // assets), where the classic script could not find the files beside it.
  'single-file': {
    outDir: 'dist/browser',
    emptyOutDir: false,
    lib: {entry: 'src/browser/single-file.ts', name: 'PaMigrationHelp', formats: ['iife'], fileName: () => 'pa-migration-help.single.js'},
    rollupOptions: {output: {postBanner: BANNER, minify: true}},
  },
  // The editors' configurator (scripts/configurator-pages.ts writes its pages after this build):
  // its scripts in dist/browser/configurator/, self-contained; its preview page loads the widget's own define.js.
  configurator: {
    outDir: 'dist/browser',
    emptyOutDir: false,
    lib: {
      entry: {'configurator/configurator': 'src/configurator/configurator.ts', 'configurator/preview': 'src/configurator/preview.ts'},
      formats: ['es'],
    },
    rollupOptions: {output: {minify: true, chunkFileNames: 'configurator/[name]-[hash].js'}},
  },
};

export default defineConfig(({command, mode}) => ({
  define: {
    __PA_PSEUDO_LOCALE__: JSON.stringify(command === 'serve'),
    __PA_VERSION__: JSON.stringify(version),
  },
  plugins: [
    // Lit's own minifier for our css/html/svg templates (`str` templates, messages, are left alone), in every
    // build alike: the server's (./ssr) templates must be the ones the browser hydrates. A Rollup plugin, so
    // Vite's spread says when it runs, as before: in builds only, after Vite's own plugins.
    {...minifyHTMLLiterals({include: ['src/**/*.ts'], failOnError: true}), apply: 'build', enforce: 'post'},
    // Readable message ids become one or two letters in the code and the locale chunks (~800 B per locale).
    shortenMessageIds(),
    // `npm start` serves the demo pages' widgets server-rendered, as a help center using ./ssr would.
    demoServerRendering(),
    // The package's own placeholders, rendered widgets and style hashes, quoted by the configurator's snippets.
    configuratorData(),
  ],
  build: {target: 'es2022', ...builds[mode]},
  test: {include: ['test/unit/**/*.test.ts']},
}));
