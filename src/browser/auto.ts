/**
 * `dist/browser/auto.js`: registers the elements and upgrades the placeholders
 * (`pa-migration-help/auto`) for a page without a bundler, and says so clearly
 * where the page does not let them start. Like define.js, it imports nothing
 * before the page's first frame begins, or a second where none comes.
 * @module
 */
const beginAuto = () =>
  void import('./start.js').then(({start}) =>
    start('auto', async () => {
      const [, {watchPlaceholders}] = await Promise.all([import('../define.js'), import('../placeholders.js')]);
      watchPlaceholders(document);
    }),
  );
requestAnimationFrame(beginAuto);
setTimeout(beginAuto, 1000);
