import type {FaqItemId} from './faq-items.js';

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
    'pa-faq-toggle': FaqToggleEvent;
    'pa-faq-feedback': FaqFeedbackEvent;
  }
}
