// Building an Intl formatter costs far more than using one, and the widget
// formats a dozen numbers and dates on every keystroke: keep one per locale
// and options.
const cache = new Map<string, unknown>();

/** The value `make` returns for this kind, locale and options, made once. */
export function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/** A cached `Intl.NumberFormat`; throws as the constructor does for a malformed locale. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

/** A cached `Intl.DateTimeFormat`. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

/** A cached `Intl.PluralRules`. */
export const pluralRules = (locale: string): Intl.PluralRules => cached('plural', locale, {}, () => new Intl.PluralRules(locale));
