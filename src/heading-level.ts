/** The heading levels a widget inside an article may take; 1 is the article's own. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Reads a `heading-level` attribute or property: 2 to 6, else the default 3. */
export function parseHeadingLevel(value: unknown): HeadingLevel {
  const match = /^\s*([2-6])\s*$/.exec(value === undefined || value === null ? '' : String(value));
  return match ? (Number(match[1]) as HeadingLevel) : 3;
}
