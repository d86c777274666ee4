/**
 * What every snippet of the configurator is: plain text an editor pastes,
 * with where it goes and what is not in it yet. The page shows the text with
 * Lit bindings, never as markup.
 */

export interface Snippet {
  /** Where it goes, for the heading. */
  title: string;
  /** Where to paste it. */
  where: string;
  text: string;
  /** What is left out or not quite right yet, in plain words. */
  marks: string[];
}

/** The package's own files the snippets quote, per language (made at build time from dist/html). */
export interface PackageTexts {
  placeholder: Record<string, string>;
  widget: Record<string, string>;
  /** The 'sha256-…' sources of csp.txt. */
  styleHashes: string[];
}

/** An attribute value as it must be written in HTML. */
export const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
