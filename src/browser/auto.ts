/**
 * `dist/browser/auto.js` and the classic script: registers the elements and
 * upgrades the placeholders (`pa-migration-help/auto`) for a page without a
 * bundler, and says so clearly where the page does not let them start.
 * @module
 */
// First, while this script runs: the classic script finds its locale files from its own URL.
import '../localization/locale-files.js';
import {watchPlaceholders} from '../placeholders.js';
import {start} from './start.js';

start(() => import('../define.js').then(() => watchPlaceholders(document)));
