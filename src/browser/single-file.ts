/**
 * `pa-migration-help.single.js`: auto.js and everything it loads, every
 * language included, in one classic script, for hosts that rename the files
 * they serve (Zendesk Guide's theme assets), where files that load each other
 * by name would break. It begins as auto.js does, after the page's first paint.
 * @module
 */
import './auto.js';
