// `cem analyze` writes dist/custom-elements.json, which package.json names in
// "customElements". `npm run build` runs it under tsx, so that this config can
// take its plugins from TypeScript (scripts/custom-elements.ts).
import {plugins} from './scripts/custom-elements.ts';

export default {
  globs: ['src/components/*/*.component.ts'],
  outdir: 'dist',
  litelement: true,
  plugins,
};
