/**
 * The element classes, their events and the core rules, with no side
 * effects: import `pa-migration-help/define` to register the elements.
 * @module
 */
export {RenewalCalculatorElement} from './components/renewal-calculator/renewal-calculator.component.js';
export {MigrationFaqElement, FAQ_ITEM_IDS} from './components/migration-faq/migration-faq.component.js';
export {MigrationHelpElement} from './components/migration-help/migration-help.component.js';
export {FaqFeedbackEvent, FaqToggleEvent, RenewalChangeEvent} from './events.js';
export type {FaqItemId} from './events.js';
export * from './core/index.js';
