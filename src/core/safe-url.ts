// Any origin does: only the scheme of the resolved URL is looked at.
const PLACEHOLDER_BASE = 'https://relative.invalid/';

/**
 * Returns `url` trimmed when it is safe to put in a link: an `https:` URL or a
 * relative one. Anything else (`javascript:`, `data:`, `http:`, garbage)
 * returns `undefined`. Parsing the way the browser will, rather than matching
 * text, catches ` JaVaScRiPt:` and `java\tscript:` too.
 *
 * @example
 * safeLinkUrl('/renew') //=> '/renew'
 * safeLinkUrl('javascript:alert(1)') //=> undefined
 */
export function safeLinkUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  const trimmed = url.trim();
  try {
    return new URL(trimmed, PLACEHOLDER_BASE).protocol === 'https:' ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
