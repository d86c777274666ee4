import type {CalendarDate} from './calendar-date.js';
import {dateTimeFormat, numberFormat} from './intl-cache.js';

/**
 * How a language writes the 1st of a month where `Intl` writes a bare "1":
 * French "1er avril", Brazilian Portuguese "1º de abril".
 */
function firstOfMonth(locale: string): string | undefined {
  const {language, region} = new Intl.Locale(locale);
  if (language === 'fr') return '1er';
  // European Portuguese writes "1 de abril"; Brazil, which plain "pt" means to Intl, writes "1º de abril".
  if (language === 'pt' && (region === undefined || region === 'BR')) return '1º';
  return undefined;
}

/**
 * Writes a calendar date the way `locale` does, e.g. "April 1, 2022" (or
 * "Apr 1, 2022" in the medium style), "1er avril 2022" in French. Formats in
 * UTC so that the date shown is the date given, in every time zone.
 */
export function formatCalendarDate(date: CalendarDate, locale: string, style: 'long' | 'medium' = 'long'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  const format = dateTimeFormat(locale, {dateStyle: style, timeZone: 'UTC'});
  const first = day === 1 ? firstOfMonth(format.resolvedOptions().locale) : undefined;
  if (first === undefined) return format.format(instant);
  return format
    .formatToParts(instant)
    .map((part) => (part.type === 'day' && part.value === '1' ? first : part.value))
    .join('');
}

/** Writes an amount of money the way `locale` does, e.g. "$59.97". */
export function formatMoney(amount: number, currency: string, locale: string): string {
  return numberFormat(locale, {style: 'currency', currency}).format(amount);
}
