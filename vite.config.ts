import {defineConfig} from 'vitest/config';

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        core: 'src/core/index.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      // A library leaves its dependencies to the app's bundler, so a page with
      // another Lit component loads Lit once.
      external: [/^lit($|\/)/, /^@lit\//, /^date-fns($|\/)/],
    },
  },
  test: {
    include: ['test/unit/**/*.test.ts'],
  },
});
