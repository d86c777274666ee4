/**
 * `dist/browser/embed.js`, the script of the iframe tier's hosted pages: it
 * starts the page (hosted-page.ts) after the page's first paint, as define.js
 * starts the elements.
 * @module
 */
import {start} from '../browser/start.js';

start(() => import('./hosted-page.js'));
