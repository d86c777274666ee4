import {isCalendarDate, type CalendarDate} from './calendar-date.js';
import {addOneDay} from './calendar-arithmetic.js';

/** What the reminder says, in the reader's language. */
export interface CalendarReminderText {
  /** The event's title. */
  summary: string;
  /** The event's notes. */
  description: string;
  /** What the alarm shows. */
  alarm: string;
}

/** Days before the charge that the alarm rings. */
export const REMINDER_DAYS_BEFORE = 14;

const CRLF = '\r\n';

/** Escapes text for an iCalendar TEXT value (RFC 5545, 3.3.11). */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545, 3.1),
 * never splitting a UTF-8 character.
 */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const basicDate = (date: CalendarDate) => date.replaceAll('-', '');

function basicUtcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * An iCalendar file (RFC 5545) with one all-day event on `chargeDate` and an
 * alarm {@link REMINDER_DAYS_BEFORE} days before it. The UID comes from the
 * date alone, so downloading the reminder again updates the same event.
 *
 * @param now - when the file is made, for DTSTAMP.
 */
export function calendarReminder(chargeDate: CalendarDate, text: CalendarReminderText, now: Date): string {
  if (!isCalendarDate(chargeDate)) throw new RangeError(`Not a calendar date: ${String(chargeDate)}`);
  const date = chargeDate;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//pa-migration-help//renewal reminder//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:pa-migration-help-next-charge-${basicDate(date)}`,
    `DTSTAMP:${basicUtcDateTime(now)}`,
    `DTSTART;VALUE=DATE:${basicDate(date)}`,
    `DTEND;VALUE=DATE:${basicDate(addOneDay(date))}`,
    `SUMMARY:${escapeText(text.summary)}`,
    `DESCRIPTION:${escapeText(text.description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:-P${REMINDER_DAYS_BEFORE}D`,
    `DESCRIPTION:${escapeText(text.alarm)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}
