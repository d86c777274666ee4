import type {RenewalField} from '../../core/errors.js';
import type {RenewalResult} from '../../core/renewal.js';

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

// On GlobalEventHandlersEventMap, which the element, document and window
// event maps all extend: a listener on any of them gets the event's class.
declare global {
  interface GlobalEventHandlersEventMap {
    'pa-renewal-change': RenewalChangeEvent;
  }
}
