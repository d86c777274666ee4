/**
 * The elements' attributes as written in markup, for the typings of
 * frameworks whose templates use attribute names (Vue, Svelte).
 * @module
 */
import type {FaqFeedbackEvent, FaqToggleEvent, RenewalChangeEvent} from '../events.js';

export type HeadingLevelValue = 2 | 3 | 4 | 5 | 6 | '2' | '3' | '4' | '5' | '6';

export interface RenewalMarkupAttributes {
  lang?: string;
  computers?: string | number;
  'current-packs'?: string | number;
  expiry?: string;
  'pack-size'?: string | number;
  'price-per-pack'?: string | number;
  currency?: string;
  today?: string;
  'renew-url'?: string;
  'heading-level'?: HeadingLevelValue;
}

export interface FaqMarkupAttributes {
  lang?: string;
  open?: string;
  'heading-level'?: HeadingLevelValue;
  'pack-size'?: string | number;
}

export type HelpMarkupAttributes = RenewalMarkupAttributes & FaqMarkupAttributes;

export interface RenewalEvents {
  'pa-renewal-change': RenewalChangeEvent;
}

export interface FaqEvents {
  'pa-faq-toggle': FaqToggleEvent;
  'pa-faq-feedback': FaqFeedbackEvent;
}
