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
      // Placeholders become widgets the browser renders: the calculator too, at once.
      const [, , {watchPlaceholders}] = await Promise.all([
        import('./register.js'),
        import('../components/renewal-calculator/renewal-calculator.js'),
        import('../placeholders.js'),
      ]);
      watchPlaceholders(document);
    }),
  );
// After the page's first paint is on the screen (its `paint` entry), then a
// task; after a second where none comes. (Why: define.ts.)
const painted = new PerformanceObserver(() => {
  painted.disconnect();
  clearTimeout(fallback);
  setTimeout(begin);
});
const fallback = setTimeout(() => {
  painted.disconnect();
  begin();
}, 1000);
painted.observe({type: 'paint', buffered: true});
