// Building an Intl formatter costs far more than using one, and the widget
// formats a dozen numbers and dates on every keystroke: keep one per locale
// and options.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  kind: string,
  locale: string,
  options: object,
  make: () => T,
): T {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

/** A cached `Intl.NumberFormat`; throws as the constructor does for a malformed locale. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

/** A cached `Intl.DateTimeFormat`. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

/** A cached `Intl.PluralRules`. */
export const pluralRules = (locale: string): Intl.PluralRules =>
  cached('plural', locale, {}, () => new Intl.PluralRules(locale));
