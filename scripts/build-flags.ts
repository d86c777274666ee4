// The build flags (src/build-flags.d.ts) as Vite's `define` sets them for a
// build (vite.config.ts), for the source that a script runs directly, outside
// Vite. Import it before anything of src/ that reads them.
import {readFileSync} from 'node:fs';

const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string};
Object.assign(globalThis, {__PA_PSEUDO_LOCALE__: false, __PA_VERSION__: version});
