import {defineConfig, type UserConfig} from 'vitest/config';
import {minifyTemplates} from './scripts/minify-templates.js';

// `vite build` makes the npm package (dependencies left to the app's bundler);
// `--mode browser` and `--mode iife` make self-contained files for pages
// without a bundler: an ES module set with lazy locale chunks, and one classic
// script with every locale inlined.
const builds: Record<string, UserConfig['build']> = {
  production: {
    outDir: 'dist',
    lib: {
      entry: {index: 'src/index.ts', define: 'src/define.ts', auto: 'src/auto.ts', core: 'src/core/index.ts'},
      formats: ['es'],
    },
    rollupOptions: {external: [/^lit($|\/)/, /^@lit\//, /^date-fns($|\/)/]},
  },
  browser: {
    outDir: 'dist/browser',
    lib: {entry: {define: 'src/define.ts', auto: 'src/auto.ts'}, formats: ['es']},
    rollupOptions: {output: {minify: true}},
  },
  iife: {
    outDir: 'dist/browser',
    emptyOutDir: false,
    lib: {entry: 'src/auto.ts', name: 'PaMigrationHelp', formats: ['iife'], fileName: () => 'pa-migration-help.iife.js'},
    rollupOptions: {output: {minify: true}},
  },
};

export default defineConfig(({mode}) => ({
  plugins: [minifyTemplates()],
  build: {target: 'es2022', ...builds[mode]},
  test: {include: ['test/unit/**/*.test.ts']},
}));
