// Dates, numbers and prices written the way of the active locale: the one
// place the elements turn a value into text.
import type {CalendarDate} from '../core/calendar-date.js';
import {formatCalendarDate, formatMoney} from '../core/format.js';
import {numberFormat} from '../core/intl-cache.js';
import {activeLocale} from './active-locale.js';

/** A calendar date, e.g. "April 1, 2022" (long) or "Apr 1, 2022" (medium). */
export function formatDate(date: CalendarDate, style: 'long' | 'medium' = 'long'): string {
  return formatCalendarDate(date, activeLocale(), style);
}

/** A count, e.g. "1,000". */
export function formatCount(n: number): string {
  return numberFormat(activeLocale()).format(n);
}

/** An amount of money, e.g. "$59.97". */
export function formatPrice(amount: number, currency: string): string {
  return formatMoney(amount, currency, activeLocale());
}
