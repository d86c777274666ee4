import type {CalendarDate} from './calendar-date.js';
import {dateTimeFormat, numberFormat} from './intl-cache.js';

/**
 * Writes a calendar date the way `locale` does, e.g. "April 1, 2022" (or
 * "Apr 1, 2022" in the medium style). Formats in UTC so that the date shown
 * is the date given, in every time zone.
 */
export function formatCalendarDate(date: CalendarDate, locale: string, style: 'long' | 'medium' = 'long'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return dateTimeFormat(locale, {dateStyle: style, timeZone: 'UTC'}).format(instant);
}

/** Writes an amount of money the way `locale` does, e.g. "$59.97". */
export function formatMoney(amount: number, currency: string, locale: string): string {
  return numberFormat(locale, {style: 'currency', currency}).format(amount);
}
