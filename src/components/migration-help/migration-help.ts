import '../migration-faq/migration-faq.js';
import '../renewal-calculator/renewal-calculator.js';
import {defineElement} from '../../internal/define-element.js';
import {MigrationHelpElement} from './migration-help.component.js';

defineElement('pa-migration-help', MigrationHelpElement);

declare global {
  interface HTMLElementTagNameMap {
    'pa-migration-help': MigrationHelpElement;
  }
}
