import {RenewalInputError} from './errors.js';
import {numberFormat} from './intl-cache.js';

/** The highest price of one pack the rules accept, in major units. */
export const MAX_PRICE_PER_PACK = 1_000_000;

const CURRENCY_CODE = /^[A-Za-z]{3}$/;

// Engines without Intl.supportedValuesOf accept any well-formed code.
const knownCurrencies: ReadonlySet<string> | undefined =
  typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : undefined;

/**
 * Checks that `code` is an ISO 4217 currency code the runtime knows, and
 * returns it in upper case.
 *
 * @example
 * parseCurrency('eur') //=> 'EUR'
 * parseCurrency('US$') // throws 'invalid-currency'
 */
export function parseCurrency(code: unknown): string {
  if (typeof code !== 'string' || !CURRENCY_CODE.test(code.trim())) {
    throw new RenewalInputError('currency', 'invalid-currency', code);
  }
  const upper = code.trim().toUpperCase();
  if (knownCurrencies && !knownCurrencies.has(upper)) {
    throw new RenewalInputError('currency', 'invalid-currency', code);
  }
  return upper;
}

/**
 * How many digits the currency has after the decimal point: 2 for USD, 0 for
 * JPY, 3 for KWD.
 */
export function minorDigits(currency: string): number {
  return numberFormat('en', {style: 'currency', currency}).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * The price of `packs` packs at `pricePerPack` each, exact to the currency's
 * minor unit. Counts in whole minor units (cents), so 3 x 19.99 is 59.97 and
 * not 59.970000000000006.
 *
 * @throws {RenewalInputError} when the price is negative, above
 *   {@link MAX_PRICE_PER_PACK}, or finer than the currency's minor unit.
 */
export function priceForPacks(packs: number, pricePerPack: number, currency: string): number {
  if (typeof pricePerPack !== 'number' || !Number.isFinite(pricePerPack)) {
    throw new RenewalInputError('pricePerPack', 'not-a-number', pricePerPack);
  }
  if (pricePerPack < 0 || pricePerPack > MAX_PRICE_PER_PACK) {
    throw new RenewalInputError('pricePerPack', 'out-of-range', pricePerPack);
  }
  const scale = 10 ** minorDigits(currency);
  const minorPerPack = Math.round(pricePerPack * scale);
  // Compare in minor units: 19.99 * 100 is 1998.9999999999998, close enough to 1999.
  if (Math.abs(minorPerPack - pricePerPack * scale) > 1e-6) {
    throw new RenewalInputError('pricePerPack', 'too-many-decimals', pricePerPack);
  }
  return (packs * minorPerPack) / scale;
}
