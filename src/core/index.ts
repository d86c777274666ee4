/**
 * The migration rules, pure: no DOM, no Lit. Runs in Node and in the browser.
 * @module
 */
export {calculateRenewal, DEFAULT_CURRENCY, DEFAULT_PACK_SIZE} from './renewal.js';
export type {RenewalInput, RenewalResult} from './renewal.js';
export {RenewalInputError} from './errors.js';
export type {RenewalErrorCode, RenewalField} from './errors.js';
export {
  addOneDay,
  addOneYear,
  calendarDateOf,
  daysBetween,
  EARLIEST_DATE,
  isCalendarDate,
  isLeapDay,
  LATEST_DATE,
  parseCalendarDate,
} from './calendar-date.js';
export type {CalendarDate} from './calendar-date.js';
export {assertWholeNumber, MAX_COUNT, parseDecimal, parseWholeNumber} from './numbers.js';
export type {WholeNumberRange} from './numbers.js';
export {MAX_PRICE_PER_PACK, minorDigits, parseCurrency, priceForPacks} from './money.js';
export {formatCalendarDate, formatMoney} from './format.js';
export {safeLinkUrl} from './safe-url.js';
export {readShareHash, shareHash} from './share-link.js';
export {evaluateRenewalForm, resolveRenewalSettings} from './renewal-form.js';
export type {RenewalFormOutcome, RenewalFormText, RenewalSettings, RenewalSettingsText} from './renewal-form.js';
