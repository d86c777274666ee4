/**
 * Registers `<pa-migration-faq>` alone; safe to load twice.
 * @module
 */
import {defineElement} from '../../internal/define-element.js';
import {TAGS} from '../../internal/elements.js';
import {MigrationFaqElement} from './migration-faq.component.js';

defineElement(TAGS.faq, MigrationFaqElement);

export {MigrationFaqElement};

declare global {
  interface HTMLElementTagNameMap {
    [TAGS.faq]: MigrationFaqElement;
  }
}
