/** Languages written right to left, by their primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

/**
 * Finds the shipped locale for a BCP 47 tag, or `undefined` for a malformed
 * tag. Lookup as in RFC 4647, after filling in the likely script and region:
 * `de-AT` gets `de`, `zh-CN` and `zh-SG` get `zh-Hans` (but `zh-TW` does not),
 * then any shipped locale of the same language and script: `pt` and `pt-PT`
 * get `pt-BR`. A well-formed tag of another language gets the first of
 * `available`, the source locale.
 *
 * @example
 * matchLocale('de-AT', ['en', 'de']) //=> 'de'
 * matchLocale('ko', ['en', 'de']) //=> 'en'
 */
export function matchLocale(tag: string, available: readonly string[]): string | undefined {
  let requested: Intl.Locale;
  try {
    requested = new Intl.Locale(tag.trim());
  } catch {
    return undefined;
  }
  const {language, script, region} = requested.maximize();
  const shipped = new Map(available.map((locale) => [locale.toLowerCase(), locale]));
  const candidates = [requested.toString(), `${language}-${script}-${region}`, `${language}-${region}`, `${language}-${script}`, language];
  for (const candidate of candidates) {
    const found = shipped.get(candidate.toLowerCase());
    if (found) return found;
  }
  const sameScript = available.find((locale) => {
    const other = new Intl.Locale(locale).maximize();
    return other.language === language && other.script === script;
  });
  return sameScript ?? available[0];
}

/** `rtl` for a locale written right to left, else `ltr`. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
