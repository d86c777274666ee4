import {addOneYear, type CalendarDate, type RenewalResult} from '../../core/index.js';

/** The drawing's coordinate space; the SVG scales it to its container. */
export const TIMELINE_WIDTH = 320;
const MARGIN = 6;

/**
 * The first stretch (days left, or days lapsed) is drawn to scale against the
 * years after it between this share of a year, so that the labels of its two
 * ends do not meet, and one whole year, so that a long stretch does not
 * squeeze the paid year.
 */
const MIN_FIRST_SHARE = 0.6;

/** A stretch of time: the current subscription, the lapse, the paid year, the year charged automatically. */
export interface TimelineSpan {
  kind: 'current' | 'lapsed' | 'paid' | 'next';
  from: number;
  to: number;
}

/** A day on the line: its date, or `null` where the label is "today". Rows alternate so neighbours never collide. */
export interface TimelineMark {
  x: number;
  date: CalendarDate | null;
  row: 0 | 1;
  anchor: 'start' | 'middle' | 'end';
}

export interface TimelineLayout {
  spans: TimelineSpan[];
  marks: TimelineMark[];
}

/**
 * Where the renewal's days fall on a line from left to right (the caller
 * mirrors it for right-to-left): today and the current expiry, the paid
 * year added after it (or after today, once lapsed), and the year after that,
 * which auto-renewal charges for on the new expiry.
 */
export function timelineLayout(r: RenewalResult): TimelineLayout {
  const followingCharge = addOneYear(r.nextChargeDate);
  const firstDays = Math.abs(r.daysUntilExpiry);
  const firstShare = firstDays === 0 ? 0 : Math.min(1, Math.max(MIN_FIRST_SHARE, firstDays / 365));
  const year = (TIMELINE_WIDTH - 2 * MARGIN) / (2 + firstShare);
  const renewal = MARGIN + firstShare * year;
  const xs = [MARGIN, renewal, renewal + year, renewal + 2 * year];

  const spans: TimelineSpan[] = [
    {kind: 'paid', from: xs[1]!, to: xs[2]!},
    {kind: 'next', from: xs[2]!, to: xs[3]!},
  ];
  // Lapsed: the line starts at the old expiry and renewing starts today.
  const days: (CalendarDate | null)[] = r.lapsed
    ? [r.currentExpiry, null, r.newExpiry, followingCharge]
    : [null, r.currentExpiry, r.newExpiry, followingCharge];
  if (firstShare > 0) spans.unshift({kind: r.lapsed ? 'lapsed' : 'current', from: xs[0]!, to: xs[1]!});
  else days.splice(0, 2, null); // expires today: today and the expiry are one mark

  const at = firstShare > 0 ? xs : xs.slice(1);
  const marks = days.map((date, index): TimelineMark => ({
    x: at[index]!,
    date,
    row: (index % 2) as 0 | 1,
    anchor: index === 0 ? 'start' : index === days.length - 1 ? 'end' : 'middle',
  }));
  return {spans, marks};
}
