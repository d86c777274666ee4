// What each part of a set of browser files weighs: `npm run size` lists it for
// the English critical path. The browser build is made a second time, in a
// temporary folder, with hidden source maps (the same bytes as dist/browser,
// which ships none: the run checks that), and each byte of the minified files
// is counted to the source it came from. Sources are grouped by package, and
// ours by folder (one per element). "alone" is each group's bytes gzipped by
// themselves: gzip does not split a file into parts that add up.
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {SourceMapConsumer} from 'source-map-js';
import {build} from 'vite';
import {gzipSize} from './compressed-size.js';

const ROOT = new URL('../', import.meta.url).pathname;

/** The group a source of the bundle belongs to: its package, or its folder of ours. */
function groupOf(source: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
  if (inPackage) return inPackage[1]!;
  const ours = /(?:^|\/)src\/(.*)$/.exec(source)?.[1];
  if (!ours) return 'the bundler';
  const [folder, name] = ours.split('/');
  if (name === undefined) return `src/${folder}`;
  return folder === 'components' ? `src/components/${name}` : `src/${folder}`;
}

export interface Share {
  group: string;
  min: number;
  gzipAlone: number;
}

/** The bytes of `files` (names in dist/browser) by group, biggest first. */
export async function breakdown(files: string[]): Promise<Share[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'pa-size-'));
  try {
    await build({
      root: ROOT,
      mode: 'browser',
      logLevel: 'silent',
      build: {outDir, sourcemap: 'hidden', manifest: false},
    });
    const text = new Map<string, string>();
    for (const file of files) {
      const code = readFileSync(join(outDir, file), 'utf8');
      if (code !== readFileSync(join(ROOT, 'dist/browser', file), 'utf8')) {
        throw new Error(`size breakdown: the build with source maps made another ${file} than dist/browser holds`);
      }
      const lines = code.split('\n');
      const mappings: {line: number; column: number; source: string | null}[] = [];
      // The bundler's own runtime chunk comes with no map: all of it is the bundler's.
      const map = join(outDir, `${file}.map`);
      if (existsSync(map)) {
        new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8'))).eachMapping((m) =>
          mappings.push({line: m.generatedLine, column: m.generatedColumn, source: m.source}),
        );
      } else {
        mappings.push({line: 1, column: 0, source: null}, ...lines.slice(1).map((_, i) => ({line: i + 2, column: 0, source: null})));
      }
      mappings.sort((a, b) => a.line - b.line || a.column - b.column);
      // Each mapping owns the code up to the next one on its line.
      mappings.forEach((m, i) => {
        const next = mappings[i + 1];
        const line = lines[m.line - 1] ?? '';
        const end = next && next.line === m.line ? next.column : line.length;
        const group = m.source === null ? 'the bundler' : groupOf(m.source);
        text.set(group, (text.get(group) ?? '') + line.slice(m.column, end));
      });
    }
    return [...text]
      .map(([group, code]) => ({group, min: Buffer.byteLength(code), gzipAlone: gzipSize(Buffer.from(code))}))
      .sort((a, b) => b.min - a.min);
  } finally {
    rmSync(outDir, {recursive: true, force: true});
  }
}
