import ICAL from 'ical.js';
import {describe, expect, it} from 'vitest';
import {addOneDay} from '../../src/core/calendar-arithmetic.js';
import {calendarReminder, REMINDER_DAYS_BEFORE} from '../../src/core/calendar-reminder.js';

const english = {
  summary: 'Parallels Access for Business: automatic renewal charge',
  description: 'Auto-renewal charges your subscription for another year on April 1, 2022.',
  alarm: 'Automatic renewal charge in 14 days',
};
const now = new Date(Date.UTC(2021, 0, 15, 9, 30));

/** Parses the file with Mozilla's iCalendar parser, as a calendar app would. */
function parse(ics: string) {
  const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
  const alarm = event.getFirstSubcomponent('valarm')!;
  return {event, alarm, start: event.getFirstPropertyValue('dtstart') as ICAL.Time};
}

describe('calendarReminder', () => {
  it('is an all-day event on the charge date with an alarm 14 days before', () => {
    const {event, alarm, start} = parse(calendarReminder('2022-04-01', english, now));
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2022-04-01');
    expect((event.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2022-04-02');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe(`-P${REMINDER_DAYS_BEFORE}D`);
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(event.getFirstPropertyValue('summary')).toBe(english.summary);
    expect(alarm.getFirstPropertyValue('description')).toBe(english.alarm);
  });

  it('keeps a stable UID for the same date, so a second download updates the event', () => {
    const first = parse(calendarReminder('2022-04-01', english, now)).event.getFirstPropertyValue('uid');
    const again = parse(calendarReminder('2022-04-01', english, new Date())).event.getFirstPropertyValue('uid');
    const other = parse(calendarReminder('2023-04-01', english, now)).event.getFirstPropertyValue('uid');
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  it('escapes and folds text in any language, never splitting a character', () => {
    const text = {
      summary: 'Parallels Access for Business：自動更新による請求',
      description: `Zeile eins; Komma, Backslash \\ und\nZeile zwei. ${'日本語のとても長い説明文です。'.repeat(8)}`,
      alarm: 'تذكير: تحصيل الرسوم التلقائي بعد ١٤ يومًا',
    };
    const ics = calendarReminder('2025-02-28', text, now);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.endsWith('\r\n')).toBe(true);
    const {event, alarm} = parse(ics);
    expect(event.getFirstPropertyValue('summary')).toBe(text.summary);
    expect(event.getFirstPropertyValue('description')).toBe(text.description);
    expect(alarm.getFirstPropertyValue('description')).toBe(text.alarm);
  });

  it('ends an event on the last day of a month or year on the next day', () => {
    expect(['2024-02-28', '2024-02-29', '2023-02-28', '2021-12-31'].map(addOneDay)).toEqual([
      '2024-02-29',
      '2024-03-01',
      '2023-03-01',
      '2022-01-01',
    ]);
  });

  it('refuses a date that is not one', () => {
    expect(() => calendarReminder('2021-02-30', english, now)).toThrow(RangeError);
  });

  it('reminds of the latest charge the widget can show', () => {
    // Lapsed on the latest accepted day: the next charge is a year after it.
    expect(calendarReminder('9998-12-31', english, now)).toContain('DTSTART;VALUE=DATE:99981231');
  });
});
