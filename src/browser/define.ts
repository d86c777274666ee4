/**
 * `dist/browser/define.js`: registers the elements (`pa-migration-help/define`)
 * for a page without a bundler, and says so clearly where the page does not
 * let them start.
 * @module
 */
import {start} from './start.js';

start(() => import('../define.js'));
