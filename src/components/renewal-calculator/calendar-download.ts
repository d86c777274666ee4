import {msg, str} from '@lit/localize';
import {calendarReminder, REMINDER_DAYS_BEFORE} from '../../core/calendar-reminder.js';
import type {RenewalResult} from '../../core/renewal.js';
import {daysText} from '../../localization/counted.js';
import {formatDate} from '../../localization/formats.js';

/**
 * Downloads the next charge as an all-day calendar event with an alarm, made
 * in the browser in the reader's language: nothing is sent anywhere.
 */
export function downloadReminder(r: RenewalResult): void {
  const ics = calendarReminder(
    r.nextChargeDate,
    {
      summary: msg('Parallels Access for Business: auto-renewal charge', {id: 'calc.calendar-summary'}),
      description: msg(
        str`Auto-renewal charges your Parallels Access for Business subscription for another year on ${formatDate(r.nextChargeDate)}.`,
        {id: 'calc.calendar-description'},
      ),
      alarm: msg(str`Auto-renewal charge in ${daysText(REMINDER_DAYS_BEFORE)}`, {id: 'calc.calendar-alarm'}),
    },
    new Date(),
  );
  const url = URL.createObjectURL(new Blob([ics], {type: 'text/calendar'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = `parallels-access-renewal-${r.nextChargeDate}.ics`;
  link.click();
  // The download has its own reference by now; the URL only leaks memory.
  setTimeout(() => URL.revokeObjectURL(url));
}
