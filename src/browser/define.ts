/**
 * `dist/browser/define.js`: registers the elements (`pa-migration-help/define`)
 * for a page without a bundler, and says so clearly where the page does not
 * let them start (start.ts).
 *
 * It imports nothing until the page has painted its first frame, so that
 * nothing of ours is fetched or run before: a task posted from a
 * requestAnimationFrame callback runs after the frame that callback began.
 * A browser paints no frame for a hidden page, and may paint none for a long
 * while in an iframe out of view: there it begins after a second. auto.js and
 * embed.js begin the same way.
 * @module
 */
const begin = () => void import('./start.js').then(({start}) => start(() => import('./register.js')));
const frame = requestAnimationFrame(() => {
  clearTimeout(fallback);
  setTimeout(begin);
});
const fallback = setTimeout(() => {
  cancelAnimationFrame(frame);
  begin();
}, 1000);
