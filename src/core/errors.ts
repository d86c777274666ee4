/** The inputs of {@link calculateRenewal}, named as in {@link RenewalInput}. */
export type RenewalField = 'computers' | 'currentExpiry' | 'today' | 'currentPacks' | 'packSize' | 'pricePerPack' | 'currency';

/** Why an input was rejected. */
export type RenewalErrorCode =
  | 'missing'
  | 'not-a-whole-number'
  | 'not-a-number'
  | 'out-of-range'
  | 'too-many-decimals'
  | 'invalid-date'
  | 'invalid-currency';

/**
 * Thrown for any input the rules cannot use. Callers show a message chosen by
 * `field` and `code`, so the text of `message` is for developers only.
 */
export class RenewalInputError extends Error {
  override readonly name = 'RenewalInputError';

  constructor(
    readonly field: RenewalField,
    readonly code: RenewalErrorCode,
    readonly value: unknown,
  ) {
    super(`${field}: ${code} (${String(value)})`);
  }
}

/**
 * Runs `parse`; a {@link RenewalInputError} goes to `report` and gives
 * `undefined`. Any other error is a bug, and is thrown on.
 */
export function parseOrReport<T>(parse: () => T, report: (error: RenewalInputError) => void): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof RenewalInputError)) throw error;
    report(error);
    return undefined;
  }
}
