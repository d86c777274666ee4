import {defineElement} from '../../internal/define-element.js';
import {MigrationFaqElement} from './migration-faq.component.js';

defineElement('pa-migration-faq', MigrationFaqElement);

declare global {
  interface HTMLElementTagNameMap {
    'pa-migration-faq': MigrationFaqElement;
  }
}
