// A Vite build plugin that renames every message id to a one- or two-letter
// alias in all chunks at once: the `{id: '…'}` of each msg() call and the keys
// of the locale modules. The readable ids stay in the source and in the XLIFF
// files, where they give translators context; in the build they would cost
// each locale chunk ~800 bytes min+gzip, as much as its plural forms and
// punctuation together.
import {readFileSync} from 'node:fs';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** a, b, …, Z, aa, ab, …: the shortest names first. */
function alias(index) {
  let name = '';
  for (let n = index; ; n = Math.floor(n / LETTERS.length) - 1) {
    name = LETTERS[n % LETTERS.length] + name;
    if (n < LETTERS.length) return name;
  }
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function shortenMessageIds(xliffFile = 'locales/de.xlf') {
  let aliases;
  let literal;
  return {
    name: 'pa-shorten-message-ids',
    apply: 'build',
    // Read when a build starts, not when the config loads: the dev server and
    // Vitest load it too, and have no use for it.
    buildStart() {
      const ids = [...readFileSync(xliffFile, 'utf8').matchAll(/<trans-unit id="([^"]+)">/g)].map(([, id]) => id);
      // lit-localize hashes the text of a msg() without an id at run time: the
      // build cannot rename that id, and the translation would silently be lost.
      const hashed = ids.filter((id) => /^s[0-9a-f]{16}$/.test(id));
      if (hashed.length > 0) throw new Error(`msg() without an id (give it {id: '…'}): ${hashed.join(', ')}`);
      aliases = new Map(ids.map((id, index) => [id, alias(index)]));
      // An id only ever appears as a whole string literal, in any quote style.
      literal = new RegExp(`(["'\`])(${ids.map(escapeRegExp).join('|')})\\1`, 'g');
    },
    renderChunk(code) {
      const renamed = code.replace(literal, (_, quote, id) => quote + aliases.get(id) + quote);
      return renamed === code ? null : {code: renamed, map: null};
    },
  };
}
