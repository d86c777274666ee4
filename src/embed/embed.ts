/**
 * `dist/browser/embed.js`, the script of the iframe tier's hosted pages: it
 * starts the page (hosted-page.ts) after the page's first paint, as define.js
 * starts the elements, importing nothing before the first frame begins. A
 * browser may give a frame out of view no frame for a long while; it must
 * still tell its parent its height, so it begins after a second regardless.
 * @module
 */
const beginEmbed = () => void import('../browser/start.js').then(({start}) => start('embed', () => import('./hosted-page.js')));
requestAnimationFrame(beginEmbed);
setTimeout(beginEmbed, 1000);
