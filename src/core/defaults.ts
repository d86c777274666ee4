// What the rules assume where a page says nothing: apart from the rules
// themselves (renewal.ts), since the FAQ and the form's labels quote them
// before the calculator has anything to calculate.

/** One pack covers up to this many remote computers. */
export const DEFAULT_PACK_SIZE = 5;
export const DEFAULT_CURRENCY = 'USD';
