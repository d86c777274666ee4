/**
 * `dist/browser/define.js`: registers the elements (`pa-migration-help/define`)
 * for a page without a bundler, and says so clearly where the page does not
 * let them start. It imports nothing before the page's first frame begins, so
 * that nothing of ours is fetched or run before the page has painted; where no
 * frame comes (a hidden page, a frame out of view), it begins after a second.
 * src/browser/start.ts does the rest, once.
 * @module
 */
const beginDefine = () => void import('./start.js').then(({start}) => start('define', () => import('../define.js')));
requestAnimationFrame(beginDefine);
setTimeout(beginDefine, 1000);
