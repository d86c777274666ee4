// The pseudo-locale for development (locales/en-XA.xlf): every English
// message accented, about 40% longer and bracketed, so hard-coded strings,
// truncation and concatenation show at a glance. Written by `npm run generate`.
const ACCENTS: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((char, i) => [
    char,
    [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i] ?? char,
  ]),
);
// Placeholders and XML entities pass through unchanged.
const KEEP = /(<x id="\d+" equiv-text="[^"]*"\/>|&[a-zA-Z]+;|&#\d+;)/;

function pseudo(source: string): string {
  // Split on a capturing group: the kept pieces are the odd ones.
  const parts = source.split(KEEP);
  const kept = (index: number) => index % 2 === 1;
  const letters = parts
    .filter((_part, index) => !kept(index))
    .join('')
    .replace(/\s/g, '').length;
  const accented = parts.map((part, index) => (kept(index) ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTS[c] ?? c)));
  return `[${accented.join('')} ${'·'.repeat(Math.ceil(letters * 0.4))}]`;
}

/** The pseudo-locale's XLIFF file with every target made again from its source. */
export function pseudoLocale(xliff: string): string {
  return xliff
    .replace(/\n\s*<target>[\s\S]*?<\/target>/g, '')
    .replace(
      /(\s*)<source>([\s\S]*?)<\/source>/g,
      (_, indent: string, source: string) => `${indent}<source>${source}</source>${indent}<target>${pseudo(source)}</target>`,
    );
}
