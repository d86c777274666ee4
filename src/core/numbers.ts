import {RenewalInputError, type RenewalField} from './errors.js';
import {cached, numberFormat} from './intl-cache.js';

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

// The zero of each digit set people type besides ASCII: full-width ０,
// Arabic-Indic ٠, Extended Arabic-Indic ۰ (Persian, Urdu).
const DIGIT_ZEROS = [0xff10, 0x0660, 0x06f0];

function toAsciiDigits(text: string): string {
  return text.replace(/[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - DIGIT_ZEROS.find((zero) => code >= zero && code <= zero + 9)!);
  });
}

const SPACES = [' ', '\u00a0', '\u202f'];
const ARABIC_GROUP = '\u066c';
const ARABIC_DECIMAL = '\u066b';
const MINUS_SIGNS = ['-', '\u2212'];

// What people type for a separator the locale writes as `,` or `.`: the
// full-width forms of Japanese and Chinese input methods, and the Arabic
// comma of Arabic keyboards.
const LOOK_ALIKES: Record<string, string[]> = {
  ',': ['\uff0c', '\u060c'],
  '.': ['\uff0e'],
};

interface Separators {
  groups: string[];
  decimals: string[];
}

/**
 * The grouping and decimal separators a locale writes, plus the look-alikes
 * people type for them: read once per locale, used on every keystroke.
 */
const separatorsOf = (locale: string): Separators => cached('separators', locale, {}, () => readSeparators(locale));

function readSeparators(locale: string): Separators {
  let group = ',';
  let decimal = '.';
  try {
    for (const part of numberFormat(locale).formatToParts(12345.6)) {
      if (part.type === 'group') group = part.value;
      if (part.type === 'decimal') decimal = part.value;
    }
  } catch {
    // A malformed locale tag reads numbers the English way.
  }
  const groups = SPACES.includes(group) ? [...SPACES] : [group, ...(LOOK_ALIKES[group] ?? [])];
  return {
    groups: [...groups, ARABIC_GROUP],
    decimals: [decimal, ...(LOOK_ALIKES[decimal] ?? []), ARABIC_DECIMAL],
  };
}

/**
 * Reads a whole number that a person typed, in the way of `locale`: `"1,000"`
 * in English, `"1.000"` in German, `"1 000"` in French, and full-width or
 * Arabic-Indic digits in any locale. A fraction of zeros (`"10.0"`) is still
 * a whole number. Rejects what `Number()` would let through (`""`, `"0x10"`,
 * `"1e3"`, `"Infinity"`, `"12abc"`), and a fraction of exactly three digits
 * (`"1.000"` in English), which a reader used to another locale means as
 * thousands. Full-width `，` `．` and the Arabic `،` `٬` `٫` read as the
 * separators they stand for.
 *
 * @example
 * parseWholeNumber('1,000', 'computers', {min: 1, max: MAX_COUNT}) //=> 1000
 * parseWholeNumber('1.000', 'computers', {min: 1, max: MAX_COUNT}, 'de') //=> 1000
 * parseWholeNumber('1.5', 'computers', {min: 1, max: MAX_COUNT}) // throws 'not-a-whole-number'
 */
export function parseWholeNumber(text: string, field: RenewalField, range: WholeNumberRange, locale = 'en'): number {
  let digits = toAsciiDigits(text).trim();
  if (digits === '') throw new RenewalInputError(field, 'missing', text);
  const negative = MINUS_SIGNS.includes(digits[0]!);
  if (negative || digits[0] === '+') digits = digits.slice(1);

  const {groups, decimals} = separatorsOf(locale);
  const decimalAt = [...digits].findIndex((char) => decimals.includes(char));
  const integer = decimalAt < 0 ? digits : digits.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : digits.slice(decimalAt + 1);
  if (!isGroupedDigits(integer, groups) || !/^0*$/.test(fraction) || fraction.length === 3) {
    throw new RenewalInputError(field, 'not-a-whole-number', text);
  }
  const value = Number.parseInt(integer.replace(/\D/g, ''), 10);
  // More digits than a number holds exactly: a whole number, too large (not Infinity, "not a number").
  if (!Number.isSafeInteger(value)) throw new RenewalInputError(field, 'out-of-range', text);
  return assertWholeNumber(negative ? -value : value, field, range);
}

/** Plain digits, or digits in threes joined by one and the same grouping separator. */
function isGroupedDigits(text: string, groups: string[]): boolean {
  if (/^\d+$/.test(text)) return true;
  const separator = text.match(/\D/)?.[0];
  if (separator === undefined || !groups.includes(separator)) return false;
  const [head = '', ...rest] = text.split(separator);
  return /^\d{1,3}$/.test(head) && rest.length > 0 && rest.every((group) => /^\d{3}$/.test(group));
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
