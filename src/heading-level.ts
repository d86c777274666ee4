/** The heading levels a widget inside an article may take; 1 is the article's own. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Reads a `heading-level` attribute: 2 to 6, else the default 3. */
export function parseHeadingLevel(text: string | null | undefined): HeadingLevel {
  const match = /^\s*([2-6])\s*$/.exec(text ?? '');
  return match ? (Number(match[1]) as HeadingLevel) : 3;
}
