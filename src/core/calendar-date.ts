import {RenewalInputError, type RenewalField} from './errors.js';
import {UtcDate} from './utc-date.js';

/** A date on the calendar with no time and no zone, written `YYYY-MM-DD`. */
export type CalendarDate = string;

/**
 * The dates the rules accept. Before 2000 is surely a typo; the upper bound
 * leaves room for the two yearly charges after it that the widget shows, so
 * no date it writes has five digits in its year.
 */
export const EARLIEST_DATE: CalendarDate = '2000-01-01';
export const LATEST_DATE: CalendarDate = '9997-12-31';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The calendar date as a `Date` whose local-time methods are UTC's, so that
 * date-fns counts days on the plain calendar. In local time a zone that
 * skipped a day (Pacific/Apia skipped 2011-12-30) or a DST change at
 * midnight would move or reject dates.
 */
export function toUtcDate(year: number, month: number, day: number): Date {
  const date = new UtcDate(0);
  // setFullYear, unlike the constructor, does not map years 0-99 to 1900-1999.
  date.setFullYear(year, month - 1, day);
  return date;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The calendar date of a `Date` made by {@link toUtcDate}. */
export function fromUtcDate(date: Date): CalendarDate {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/**
 * Checks that `text` is a real calendar date written `YYYY-MM-DD` within
 * {@link EARLIEST_DATE} and {@link LATEST_DATE}, and returns it.
 *
 * @example
 * parseCalendarDate('2021-04-01', 'currentExpiry') //=> '2021-04-01'
 * parseCalendarDate('2021-02-30', 'currentExpiry') // throws 'invalid-date'
 */
export function parseCalendarDate(text: unknown, field: RenewalField): CalendarDate {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new RenewalInputError(field, 'missing', text);
  }
  const date = text.trim();
  if (!isCalendarDate(date)) throw new RenewalInputError(field, 'invalid-date', text);
  if (date < EARLIEST_DATE || date > LATEST_DATE) {
    throw new RenewalInputError(field, 'out-of-range', text);
  }
  return date;
}

/**
 * Whether `text` is a real date written `YYYY-MM-DD`, in any year.
 *
 * @example
 * isCalendarDate('2024-02-29') //=> true
 * isCalendarDate('2023-02-29') //=> false
 */
export function isCalendarDate(text: string): text is CalendarDate {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  // The Date rolls 30 February over to March: a changed date means it was not real.
  return fromUtcDate(toUtcDate(year, month, day)) === text;
}

/**
 * The calendar date that `instant` falls on in the runtime's time zone: what
 * "today" means to the person in front of the screen.
 */
export function calendarDateOf(instant: Date): CalendarDate {
  return `${pad(instant.getFullYear(), 4)}-${pad(instant.getMonth() + 1, 2)}-${pad(instant.getDate(), 2)}`;
}

/** Whether `date` is 29 February, the one date a year later does not keep. */
export function isLeapDay(date: CalendarDate): boolean {
  return date.endsWith('-02-29');
}
