import {addOneYear, daysBetween} from './calendar-arithmetic.js';
import {parseCalendarDate, type CalendarDate} from './calendar-date.js';
import {assertWholeNumber, MAX_COUNT} from './numbers.js';
import {parseCurrency, priceForPacks} from './money.js';
import {DEFAULT_CURRENCY, DEFAULT_PACK_SIZE} from './defaults.js';

/** What a customer knows about their subscription, and what the page knows about prices. */
export interface RenewalInput {
  /** Remote computers to cover: a whole number from 1 to 1,000,000. */
  computers: number;
  /** The current subscription is valid until this date, `YYYY-MM-DD`. */
  currentExpiry: CalendarDate;
  /** The date of the renewal, `YYYY-MM-DD`. */
  today: CalendarDate;
  /** Packs on the current subscription, when known: a whole number from 1. */
  currentPacks?: number;
  /** Computers one pack covers. Default 5. */
  packSize?: number;
  /** The price of one pack for one year, when the page gives one. */
  pricePerPack?: number;
  /** ISO 4217 code of `pricePerPack`. Default `USD`. */
  currency?: string;
}

/** What renewing means for the customer's numbers and dates. */
export interface RenewalResult {
  /** The remote computers the result is for. */
  computers: number;
  /** Computers one pack covers. */
  packSize: number;
  /** Packs on the current subscription, when given. */
  currentPacks?: number;
  /** Packs to select on the renewal screen: computers / packSize, rounded up. */
  packs: number;
  /** Computers those packs cover: packs x packSize. */
  seats: number;
  /** Seats beyond the computers entered. */
  spareSeats: number;
  /** packs x pricePerPack, exact to the currency's minor unit; only when a price is given. */
  annualPrice?: number;
  /** The currency of `annualPrice`, upper case. */
  currency: string;
  /** The current expiry date, as given. */
  currentExpiry: CalendarDate;
  /** Valid until this date after renewing: one year after the current expiry, or after today when lapsed. */
  newExpiry: CalendarDate;
  /** Auto-renewal charges again on this date, and yearly after it. */
  nextChargeDate: CalendarDate;
  /** Calendar days from today to the current expiry; 0 on the day itself, negative once lapsed. */
  daysUntilExpiry: number;
  /** The current expiry is before today: the subscription has stopped working. */
  lapsed: boolean;
  /** Fewer packs than on the current subscription: a decrease, allowed once, during the migration. */
  decrease: boolean;
  /**
   * The current pack count equals the computer count, and is more packs than
   * those computers need: most likely computers typed where packs were asked.
   */
  currentPacksLookLikeComputers: boolean;
}

/**
 * Applies the migration rules to a customer's numbers.
 *
 * - packs = ceil(computers / packSize);
 * - the paid year is added to the current expiry (29 February becomes 28 February);
 * - a lapsed subscription renews from today;
 * - auto-renewal, back on after renewing, charges next on the new expiry date.
 *
 * @throws {RenewalInputError} naming the field and the reason, for any input
 *   that would otherwise give NaN, Infinity or an invalid date.
 *
 * @example
 * calculateRenewal({computers: 11, currentExpiry: '2021-04-01', today: '2021-01-15'})
 * //=> {packs: 3, seats: 15, spareSeats: 4, newExpiry: '2022-04-01', nextChargeDate: '2022-04-01', ...}
 */
export function calculateRenewal(input: RenewalInput): RenewalResult {
  const computers = assertWholeNumber(input.computers, 'computers', {min: 1, max: MAX_COUNT});
  const packSize = assertWholeNumber(input.packSize ?? DEFAULT_PACK_SIZE, 'packSize', {min: 1, max: MAX_COUNT});
  const currentPacks =
    input.currentPacks === undefined ? undefined : assertWholeNumber(input.currentPacks, 'currentPacks', {min: 1, max: MAX_COUNT});
  const currentExpiry = parseCalendarDate(input.currentExpiry, 'currentExpiry');
  const today = parseCalendarDate(input.today, 'today');
  const currency = parseCurrency(input.currency ?? DEFAULT_CURRENCY);

  const packs = Math.ceil(computers / packSize);
  const seats = packs * packSize;
  const daysUntilExpiry = daysBetween(today, currentExpiry);
  const lapsed = daysUntilExpiry < 0;
  const newExpiry = addOneYear(lapsed ? today : currentExpiry);

  const result: RenewalResult = {
    computers,
    packSize,
    packs,
    seats,
    spareSeats: seats - computers,
    currency,
    currentExpiry,
    newExpiry,
    nextChargeDate: newExpiry,
    daysUntilExpiry,
    lapsed,
    decrease: currentPacks !== undefined && packs < currentPacks,
    currentPacksLookLikeComputers: currentPacks === computers && packs < currentPacks,
  };
  if (currentPacks !== undefined) result.currentPacks = currentPacks;
  if (input.pricePerPack !== undefined) {
    result.annualPrice = priceForPacks(packs, input.pricePerPack, currency);
  }
  return result;
}
