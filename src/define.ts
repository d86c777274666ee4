/**
 * Registers `<pa-migration-help>`, `<pa-migration-faq>` and
 * `<pa-renewal-calculator>`. Safe to load twice.
 * @module
 */
import './components/migration-help/migration-help.js';

export * from './index.js';
