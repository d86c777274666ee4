// A Vite build plugin that minifies the static text of Lit's `css`, `html` and
// `svg` tagged templates: lightningcss for styles, folded white space for markup.
// `msg` and `str` templates are left alone: their exact text is the id that
// finds their translation.
//
// Ours rather than a package's: @lit-labs/rollup-plugin-minify-html-literals
// 0.2 declares rollup (not rolldown, which Vite 8 runs) and TypeScript <= 5 as
// its parser, and minify-html-literals 1.3 rests on html-minifier 4, which is
// unmaintained. This is one pass over the AST that Vite already parses.
import {transform as transformCss} from 'lightningcss';
import MagicString from 'magic-string';
import type {Plugin} from 'vite';
import {type AstNode, walk} from './ast-walk.js';

const SOURCE = /\/src\/.*\.ts$/;

interface Quasi extends AstNode {
  value: {raw: string; cooked: string};
}

function minifyCss(text: string, id: string): string {
  const {code} = transformCss({filename: id, code: Buffer.from(text), minify: true});
  return code.toString().replaceAll('\\', '\\\\').replaceAll('`', '\\`');
}

// Runs of white space become one space: what HTML renders anyway outside <pre>.
const foldWhitespace = (raw: string) => raw.replace(/\s+/g, ' ');

export function minifyTemplates(): Plugin {
  return {
    name: 'pa-minify-templates',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!SOURCE.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const output = new MagicString(code);
      walk(this.parse(code), (node) => {
        const tag = node.tag as AstNode;
        if (node.type !== 'TaggedTemplateExpression' || tag.type !== 'Identifier') return;
        const quasis = (node.quasi as {quasis: Quasi[]}).quasis;
        const [only] = quasis;
        if (tag.name === 'css' && only && quasis.length === 1) {
          output.overwrite(only.start, only.end, minifyCss(only.value.cooked, id));
        } else if (tag.name === 'html' || tag.name === 'svg') {
          for (const quasi of quasis) {
            if (quasi.end > quasi.start) output.overwrite(quasi.start, quasi.end, foldWhitespace(quasi.value.raw));
          }
        }
      });
      return {code: output.toString(), map: output.generateMap({hires: true})};
    },
  };
}
