/**
 * `dist/browser/embed.js`, the script of the iframe tier's hosted pages: it
 * starts the page (hosted-page.ts) as define.js starts the elements, after the
 * page's first paint. A browser may give a frame out of view no frame for a
 * long while; it must still tell its parent its height, so it begins after a
 * second regardless.
 * @module
 */
const begin = () => void import('../browser/start.js').then(({start}) => start(() => import('./hosted-page.js')));
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
