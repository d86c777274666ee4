/**
 * Registers `<pa-migration-help>` and the two elements it holds; safe to load twice.
 * @module
 */
import '../migration-faq/migration-faq.js';
import '../renewal-calculator/renewal-calculator.js';
import {defineElement} from '../../internal/define-element.js';
import {TAGS} from '../../internal/elements.js';
import {MigrationHelpElement} from './migration-help.component.js';

defineElement(TAGS.help, MigrationHelpElement);

export {MigrationHelpElement};

declare global {
  interface HTMLElementTagNameMap {
    [TAGS.help]: MigrationHelpElement;
  }
}
