/**
 * The locale the widget writes in, for `msg()` and for `Intl` number and date
 * formats alike. English (the source locale) is the only one shipped so far.
 */
export function activeLocale(): string {
  return 'en';
}
