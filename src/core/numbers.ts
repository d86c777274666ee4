import {RenewalInputError, type RenewalField} from './errors.js';

/** Inclusive bounds for a whole-number input. */
export interface WholeNumberRange {
  min: number;
  max: number;
}

/** The most computers, packs or pack size the rules accept. */
export const MAX_COUNT = 1_000_000;

/**
 * Checks that `value` is a whole number within `range` and returns it.
 *
 * @example
 * assertWholeNumber(11, 'computers', {min: 1, max: MAX_COUNT}) //=> 11
 * assertWholeNumber(1.5, 'computers', {min: 1, max: MAX_COUNT}) // throws 'not-a-whole-number'
 */
export function assertWholeNumber(value: unknown, field: RenewalField, range: WholeNumberRange): number {
  if (value === undefined || value === null) throw new RenewalInputError(field, 'missing', value);
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new RenewalInputError(field, 'not-a-whole-number', value);
  }
  if (value < range.min || value > range.max) throw new RenewalInputError(field, 'out-of-range', value);
  return value;
}

// Plain digits, or digits grouped in threes by commas ("1,000"); an optional
// fraction of zeros ("10.0") is still a whole number.
const WHOLE_NUMBER = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.0*)?$/;

/**
 * Reads a whole number that a person typed, such as `"11"`, `" 1,000 "` or
 * `"10.0"`. Rejects what `Number()` would let through: `""`, `"0x10"`,
 * `"1e3"`, `"Infinity"`, `"12abc"`.
 *
 * @example
 * parseWholeNumber('1,000', 'computers', {min: 1, max: MAX_COUNT}) //=> 1000
 * parseWholeNumber('1.5', 'computers', {min: 1, max: MAX_COUNT}) // throws 'not-a-whole-number'
 */
export function parseWholeNumber(text: string, field: RenewalField, range: WholeNumberRange): number {
  const trimmed = text.trim();
  if (trimmed === '') throw new RenewalInputError(field, 'missing', text);
  if (!WHOLE_NUMBER.test(trimmed)) throw new RenewalInputError(field, 'not-a-whole-number', text);
  return assertWholeNumber(Number.parseInt(trimmed.replaceAll(',', ''), 10), field, range);
}

const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * Reads a non-negative decimal written the machine way (`"19.99"`), as a page
 * author writes a price in an attribute.
 *
 * @example
 * parseDecimal('19.99', 'pricePerPack') //=> 19.99
 * parseDecimal('19,99', 'pricePerPack') // throws 'not-a-number'
 */
export function parseDecimal(text: string, field: RenewalField): number {
  const trimmed = text.trim();
  if (trimmed === '') throw new RenewalInputError(field, 'missing', text);
  if (!DECIMAL.test(trimmed)) throw new RenewalInputError(field, 'not-a-number', text);
  return Number(trimmed);
}
