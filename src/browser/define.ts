/**
 * `dist/browser/define.js`: registers the elements (`pa-migration-help/define`)
 * for a page without a bundler, and says so clearly where the page does not
 * let them start (start.ts).
 *
 * It imports nothing until the page's first paint is on the screen, so that
 * nothing of ours is fetched or run before: the browser reports that paint
 * (a `paint` performance entry) once the frame is presented, later than a
 * requestAnimationFrame callback runs, and a request made there would compete
 * with the paint on a slow network. A browser paints no frame for a hidden
 * page, and may paint none for a long while in an iframe out of view: there
 * it begins after a second. auto.js and embed.js begin the same way; each
 * holds these lines, since a module they shared would be one more file
 * fetched before the paint.
 * @module
 */
// (Both modules are in one file: start's chunk.)
const begin = () =>
  void Promise.all([import('./start.js'), import('./calculator-on-demand.js')]).then(([{start}, {loadCalculatorWhenNeeded}]) =>
    start(() => {
      loadCalculatorWhenNeeded(() => import('../components/renewal-calculator/renewal-calculator.js'));
      return import('./register.js');
    }),
  );
// After the page's first paint is on the screen (its `paint` entry), then a
// task; after a second where none comes.
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
