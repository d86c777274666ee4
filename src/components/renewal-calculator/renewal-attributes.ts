import type {LitElement} from 'lit';

// Lit's mixin pattern needs the wide constructor type.
type Constructor<T> = new (...args: any[]) => T;

/**
 * The attributes that configure a renewal calculation. Values are kept as the
 * text the page gave and parsed by the core, so a bad value falls back
 * instead of turning into NaN.
 */
export declare class RenewalAttributesInterface {
  /** Remote computers to cover, preset into the field. */
  computers?: string | number;
  /** Packs on the current subscription, preset into the field. */
  currentPacks?: string | number;
  /** Current expiry, `YYYY-MM-DD`, preset into the field. */
  expiry?: string;
  /** Computers one pack covers; default 5. */
  packSize?: string | number;
  /** Price of one pack for one year, e.g. `19.99`; no price is shown without it. */
  pricePerPack?: string | number;
  /** ISO 4217 code of the price; default `USD`. */
  currency?: string;
  /** The date to calculate from, `YYYY-MM-DD`; default the visitor's local date. */
  today?: string;
  /** Where "Renew now" leads: an `https:` or relative URL; anything else shows no link. */
  renewUrl?: string;
  /** Level of the element's headings, 2 to 6; default one below the heading before the element. */
  headingLevel?: string | number;
}

/** Adds the renewal attributes to an element, so the widget and the calculator accept the same ones. */
export const RenewalAttributes = <T extends Constructor<LitElement>>(superClass: T) => {
  class RenewalAttributesElement extends superClass {
    // Static declarations rather than decorators: Lit's decorator helpers cost
    // ~400 bytes min+gzip on the critical path. The fields below only declare
    // types: with useDefineForClassFields false (tsconfig) they emit nothing
    // that would shadow Lit's accessors.
    static properties = {
      computers: {},
      currentPacks: {attribute: 'current-packs'},
      expiry: {},
      packSize: {attribute: 'pack-size'},
      pricePerPack: {attribute: 'price-per-pack'},
      currency: {},
      today: {},
      renewUrl: {attribute: 'renew-url'},
      headingLevel: {attribute: 'heading-level'},
    };

    computers?: string | number;
    currentPacks?: string | number;
    expiry?: string;
    packSize?: string | number;
    pricePerPack?: string | number;
    currency?: string;
    today?: string;
    renewUrl?: string;
    headingLevel?: string | number;
  }
  return RenewalAttributesElement as Constructor<RenewalAttributesInterface> & T;
};
