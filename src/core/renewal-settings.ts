import {calendarDateOf, parseCalendarDate, type CalendarDate} from './calendar-date.js';
import {DEFAULT_CURRENCY, DEFAULT_PACK_SIZE} from './defaults.js';
import {parseOrReport, type RenewalInputError} from './errors.js';
import {parseCurrency, priceForPacks} from './money.js';
import {MAX_COUNT, parseDecimal, parseWholeNumber} from './numbers.js';

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
