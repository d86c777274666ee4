// A Vite build plugin that renames each message id to a one- or two-letter
// alias: the `{id: '…'}` of each msg() call and the keys of the locale
// modules' `templates`, and nothing else (a string that merely equals an id
// stays as it is). The readable ids stay in the source and in the XLIFF files,
// where they give translators context; in the build they would cost each
// locale chunk ~800 bytes min+gzip, as much as its plural forms and
// punctuation together. It works module by module, before bundling, and
// returns a source map, so Vite chains it into the build's maps. A second
// plugin drops lit-localize's hashing of messages without an id, which no
// msg() here can be.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import MagicString from 'magic-string';
import {walk} from './ast-walk.js';

/** The module that stands in for lit-localize's id hashing. */
const ID_HASHING = '\0pa-no-message-id-hashing';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** a, b, …, Z, aa, ab, …: the shortest names first. */
function alias(index) {
  let name = '';
  for (let n = index; ; n = Math.floor(n / LETTERS.length) - 1) {
    name = LETTERS[n % LETTERS.length] + name;
    if (n < LETTERS.length) return name;
  }
}

const isString = (node) => node?.type === 'Literal' && typeof node.value === 'string';
const keyName = (property) =>
  property.computed
    ? undefined
    : property.key.type === 'Identifier'
      ? property.key.name
      : isString(property.key)
        ? property.key.value
        : undefined;

/** Where lit-localize's configuration puts the XLIFF files and the generated locale modules. */
function litLocalizeDefaults(configFile = 'lit-localize.json') {
  const {targetLocales, interchange, output} = JSON.parse(readFileSync(configFile, 'utf8'));
  return {xliffFile: `${interchange.xliffDir.replace(/\/?$/, '/')}${targetLocales[0]}.xlf`, localesDir: output.outputDir};
}

/**
 * @param {{xliffFile?: string, localesDir?: string}} [options] the XLIFF file that lists every id (in order: the
 *   aliases follow it), and the folder of the generated locale modules; by default, from lit-localize.json.
 */
export function shortenMessageIds(options = {}) {
  let aliases;
  let localesDir;
  const withoutIdHashing = {
    name: 'pa-without-message-id-hashing',
    apply: 'build',
    enforce: 'pre',
    // Every msg() has an id (the plugin below fails the build otherwise), so
    // lit-localize never hashes a message's text at run time: its hashing
    // module (~300 bytes min+gzip) gives way to one that says so if it runs.
    resolveId(source, importer) {
      return source === './id-generation.js' && importer?.includes('/@lit/localize/internal/') ? ID_HASHING : null;
    },
    load(id) {
      return id === ID_HASHING ? `export const generateMsgId = () => { throw new Error('msg() without an id'); };` : null;
    },
  };
  const shortening = {
    name: 'pa-shorten-message-ids',
    apply: 'build',
    enforce: 'post',
    // Read when a build starts, not when the config loads: the dev server and
    // Vitest load it too, and have no use for it.
    buildStart() {
      const settings = {...(options.xliffFile && options.localesDir ? {} : litLocalizeDefaults()), ...options};
      localesDir = resolve(settings.localesDir);
      const ids = [...readFileSync(settings.xliffFile, 'utf8').matchAll(/<trans-unit id="([^"]+)">/g)].map(([, id]) => id);
      // lit-localize hashes the text of a msg() without an id at run time: the
      // build cannot rename that id, and the translation would silently be lost.
      const hashed = ids.filter((id) => /^s[0-9a-f]{16}$/.test(id));
      if (hashed.length > 0) throw new Error(`msg() without an id (give it {id: '…'}): ${hashed.join(', ')}`);
      aliases = new Map(ids.map((id, index) => [id, alias(index)]));
    },
    transform(code, id) {
      const file = id.split('?')[0];
      const isLocaleModule = file.startsWith(`${localesDir}/`);
      if (!isLocaleModule && !code.includes('@lit/localize')) return null;
      const output = new MagicString(code);
      const rename = (node) => {
        const name = node.type === 'Identifier' ? node.name : node.value;
        if (aliases.has(name)) output.overwrite(node.start, node.end, `'${aliases.get(name)}'`);
      };
      const ast = this.parse(code);
      if (isLocaleModule) {
        // export const templates = {'faq.intro': `…`, …}
        walk(ast, (node) => {
          if (node.type !== 'VariableDeclarator' || node.id.name !== 'templates' || node.init?.type !== 'ObjectExpression') return;
          for (const property of node.init.properties)
            if (property.type === 'Property' && keyName(property) !== undefined) rename(property.key);
        });
      } else {
        // msg(…, {id: '…'}), with msg imported from @lit/localize under any name.
        const msgNames = new Set();
        for (const statement of ast.body) {
          if (statement.type !== 'ImportDeclaration' || statement.source.value !== '@lit/localize') continue;
          for (const specifier of statement.specifiers) {
            if (specifier.type === 'ImportSpecifier' && (specifier.imported.name ?? specifier.imported.value) === 'msg')
              msgNames.add(specifier.local.name);
          }
        }
        if (msgNames.size === 0) return null;
        walk(ast, (node) => {
          if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || !msgNames.has(node.callee.name)) return;
          const options = node.arguments[1];
          const idProperty =
            options?.type === 'ObjectExpression'
              ? options.properties.find((property) => property.type === 'Property' && keyName(property) === 'id')
              : undefined;
          if (!isString(idProperty?.value))
            this.error(`${id}: msg() needs a string literal id ({id: '…'}), which the build can shorten`, node.start);
          rename(idProperty.value);
        });
      }
      return output.hasChanged() ? {code: output.toString(), map: output.generateMap({hires: true})} : null;
    },
  };
  return [withoutIdHashing, shortening];
}
