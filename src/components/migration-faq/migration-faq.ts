/**
 * Registers `<pa-migration-faq>` alone; safe to load twice.
 * @module
 */
import {defineElement} from '../../internal/define-element.js';
import {MigrationFaqElement} from './migration-faq.component.js';

defineElement('pa-migration-faq', MigrationFaqElement);

export {MigrationFaqElement};

declare global {
  interface HTMLElementTagNameMap {
    'pa-migration-faq': MigrationFaqElement;
  }
}
