/**
 * `pa-migration-help`: the element classes, their events and the rules, with
 * no side effects. Import `pa-migration-help/define` to register the
 * elements, or one element's own entry (`/define/renewal-calculator`, …).
 * @module
 */
export {MigrationHelpElement} from './components/migration-help/migration-help.component.js';
export {RenewalCalculatorElement} from './components/renewal-calculator/renewal-calculator.component.js';
export {FAQ_ITEM_IDS, MigrationFaqElement} from './components/migration-faq/migration-faq.component.js';
export {FaqFeedbackEvent, FaqToggleEvent, RenewalChangeEvent} from './events.js';
export type {FaqItemId} from './events.js';
export * from './core/index.js';
