// The calculator's form read and the rules applied: loaded with the form's
// first input (src/components/renewal-calculator/results-view.ts), apart from
// the settings (renewal-settings.ts), which the FAQ reads too.
import {parseCalendarDate} from './calendar-date.js';
import {parseOrReport, type RenewalField, type RenewalInputError} from './errors.js';
import {MAX_COUNT, parseWholeNumber} from './numbers.js';
import {calculateRenewal, type RenewalResult} from './renewal.js';
import type {RenewalSettings} from './renewal-settings.js';

/** What a person typed into the calculator's fields. */
export interface RenewalFormText {
  computers: string;
  currentPacks: string;
  currentExpiry: string;
}

/** A result, or `null` and an error for each field that needs fixing. */
export interface RenewalFormOutcome {
  result: RenewalResult | null;
  errors: Partial<Record<RenewalField, RenewalInputError>>;
}

/**
 * Reads the calculator's fields, numbers written the way of `locale`, and
 * applies the rules. Every field is checked, so a person sees all that needs
 * fixing at once; an empty optional `currentPacks` is no error.
 */
export function evaluateRenewalForm(text: RenewalFormText, settings: RenewalSettings, locale = 'en'): RenewalFormOutcome {
  const errors: Partial<Record<RenewalField, RenewalInputError>> = {};
  const attempt = <T>(parse: () => T): T | undefined => parseOrReport(parse, (error) => (errors[error.field] = error));
  const computers = attempt(() => parseWholeNumber(text.computers, 'computers', {min: 1, max: MAX_COUNT}, locale));
  const currentPacks =
    text.currentPacks.trim() === ''
      ? undefined
      : attempt(() => parseWholeNumber(text.currentPacks, 'currentPacks', {min: 1, max: MAX_COUNT}, locale));
  const currentExpiry = attempt(() => parseCalendarDate(text.currentExpiry, 'currentExpiry'));
  if (computers === undefined || currentExpiry === undefined || Object.keys(errors).length > 0) {
    return {result: null, errors};
  }
  const result = attempt(() => calculateRenewal({...settings, computers, currentPacks, currentExpiry}));
  return result ? {result, errors: {}} : {result: null, errors};
}
