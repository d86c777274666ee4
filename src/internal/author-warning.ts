import {isServer} from 'lit';

/** The most characters of a value a warning quotes. */
const QUOTED_LENGTH = 60;

/**
 * A value the page's author gave, for one line of a console or a server's
 * log: quoted, shortened, and escaped (line breaks, control and format
 * characters), so that it can neither make a long line nor forge another.
 */
export function quoted(value: unknown): string {
  const text = String(value);
  const shown = text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH)}…` : text;
  return JSON.stringify(shown).replace(/[\p{C}\u2028\u2029]/gu, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}

const warnedOnServer = new Set<string>();

/**
 * Writes a warning about an element's attribute. A browser page shows each
 * element's once (the caller sees to it); a server renders page after page
 * with values anyone may choose, so there it writes one per element and
 * attribute for the life of the process.
 */
export function warnAboutAttribute(tag: string, attribute: string, message: string): void {
  const key = `${tag} ${attribute}`;
  if (isServer) {
    if (warnedOnServer.has(key)) return;
    warnedOnServer.add(key);
  }
  console.warn(`<${tag}> ${message}`);
}
