/**
 * The elements' events, each defined beside the element that fires it.
 * @module
 */
export {FaqFeedbackEvent, FaqToggleEvent} from './components/migration-faq/faq-events.js';
export type {FaqItemId} from './components/migration-faq/faq-items.js';
export {RenewalChangeEvent} from './components/renewal-calculator/renewal-change-event.js';
