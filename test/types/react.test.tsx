// Compiled by `npm run typecheck`, never run: React users get checked props.
import type {} from '../../src/frameworks/react.js';
import type {FaqFeedbackEvent, FaqToggleEvent, RenewalChangeEvent} from '../../src/events.js';

export const fine = (
  <>
    <pa-migration-help
      computers={10}
      expiry="2021-04-01"
      pricePerPack="19.99"
      currency="EUR"
      headingLevel={2}
      open="higher-price"
      onpa-renewal-change={(event: RenewalChangeEvent) => event.detail?.packs}
      onpa-faq-toggle={(event: FaqToggleEvent) => event.detail.id}
      onpa-faq-feedback={(event: FaqFeedbackEvent) => event.detail.helpful}
    />
    <pa-renewal-calculator computers="11" renewUrl="/renew" className="wide" />
    <pa-migration-faq open="migrate-now" renewal={null} />
  </>
);

// @ts-expect-error heading levels run from 2 to 6
export const level = <pa-migration-faq headingLevel={7} />;

// @ts-expect-error a renewal change carries a RenewalChangeEvent
export const wrongEvent = <pa-renewal-calculator onpa-renewal-change={(event: KeyboardEvent) => event.key} />;

// @ts-expect-error computers is a count, not an object
export const wrongType = <pa-renewal-calculator computers={{count: 10}} />;

// Attribute names, as React's server renderer needs them (docs/react.md), are checked too:
export const byAttributeName = <pa-migration-help price-per-pack="99.99" heading-level="3" renew-url="/renew" />;

// @ts-expect-error price-per-pack takes text or a number, not an object
export const wrongAttributeType = <pa-renewal-calculator price-per-pack={{amount: 99.99}} />;

// @ts-expect-error heading-level runs from 2 to 6
export const wrongAttributeLevel = <pa-migration-faq heading-level={7} />;
