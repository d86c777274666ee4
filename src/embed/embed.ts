/**
 * `dist/browser/embed.js`, the script of the iframe tier's hosted pages: it
 * starts the page (hosted-page.ts) as define.js starts the elements, after the
 * page's first paint. A browser may give a frame out of view no frame for a
 * long while; it must still tell its parent its height, so it begins after a
 * second regardless.
 * @module
 */
const begin = () => void import('../browser/start.js').then(({start}) => start(() => import('./hosted-page.js')));
const frame = requestAnimationFrame(() => {
  clearTimeout(fallback);
  setTimeout(begin);
});
const fallback = setTimeout(() => {
  cancelAnimationFrame(frame);
  begin();
}, 1000);
