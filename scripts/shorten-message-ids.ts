// A Vite build plugin that renames each message id to a one- or two-letter
// alias: the `{id: '…'}` of each msg() call and the keys of the locale
// modules' `templates`, and nothing else (a string that merely equals an id
// stays as it is). The readable ids stay in the source and in the XLIFF files,
// where they give translators context; in the build they would cost each
// locale chunk ~800 bytes min+gzip, as much as its plural forms and
// punctuation together. It works module by module, before bundling, and
// returns a source map, so Vite chains it into the build's maps.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import MagicString from 'magic-string';
import type {Plugin} from 'vite';
import {type AstNode, walk} from './ast-walk.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** a, b, …, Z, aa, ab, …: the shortest names first. */
function alias(index: number): string {
  let name = '';
  for (let n = index; ; n = Math.floor(n / LETTERS.length) - 1) {
    name = LETTERS[n % LETTERS.length] + name;
    if (n < LETTERS.length) return name;
  }
}

interface Property extends AstNode {
  computed: boolean;
  key: AstNode;
  value: AstNode;
}

const isString = (node: AstNode | undefined): boolean => node?.type === 'Literal' && typeof node.value === 'string';
const keyName = ({computed, key}: Property): string | undefined =>
  computed ? undefined : key.type === 'Identifier' ? (key.name as string) : isString(key) ? (key.value as string) : undefined;

/** Where lit-localize's configuration puts the XLIFF files and the generated locale modules. */
function litLocalizeDefaults(configFile = 'lit-localize.json') {
  const {targetLocales, interchange, output} = JSON.parse(readFileSync(configFile, 'utf8'));
  return {xliffFile: `${interchange.xliffDir.replace(/\/?$/, '/')}${targetLocales[0]}.xlf`, localesDir: output.outputDir as string};
}

/** The names `msg` is imported under from @lit/localize in a module. */
function msgNames(ast: {body: AstNode[]}): Set<string> {
  const names = new Set<string>();
  for (const statement of ast.body) {
    if (statement.type !== 'ImportDeclaration' || (statement.source as AstNode).value !== '@lit/localize') continue;
    for (const specifier of statement.specifiers as AstNode[]) {
      const imported = specifier.imported as AstNode | undefined;
      if (specifier.type === 'ImportSpecifier' && (imported?.name ?? imported?.value) === 'msg')
        names.add((specifier.local as AstNode).name as string);
    }
  }
  return names;
}

/**
 * @param options the XLIFF file that lists every id (in order: the aliases follow it), and the folder of the
 *   generated locale modules; by default, from lit-localize.json.
 */
export function shortenMessageIds(options: {xliffFile?: string; localesDir?: string} = {}): Plugin {
  let aliases = new Map<string, string>();
  let localesDir = '';
  return {
    name: 'pa-shorten-message-ids',
    apply: 'build',
    enforce: 'post',
    // Read when a build starts, not when the config loads: the dev server and
    // Vitest load it too, and have no use for it.
    buildStart() {
      const settings = {...(options.xliffFile && options.localesDir ? {} : litLocalizeDefaults()), ...options} as {
        xliffFile: string;
        localesDir: string;
      };
      localesDir = resolve(settings.localesDir);
      const ids = [...readFileSync(settings.xliffFile, 'utf8').matchAll(/<trans-unit id="([^"]+)">/g)].map(([, id = '']) => id);
      // lit-localize hashes the text of a msg() without an id at run time: the
      // build cannot rename that id, and the translation would silently be lost.
      const hashed = ids.filter((id) => /^s[0-9a-f]{16}$/.test(id));
      if (hashed.length > 0) throw new Error(`msg() without an id (give it {id: '…'}): ${hashed.join(', ')}`);
      aliases = new Map(ids.map((id, index) => [id, alias(index)]));
    },
    transform(code, id) {
      const isLocaleModule = id.split('?')[0]!.startsWith(`${localesDir}/`);
      if (!isLocaleModule && !code.includes('@lit/localize')) return null;
      const output = new MagicString(code);
      const rename = (node: AstNode) => {
        const short = aliases.get((node.type === 'Identifier' ? node.name : node.value) as string);
        if (short) output.overwrite(node.start, node.end, `'${short}'`);
      };
      const ast = this.parse(code) as unknown as {body: AstNode[]};
      const names = isLocaleModule ? new Set<string>() : msgNames(ast);
      walk(ast, (node) => {
        if (isLocaleModule) {
          // export const templates = {'faq.intro': `…`, …}
          const init = node.init as AstNode | undefined;
          if (node.type !== 'VariableDeclarator' || (node.id as AstNode).name !== 'templates' || init?.type !== 'ObjectExpression') return;
          for (const property of init.properties as Property[])
            if (property.type === 'Property' && keyName(property) !== undefined) rename(property.key);
        } else {
          // msg(…, {id: '…'}), with msg imported from @lit/localize under any name.
          const callee = node.callee as AstNode | undefined;
          if (node.type !== 'CallExpression' || callee?.type !== 'Identifier' || !names.has(callee.name as string)) return;
          const options = (node.arguments as AstNode[])[1];
          const idProperty =
            options?.type === 'ObjectExpression'
              ? (options.properties as Property[]).find((property) => property.type === 'Property' && keyName(property) === 'id')
              : undefined;
          if (!idProperty || !isString(idProperty.value))
            this.error(`${id}: msg() needs a string literal id ({id: '…'}), which the build can shorten`, node.start);
          rename(idProperty.value);
        }
      });
      return output.hasChanged() ? {code: output.toString(), map: output.generateMap({hires: true})} : null;
    },
  };
}
