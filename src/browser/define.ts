/**
 * `dist/browser/define.js`: registers the elements (`pa-migration-help/define`)
 * for a page without a bundler, and says so clearly where the page does not
 * let them start. It imports nothing before the page's first frame begins, so
 * that nothing of ours is fetched or run before the page has painted (a hidden
 * page gets no frame: the elements start when it is shown); src/browser/start.ts
 * does the rest.
 * @module
 */
requestAnimationFrame(() => void import('./start.js').then(({start}) => start(() => import('../define.js'))));
