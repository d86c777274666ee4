// What the calculator's form says, in the active locale: the prompt while
// there is no result, and the field errors. The result's sentences are in
// result-messages.ts, loaded with the first result. Tested in Node
// (test/unit/renewal-messages.test.ts).
import {msg, str} from '@lit/localize';
import {EARLIEST_DATE, LATEST_DATE} from '../../core/calendar-date.js';
import type {RenewalInputError} from '../../core/errors.js';
import {MAX_COUNT} from '../../core/numbers.js';
import {formatCount, formatDate} from '../../localization/formats.js';

/** What to do while there is no result: fix the fields that show errors, or fill the form. */
export function promptMessage(showsErrors: boolean): string {
  return showsErrors
    ? msg('Correct the highlighted fields to see your renewal.', {id: 'calc.correct-the-highlighted-fields'})
    : msg('Enter the number of computers and the expiry date to see how many packs to select and when you will be charged.', {
        id: 'calc.enter-your-computers-and',
      });
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
