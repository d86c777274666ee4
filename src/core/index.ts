/**
 * `pa-migration-help/core`: the migration rules, pure: no DOM, no Lit. Runs
 * in Node and in the browser. The rest of `src/core/` serves the elements and
 * is not part of the public API.
 * @module
 */
export {calculateRenewal} from './renewal.js';
export {DEFAULT_CURRENCY, DEFAULT_PACK_SIZE} from './defaults.js';
export type {RenewalInput, RenewalResult} from './renewal.js';
export {RenewalInputError} from './errors.js';
export type {RenewalErrorCode, RenewalField} from './errors.js';
export {EARLIEST_DATE, isCalendarDate, LATEST_DATE} from './calendar-date.js';
export type {CalendarDate} from './calendar-date.js';
export {MAX_COUNT} from './numbers.js';
export {MAX_PRICE_PER_PACK} from './money.js';
