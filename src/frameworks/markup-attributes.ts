/**
 * The elements' attributes as written in markup, for the typings of
 * frameworks whose templates use attribute names (Vue, Svelte): from the
 * attribute table (src/internal/attributes.ts).
 * @module
 */
import type {FaqFeedbackEvent, FaqToggleEvent, RenewalChangeEvent} from '../events.js';
import type {MarkupAttributesOf} from '../internal/attributes.js';

export type {HeadingLevelValue} from '../internal/attributes.js';

export type RenewalMarkupAttributes = MarkupAttributesOf<'calculator'>;
export type FaqMarkupAttributes = MarkupAttributesOf<'faq'>;
export type HelpMarkupAttributes = MarkupAttributesOf<'help'>;

export interface RenewalEvents {
  'pa-renewal-change': RenewalChangeEvent;
}

export interface FaqEvents {
  'pa-faq-toggle': FaqToggleEvent;
  'pa-faq-feedback': FaqFeedbackEvent;
}
