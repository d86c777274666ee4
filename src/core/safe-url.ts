// Stands for the page's own origin: a relative URL that resolves elsewhere
// against it (`//host`, `\\host`, `/\host`) leaves the page's site.
const PAGE_ORIGIN = 'https://relative.invalid';

/**
 * Returns `url` trimmed when it is safe to put in a link: an `https:` URL, or
 * a relative one that stays on the page's origin. Anything else
 * (`javascript:`, `data:`, `http:`, `//other.example`, garbage) returns
 * `undefined`. Parsing the way the browser will, rather than matching text,
 * catches ` JaVaScRiPt:`, `java\tscript:` and `\\other.example` too.
 *
 * @example
 * safeLinkUrl('/renew') //=> '/renew'
 * safeLinkUrl('//evil.example/renew') //=> undefined
 * safeLinkUrl('javascript:alert(1)') //=> undefined
 */
export function safeLinkUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  const trimmed = url.trim();
  const absolute = parse(trimmed);
  if (absolute) return absolute.protocol === 'https:' ? trimmed : undefined;
  return parse(trimmed, `${PAGE_ORIGIN}/`)?.origin === PAGE_ORIGIN ? trimmed : undefined;
}

// Not URL.canParse: Safari has it only from 17.
function parse(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}
