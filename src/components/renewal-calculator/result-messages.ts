// What the calculator's result says, in the active locale: its sentences,
// steps and notices. Functions of the result and settings only, loaded with
// the first result (results-view.ts) and tested in Node
// (test/unit/renewal-messages.test.ts).
import {msg, str} from '@lit/localize';
import {isLeapDay} from '../../core/calendar-date.js';
import type {RenewalResult} from '../../core/renewal.js';
import type {RenewalSettings} from '../../core/renewal-settings.js';
import {computersText, daysText, packsText} from '../../localization/counted.js';
import {formatCount, formatDate, formatPrice} from '../../localization/formats.js';
import {joinSentences} from '../../localization/sentences.js';

/** Days before the current expiry from which the status line warns. */
export const EXPIRES_SOON_DAYS = 30;

/** What the results say: the summary's values first, then the sentences that explain them. */
export interface ResultMessages {
  /** The summary's first line: "Select 2 packs", with the mistaken or higher count after it. */
  instruction: string;
  /** The primary action's text: "Renew: select 2 packs". */
  renew: string;
  /** The summary's values; the price only when the page gives one that can be shown truthfully. */
  price?: string;
  newExpiry: string;
  nextCharge: string;
  /** A status line above the summary: lapsed, or expiring within {@link EXPIRES_SOON_DAYS} days. */
  status?: {tone: 'lapsed' | 'soon'; text: string};
  /** The explanations under the summary. */
  packsWhy: string;
  seats: string;
  priceWhy?: string;
  newExpiryWhy: string;
  /** The current subscription's state, where no status line says it. */
  expiryState?: string;
  /** Said when 29 February a year later becomes 28 February. */
  leapDayNote?: string;
  /** A warning under the packs field: packs that look like computers, or a decrease. */
  packsWarning?: string;
  /** The steps of the renewal, in order of date. */
  steps: RenewalStep[];
  /** The one line the live region announces, so that the result is heard, not only seen. */
  summary: string;
}

/** One step of the renewal: a date and what happens on it, or a stretch between two dates. */
export type RenewalStep =
  | {kind: 'lapse' | 'today' | 'current-end' | 'new-end'; date: string; text: string}
  | {kind: 'gap' | 'remaining' | 'paid'; text: string};

export function resultMessages(r: RenewalResult, settings: RenewalSettings): ResultMessages {
  const expiry = formatDate(r.currentExpiry);
  const newExpiry = formatDate(r.newExpiry);
  const packs = packsText(r.packs);
  const current = r.currentPacks ?? 0;
  const price = r.annualPrice === undefined || settings.pricePerPack === undefined ? undefined : formatPrice(r.annualPrice, r.currency);
  const said: ResultMessages = {
    instruction: r.currentPacksLookLikeComputers
      ? msg(str`Select ${packs}, not ${formatCount(current)}`, {id: 'calc.select-not'})
      : r.decrease
        ? msg(str`Select ${packs}, down from ${formatCount(current)}`, {id: 'calc.select-down-from'})
        : msg(str`Select ${packs}`, {id: 'calc.select'}),
    renew: msg(str`Renew: select ${packs}`, {id: 'calc.renew-select'}),
    newExpiry,
    nextCharge:
      price === undefined ? formatDate(r.nextChargeDate) : msg(str`${formatDate(r.nextChargeDate)}: ${price}`, {id: 'calc.date-amount'}),
    packsWhy: joinSentences([
      msg(str`For ${computersText(r.computers)} you need ${packs} of ${formatCount(r.packSize)}.`, {id: 'calc.for-you-need-of'}),
      msg('The renewal screen counts packs, not computers.', {id: 'calc.screen-counts-packs'}),
    ]),
    seats: seatsSentence(r),
    newExpiryWhy: newExpirySentence(r, expiry, newExpiry),
    steps: steps(r, settings, price),
    summary: summarySentence(r),
  };
  if (price !== undefined && settings.pricePerPack !== undefined) {
    said.price = price;
    said.priceWhy = msg(str`${packs} × ${formatPrice(settings.pricePerPack, r.currency)} = ${price} a year.`, {id: 'calc.price-sentence'});
  }
  if (r.lapsed) {
    said.status = {
      tone: 'lapsed',
      text: msg(
        str`Your subscription stopped on ${expiry}, ${daysText(-r.daysUntilExpiry)} ago. Renewing today starts a new year: valid until ${newExpiry}.`,
        {id: 'calc.status-lapsed'},
      ),
    };
  } else if (r.daysUntilExpiry <= EXPIRES_SOON_DAYS) {
    said.status = {tone: 'soon', text: expiryState(r, expiry)};
  } else {
    said.expiryState = expiryState(r, expiry);
  }
  const yearStart = r.lapsed ? settings.today : r.currentExpiry;
  if (isLeapDay(yearStart)) {
    // The dates as the widget writes them everywhere else, not a day and month of the message's own.
    said.leapDayNote = msg(
      str`${formatDate(yearStart)} is a leap day, and the next year has none, so the renewed year ends on ${newExpiry}.`,
      {id: 'calc.next-year-has-no'},
    );
  }
  if (r.currentPacksLookLikeComputers) {
    said.packsWarning = msg(
      str`That looks like a count of computers: ${packsText(current)} cover up to ${computersText(current * r.packSize)}. For ${computersText(r.computers)}, select ${packs}.`,
      {id: 'calc.warning-looks-like-computers'},
    );
  } else if (r.decrease) {
    said.packsWarning = msg(
      str`You have ${packsText(current)} and need ${packs}: renewing with fewer is a decrease. You can lower the number of packs only once, during the migration.`,
      {id: 'calc.warning-decrease'},
    );
  }
  return said;
}

function seatsSentence(r: RenewalResult): string {
  const seats = computersText(r.seats);
  return r.spareSeats === 0
    ? msg(str`Room for exactly ${seats}.`, {id: 'calc.room-for-exactly'})
    : msg(str`Room for up to ${seats}, ${formatCount(r.spareSeats)} of them spare.`, {id: 'calc.room-for-up-to'});
}

function newExpirySentence(r: RenewalResult, expiry: string, newExpiry: string): string {
  if (r.lapsed)
    return msg(str`If you renew today, your subscription will be valid until ${newExpiry}.`, {id: 'calc.renewed-today-your-subscription'});
  if (r.daysUntilExpiry === 0)
    return msg(str`The paid year is added after ${expiry}: valid until ${newExpiry}.`, {id: 'calc.the-paid-year-is'});
  return msg(str`The paid year is added after ${expiry}, so renewing early loses nothing: valid until ${newExpiry}.`, {
    id: 'calc.the-paid-year-is-added',
  });
}

function expiryState(r: RenewalResult, expiry: string): string {
  if (r.daysUntilExpiry === 0) {
    return msg(str`Your subscription expires today, ${expiry}. Auto-renewal is off: renew today to keep your subscription working.`, {
      id: 'calc.expires-today-auto-renewal',
    });
  }
  return msg(
    str`Valid until ${expiry}: ${daysText(r.daysUntilExpiry)} left. Auto-renewal is off: unless you renew, your subscription stops working on that date.`,
    {id: 'calc.valid-until-left-auto'},
  );
}

/** Not to scale: each date with what happens on it, and the stretches between them named. */
function steps(r: RenewalResult, settings: RenewalSettings, price: string | undefined): RenewalStep[] {
  const today: RenewalStep = {
    kind: 'today',
    date: formatDate(settings.today),
    text:
      price === undefined
        ? msg('Today: you renew', {id: 'calc.step-today'})
        : msg(str`Today: you renew and pay ${price}`, {id: 'calc.step-today-pay'}),
  };
  const paid: RenewalStep = {kind: 'paid', text: msg('One paid year', {id: 'calc.step-paid-year'})};
  const newEnd: RenewalStep = {
    kind: 'new-end',
    date: formatDate(r.newExpiry),
    text:
      price === undefined
        ? msg('New expiry date: auto-renewal charges again, then every year', {id: 'calc.step-new-end'})
        : msg(str`New expiry date: auto-renewal charges ${price}, then every year`, {id: 'calc.step-new-end-charge'}),
  };
  if (r.lapsed) {
    return [
      {kind: 'lapse', date: formatDate(r.currentExpiry), text: msg('Your subscription stopped', {id: 'calc.step-stopped'})},
      {kind: 'gap', text: msg(str`Not covered: ${daysText(-r.daysUntilExpiry)}`, {id: 'calc.step-not-covered'})},
      today,
      paid,
      newEnd,
    ];
  }
  const currentEnd: RenewalStep = {
    kind: 'current-end',
    date: formatDate(r.currentExpiry),
    text: msg('Your current subscription ends; the paid year begins', {id: 'calc.step-current-end'}),
  };
  if (r.daysUntilExpiry === 0) return [today, currentEnd, paid, newEnd];
  return [
    today,
    {kind: 'remaining', text: msg(str`Already paid for: ${daysText(r.daysUntilExpiry)} left`, {id: 'calc.step-already-paid'})},
    currentEnd,
    paid,
    newEnd,
  ];
}

function summarySentence(r: RenewalResult): string {
  return joinSentences([
    msg(str`Select ${packsText(r.packs)}.`, {id: 'calc.summary-packs'}),
    r.annualPrice === undefined
      ? ''
      : msg(str`Pay ${formatPrice(r.annualPrice, r.currency)} today, for one year.`, {id: 'calc.summary-price'}),
    msg(str`Valid until ${formatDate(r.newExpiry)} after renewing; next charge on ${formatDate(r.nextChargeDate)}.`, {
      id: 'calc.summary-dates',
    }),
  ]);
}
