// What the calculator says, in the active locale: the result's sentences, the
// notices and the field errors. Functions of the result and settings only,
// tested in Node (test/unit/renewal-messages.test.ts).
import {msg, str} from '@lit/localize';
import {EARLIEST_DATE, isLeapDay, LATEST_DATE} from '../../core/calendar-date.js';
import type {RenewalInputError} from '../../core/errors.js';
import {MAX_COUNT} from '../../core/numbers.js';
import type {RenewalResult} from '../../core/renewal.js';
import type {RenewalSettings} from '../../core/renewal-form.js';
import {computersText, daysText, packsText} from '../../localization/counted.js';
import {formatCount, formatDate, formatPrice} from '../../localization/formats.js';

/** The sentences under each result's term, and the notes around them. */
export interface ResultMessages {
  packs: string;
  seats: string;
  /** Only when the page gives a price that can be shown truthfully. */
  price?: string;
  expiryState: string;
  newExpiry: string;
  nextCharge: string;
  /** Said when 29 February a year later becomes 28 February. */
  leapDayNote?: string;
  /** A warning that needs the customer's attention: packs that look like computers, or a decrease. */
  notice?: string;
}

export function resultMessages(r: RenewalResult, settings: RenewalSettings): ResultMessages {
  const expiry = formatDate(r.currentExpiry);
  const newExpiry = formatDate(r.newExpiry);
  const packs = packsText(r.packs);
  const said: ResultMessages = {
    packs: `${msg(str`For ${computersText(r.computers)} you need ${packs} of ${formatCount(r.packSize)}.`, {id: 'calc.for-you-need-of'})} ${msg(
      str`On the renewal screen, select ${formatCount(r.packs)}: it counts packs, not computers.`,
      {id: 'calc.on-the-renewal-screen'},
    )}`,
    seats: seatsSentence(r),
    expiryState: expiryState(r, expiry),
    newExpiry: newExpirySentence(r, expiry, newExpiry),
    nextCharge: msg(str`Renewing turns auto-renewal back on: the next charge is on ${formatDate(r.nextChargeDate)}, then every year.`, {
      id: 'calc.renewing-turns-auto-renewal',
    }),
    notice: notice(r),
  };
  if (r.annualPrice !== undefined && settings.pricePerPack !== undefined) {
    said.price = msg(
      str`${packs} × ${formatPrice(settings.pricePerPack, r.currency)} = ${formatPrice(r.annualPrice, r.currency)} a year.`,
      {
        id: 'calc.price-sentence',
      },
    );
  }
  if (isLeapDay(r.lapsed ? settings.today : r.currentExpiry)) {
    said.leapDayNote = msg('Next year has no 29 February, so the renewed year ends on 28 February.', {id: 'calc.next-year-has-no'});
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
    return msg(str`Renewed today, your subscription is valid until ${newExpiry}.`, {id: 'calc.renewed-today-your-subscription'});
  if (r.daysUntilExpiry === 0)
    return msg(str`The paid year is added after ${expiry}: valid until ${newExpiry}.`, {id: 'calc.the-paid-year-is'});
  return msg(str`The paid year is added after ${expiry}, so renewing early loses nothing: valid until ${newExpiry}.`, {
    id: 'calc.the-paid-year-is-added',
  });
}

function expiryState(r: RenewalResult, expiry: string): string {
  if (r.lapsed) {
    return msg(str`Stopped working on ${expiry}, ${daysText(-r.daysUntilExpiry)} ago. Renew to start a new year from today.`, {
      id: 'calc.stopped-working-on-ago',
    });
  }
  if (r.daysUntilExpiry === 0) {
    return msg(str`Expires today, ${expiry}. Auto-renewal is off: renew today to keep it working.`, {
      id: 'calc.expires-today-auto-renewal',
    });
  }
  return msg(
    str`Valid until ${expiry}: ${daysText(r.daysUntilExpiry)} left. Auto-renewal is off: unless you renew, it stops working on that date.`,
    {id: 'calc.valid-until-left-auto'},
  );
}

function notice(r: RenewalResult): string | undefined {
  const current = r.currentPacks ?? 0;
  if (r.currentPacksLookLikeComputers) {
    return `${msg(
      str`You entered ${packsText(current)} for ${computersText(r.computers)}: that looks like a count of computers. One pack covers up to ${computersText(r.packSize)}, so you need ${packsText(r.packs)}.`,
      {id: 'calc.you-entered-for-that'},
    )} ${msg('If you really have that many packs now, choosing fewer is a decrease, which is possible only once, during migration.', {
      id: 'calc.if-you-really-have',
    })}`;
  }
  if (r.decrease) {
    return msg(
      str`That is fewer than the ${packsText(current)} you have now. You can lower the number of packs only once, during migration, so be sure of your count.`,
      {id: 'calc.that-is-fewer-than'},
    );
  }
  return undefined;
}

/** What to do while there is no result: fix the fields that show errors, or fill the form. */
export function promptMessage(showsErrors: boolean): string {
  return showsErrors
    ? msg('Correct the highlighted fields to see your renewal.', {id: 'calc.correct-the-highlighted-fields'})
    : msg('Enter your computers and expiry date to see how many packs to select and when you will be charged.', {
        id: 'calc.enter-your-computers-and',
      });
}

/** The one line the live region announces, so that the result is heard, not only seen; empty for an untouched form. */
export function summaryMessage(r: RenewalResult | null, showsErrors: boolean): string {
  if (!r) return showsErrors ? promptMessage(true) : '';
  const price =
    r.annualPrice === undefined ? '' : ` ${msg(str`${formatPrice(r.annualPrice, r.currency)} a year.`, {id: 'calc.summary-price'})}`;
  return `${msg(str`Select ${packsText(r.packs)}.`, {id: 'calc.summary-packs'})}${price} ${msg(
    str`Valid until ${formatDate(r.newExpiry)} after renewing; next charge on ${formatDate(r.nextChargeDate)}.`,
    {id: 'calc.summary-dates'},
  )}`;
}

/** The message under a field whose value cannot be used. */
export function fieldErrorMessage(error: RenewalInputError): string {
  const max = formatCount(MAX_COUNT);
  const tooMany = error.code === 'out-of-range' && Number(error.value) > MAX_COUNT;
  switch (error.field) {
    case 'computers':
      if (error.code === 'missing') return msg('Enter the number of remote computers.', {id: 'calc.enter-the-number-of'});
      if (tooMany) return msg(str`Enter at most ${max} computers.`, {id: 'calc.enter-at-most-computers'});
      return msg('Enter a whole number of computers, 1 or more.', {id: 'calc.enter-a-whole-number'});
    case 'currentPacks':
      if (tooMany) return msg(str`Enter at most ${max} packs, or leave this empty.`, {id: 'calc.enter-at-most-packs'});
      return msg('Enter a whole number of packs, 1 or more, or leave this empty.', {id: 'calc.enter-a-whole-number-of'});
    default:
      if (error.code === 'missing')
        return msg('Enter the date your current subscription is valid until.', {id: 'calc.enter-the-date-your'});
      if (error.code === 'out-of-range') {
        return msg(str`Enter a date from ${formatDate(EARLIEST_DATE)} to ${formatDate(LATEST_DATE)}.`, {id: 'calc.enter-a-date-from'});
      }
      return msg('Enter a valid date.', {id: 'calc.enter-a-date-that'});
  }
}
