import type {FaqItemId} from './components/migration-faq/faq-items.js';
import type {RenewalField} from './core/errors.js';
import type {RenewalResult} from './core/renewal.js';

// The ids come from the FAQ's table of questions; public from here.
export type {FaqItemId};

/**
 * Fired by `<pa-renewal-calculator>` whenever its inputs change. `detail` is
 * the result, or `null` while `invalidFields` lists what needs fixing.
 */
export class RenewalChangeEvent extends CustomEvent<RenewalResult | null> {
  static readonly eventName = 'pa-renewal-change';

  constructor(
    result: RenewalResult | null,
    /** Fields whose value cannot be used, in form order; empty with a result. */
    readonly invalidFields: readonly RenewalField[] = [],
  ) {
    super(RenewalChangeEvent.eventName, {detail: result, bubbles: true, composed: true});
  }
}

/** Fired by `<pa-migration-faq>` when a question is opened or closed. */
export class FaqToggleEvent extends CustomEvent<{id: FaqItemId; open: boolean}> {
  static readonly eventName = 'pa-faq-toggle';

  constructor(id: FaqItemId, open: boolean) {
    super(FaqToggleEvent.eventName, {detail: {id, open}, bubbles: true, composed: true});
  }
}

/**
 * Fired by `<pa-migration-faq>` when a reader answers "Was this answer
 * helpful?", once per question per page view. The widget sends it nowhere:
 * the page decides what to do with it.
 */
export class FaqFeedbackEvent extends CustomEvent<{id: FaqItemId; helpful: boolean}> {
  static readonly eventName = 'pa-faq-feedback';

  constructor(id: FaqItemId, helpful: boolean) {
    super(FaqFeedbackEvent.eventName, {detail: {id, helpful}, bubbles: true, composed: true});
  }
}

// On GlobalEventHandlersEventMap, which the element, document and window
// event maps all extend: a listener on any of them gets the event's class.
declare global {
  interface GlobalEventHandlersEventMap {
    'pa-renewal-change': RenewalChangeEvent;
    'pa-faq-toggle': FaqToggleEvent;
    'pa-faq-feedback': FaqFeedbackEvent;
  }
}
