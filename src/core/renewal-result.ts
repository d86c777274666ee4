// Apart from calculateRenewal (renewal.ts), which loads with the calculator's
// first input: the FAQ checks a result a page gives it at once.
import type {RenewalResult} from './renewal.js';

const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) > 0;
const isIsoDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Whether `value`, set by a page, holds what the FAQ quotes from a renewal:
 * counts that are whole numbers and dates written `YYYY-MM-DD`. Anything else
 * is no renewal, rather than "NaN computers".
 */
export function isRenewalResult(value: unknown): value is RenewalResult {
  if (typeof value !== 'object' || value === null) return false;
  const {computers, packs, currentPacks, currentExpiry, newExpiry} = value as Partial<RenewalResult>;
  return (
    isCount(computers) &&
    isCount(packs) &&
    (currentPacks === undefined || isCount(currentPacks)) &&
    isIsoDate(currentExpiry) &&
    isIsoDate(newExpiry)
  );
}
