/**
 * The classic scripts, `pa-migration-help.iife.js` and `.single.js`: auto.js
 * in one file, which finds its locale files from its own URL.
 * @module
 */
// First, while this script runs: `document.currentScript` is this script only now.
import '../localization/locale-files.js';
import './auto.js';
