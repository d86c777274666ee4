// A Vite build plugin that minifies the static text of Lit's `css`, `html` and
// `svg` tagged templates: lightningcss for styles, folded white space for markup.
// `msg` and `str` templates are left alone: their exact text is the id that
// finds their translation.
import {transform as transformCss} from 'lightningcss';
import MagicString from 'magic-string';
import {walk} from './ast-walk.js';

const SOURCE = /\/src\/.*\.ts$/;

function minifyCss(text, id) {
  const {code} = transformCss({filename: id, code: Buffer.from(text), minify: true});
  return code.toString().replaceAll('\\', '\\\\').replaceAll('`', '\\`');
}

// Runs of white space become one space: what HTML renders anyway outside <pre>.
const foldWhitespace = (raw) => raw.replace(/\s+/g, ' ');

export function minifyTemplates() {
  return {
    name: 'pa-minify-templates',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!SOURCE.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const output = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const {quasis} = node.quasi;
        if (node.tag.name === 'css' && quasis.length === 1) {
          output.overwrite(quasis[0].start, quasis[0].end, minifyCss(quasis[0].value.cooked, id));
        } else if (node.tag.name === 'html' || node.tag.name === 'svg') {
          for (const quasi of quasis) {
            if (quasi.end > quasi.start) output.overwrite(quasi.start, quasi.end, foldWhitespace(quasi.value.raw));
          }
        }
      });
      return {code: output.toString(), map: output.generateMap({hires: true})};
    },
  };
}
