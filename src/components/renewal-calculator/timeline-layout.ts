import {addOneYear, type CalendarDate} from '../../core/calendar-date.js';
import type {RenewalResult} from '../../core/renewal.js';

/**
 * The first stretch (days left, or days lapsed) is drawn to scale against the
 * years after it between this share of a year, so that the labels of its two
 * ends do not meet, and one whole year, so that a long stretch does not
 * squeeze the paid year.
 */
const MIN_FIRST_SHARE = 0.6;

/**
 * A stretch of time: the current subscription, the lapse, the paid year, the
 * year charged automatically. `from` and `to` are in years from the start of
 * the line.
 */
export interface TimelineSpan {
  kind: 'current' | 'lapsed' | 'paid' | 'next';
  from: number;
  to: number;
}

/**
 * A day on the line, `at` years from its start: its date, or `null` where the
 * label is "today". Drawn across, labels alternate between two rows so that
 * neighbours never collide, and the ends are anchored inside the line.
 */
export interface TimelineMark {
  at: number;
  date: CalendarDate | null;
  row: 0 | 1;
  anchor: 'start' | 'middle' | 'end';
}

export interface TimelineLayout {
  spans: TimelineSpan[];
  marks: TimelineMark[];
  /** The line's length in years: the last mark's `at`. */
  length: number;
}

/**
 * Where the renewal's days fall on a line, in years from its start: today and
 * the current expiry, the paid year added after it (or after today, once
 * lapsed), and the year after that, which auto-renewal charges for on the new
 * expiry. The caller maps years to its drawing, across or down, and mirrors it
 * for right-to-left.
 */
export function timelineLayout(r: RenewalResult): TimelineLayout {
  const followingCharge = addOneYear(r.nextChargeDate);
  const firstDays = Math.abs(r.daysUntilExpiry);
  const firstShare = firstDays === 0 ? 0 : Math.min(1, Math.max(MIN_FIRST_SHARE, firstDays / 365));
  const ats = [0, firstShare, firstShare + 1, firstShare + 2];

  const spans: TimelineSpan[] = [
    {kind: 'paid', from: ats[1]!, to: ats[2]!},
    {kind: 'next', from: ats[2]!, to: ats[3]!},
  ];
  // Lapsed: the line starts at the old expiry and renewing starts today.
  const days: (CalendarDate | null)[] = r.lapsed
    ? [r.currentExpiry, null, r.newExpiry, followingCharge]
    : [null, r.currentExpiry, r.newExpiry, followingCharge];
  if (firstShare > 0) spans.unshift({kind: r.lapsed ? 'lapsed' : 'current', from: ats[0]!, to: ats[1]!});
  else days.splice(0, 2, null); // expires today: today and the expiry are one mark

  const at = firstShare > 0 ? ats : ats.slice(1);
  const marks = days.map(
    (date, index): TimelineMark => ({
      at: at[index]!,
      date,
      row: (index % 2) as 0 | 1,
      anchor: index === 0 ? 'start' : index === days.length - 1 ? 'end' : 'middle',
    }),
  );
  return {spans, marks, length: ats[3]!};
}
