/**
 * `dist/browser/auto.js`: registers the elements and upgrades the placeholders
 * (`pa-migration-help/auto`) for a page without a bundler, and says so clearly
 * where the page does not let them start. It begins as define.js does: after
 * the page's first paint, or a second where no frame comes.
 * @module
 */
const begin = () =>
  void import('./start.js').then(({start}) =>
    start(async () => {
      const [, {watchPlaceholders}] = await Promise.all([import('./register.js'), import('../placeholders.js')]);
      watchPlaceholders(document);
    }),
  );
const frame = requestAnimationFrame(() => {
  clearTimeout(fallback);
  setTimeout(begin);
});
const fallback = setTimeout(() => {
  cancelAnimationFrame(frame);
  begin();
}, 1000);
