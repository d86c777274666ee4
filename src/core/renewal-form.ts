import {calendarDateOf, parseCalendarDate, type CalendarDate} from './calendar-date.js';
import {RenewalInputError, type RenewalField} from './errors.js';
import {MAX_COUNT, parseDecimal, parseWholeNumber} from './numbers.js';
import {parseCurrency, priceForPacks} from './money.js';
import {calculateRenewal, DEFAULT_CURRENCY, DEFAULT_PACK_SIZE, type RenewalResult} from './renewal.js';

/**
 * Runs `parse`; a {@link RenewalInputError} goes to `report` and gives
 * `undefined`. Any other error is a bug, and is thrown on.
 */
function parseOrReport<T>(parse: () => T, report: (error: RenewalInputError) => void): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof RenewalInputError)) throw error;
    report(error);
    return undefined;
  }
}

/** What a page author configures, as attribute text. Absent means default. */
export interface RenewalSettingsText {
  packSize?: string | null;
  pricePerPack?: string | null;
  currency?: string | null;
  today?: string | null;
}

/** A setting that could not be used, and fell back. */
export type RenewalSettingWarning = RenewalInputError & {field: keyof RenewalSettingsText};

/** The configuration the calculator runs with. */
export interface RenewalSettings {
  packSize: number;
  /** Absent when the page gives no price, or a price that cannot be shown truthfully. */
  pricePerPack?: number;
  currency: string;
  today: CalendarDate;
}

/**
 * Reads a page author's configuration. A bad value never stops the
 * calculator: it falls back to the default, or, for a price it cannot show
 * truthfully (unknown currency, finer than the minor unit), to no price.
 * Each fallback is returned as a warning for the author.
 *
 * @param now - the instant whose local date is "today" when `today` is absent.
 */
export function resolveRenewalSettings(
  text: RenewalSettingsText,
  now: Date,
): {settings: RenewalSettings; warnings: RenewalSettingWarning[]} {
  const warnings: RenewalSettingWarning[] = [];
  const read = <T>(value: string | null | undefined, parse: (value: string) => T, fallback: T): T =>
    value === null || value === undefined
      ? fallback
      : (parseOrReport(
          () => parse(value),
          (error) => warnings.push(error as RenewalSettingWarning),
        ) ?? fallback);
  const settings: RenewalSettings = {
    packSize: read(text.packSize, (v) => parseWholeNumber(v, 'packSize', {min: 1, max: MAX_COUNT}), DEFAULT_PACK_SIZE),
    currency: read(text.currency, parseCurrency, undefined) ?? DEFAULT_CURRENCY,
    today: read(text.today, (v) => parseCalendarDate(v, 'today'), undefined) ?? calendarDateOf(now),
  };
  // A price in a currency the author did not mean would be a wrong number.
  const currencyValid = !warnings.some((w) => w.field === 'currency');
  const price = read(
    currencyValid ? text.pricePerPack : undefined,
    (v) => {
      const value = parseDecimal(v, 'pricePerPack');
      priceForPacks(1, value, settings.currency);
      return value;
    },
    undefined,
  );
  if (price !== undefined) settings.pricePerPack = price;
  return {settings, warnings};
}

/** What a person typed into the calculator's fields. */
export interface RenewalFormText {
  computers: string;
  currentPacks: string;
  currentExpiry: string;
}

/** A result, or `null` and an error for each field that needs fixing. */
export interface RenewalFormOutcome {
  result: RenewalResult | null;
  errors: Partial<Record<RenewalField, RenewalInputError>>;
}

/**
 * Reads the calculator's fields, numbers written the way of `locale`, and
 * applies the rules. Every field is checked, so a person sees all that needs
 * fixing at once; an empty optional `currentPacks` is no error.
 */
export function evaluateRenewalForm(text: RenewalFormText, settings: RenewalSettings, locale = 'en'): RenewalFormOutcome {
  const errors: Partial<Record<RenewalField, RenewalInputError>> = {};
  const attempt = <T>(parse: () => T): T | undefined => parseOrReport(parse, (error) => (errors[error.field] = error));
  const computers = attempt(() => parseWholeNumber(text.computers, 'computers', {min: 1, max: MAX_COUNT}, locale));
  const currentPacks =
    text.currentPacks.trim() === ''
      ? undefined
      : attempt(() => parseWholeNumber(text.currentPacks, 'currentPacks', {min: 1, max: MAX_COUNT}, locale));
  const currentExpiry = attempt(() => parseCalendarDate(text.currentExpiry, 'currentExpiry'));
  if (computers === undefined || currentExpiry === undefined || Object.keys(errors).length > 0) {
    return {result: null, errors};
  }
  const result = attempt(() => calculateRenewal({...settings, computers, currentPacks, currentExpiry}));
  return result ? {result, errors: {}} : {result: null, errors};
}
