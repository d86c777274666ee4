// Counting on the calendar, with date-fns: apart from the dates' parsing
// (calendar-date.ts), since only a result counts, and it loads with the
// calculator's first input.
import {addDays} from 'date-fns/addDays';
import {addYears} from 'date-fns/addYears';
import {differenceInCalendarDays} from 'date-fns/differenceInCalendarDays';
import {type CalendarDate, fromUtcDate, toUtcDate} from './calendar-date.js';

function toDate(date: CalendarDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return toUtcDate(year, month, day);
}

/**
 * The same month and day a year later; 29 February becomes 28 February.
 *
 * @example
 * addOneYear('2021-04-01') //=> '2022-04-01'
 * addOneYear('2024-02-29') //=> '2025-02-28'
 */
export function addOneYear(date: CalendarDate): CalendarDate {
  return fromUtcDate(addYears(toDate(date), 1));
}

/**
 * The next calendar day.
 *
 * @example
 * addOneDay('2024-02-28') //=> '2024-02-29'
 */
export function addOneDay(date: CalendarDate): CalendarDate {
  return fromUtcDate(addDays(toDate(date), 1));
}

/**
 * Calendar days from `from` to `to`: positive when `to` is later.
 *
 * @example
 * daysBetween('2021-03-31', '2021-04-01') //=> 1
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}
