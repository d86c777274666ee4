import {readFileSync} from 'node:fs';
import {SourceMap} from 'node:module';
import {fileURLToPath} from 'node:url';
import {build, type Rolldown} from 'vite';
import {beforeAll, describe, expect, it} from 'vitest';
import {shortenMessageIds} from '../../scripts/shorten-message-ids.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/shorten-message-ids/', import.meta.url));

/** A fixture entry built as the package is (an ES library, not minified), with a source map. */
async function buildFixture({entry = 'entry.ts', bundleLitLocalize = false} = {}): Promise<Rolldown.OutputChunk> {
  const result = await build({
    configFile: false,
    root: FIXTURE,
    logLevel: 'silent',
    plugins: [shortenMessageIds({xliffFile: `${FIXTURE}de.xlf`, localesDir: `${FIXTURE}locales`})],
    build: {
      write: false,
      sourcemap: true,
      minify: false,
      lib: {entry: `${FIXTURE}${entry}`, formats: ['es'], fileName: 'entry'},
      rollupOptions: {external: bundleLitLocalize ? [] : ['@lit/localize']},
    },
  });
  return (Array.isArray(result) ? result[0]! : (result as Rolldown.RolldownOutput)).output[0];
}

/** Where `needle` starts in `text`, as 0-based line and column. */
function position(text: string, needle: string): {line: number; column: number} {
  const index = text.indexOf(needle);
  expect(index, `${needle} in\n${text}`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, index).split('\n');
  return {line: before.length - 1, column: before.at(-1)!.length};
}

describe('shortenMessageIds', () => {
  let chunk: Rolldown.OutputChunk;
  beforeAll(async () => {
    chunk = await buildFixture();
  });

  it('renames the id of each msg() call and the keys of the locale modules, in XLIFF order', () => {
    expect(chunk.code).toContain('[msg("Hello", { id: "a" }), msg("Bye", { id: "b" })]');
    expect(chunk.code).toMatch(/"a": `Hallo`,\s*"b": `Tschüss`/);
  });

  it('leaves a string that equals an id, but is no message id, alone', () => {
    expect(chunk.code).toMatch(/id: "greeting\.hello",\s*label: "greeting\.bye"/);
  });

  // Each generated position sits after a renamed id on its line, where a
  // rename that drops the map shifts every column.
  it('keeps a source map that leads back to the source past each renamed id', () => {
    expect(chunk.map).not.toBeNull();
    const map = new SourceMap(chunk.map as unknown as ConstructorParameters<typeof SourceMap>[0]);
    const cases = [
      {generated: '"b" })]', file: 'entry.ts', original: `'greeting.bye'})]`},
      {generated: 'msg("Bye"', file: 'entry.ts', original: `translate('Bye'`},
      {generated: '`Hallo`', file: 'locales/de.ts', original: '`Hallo`'},
      {generated: '`Tschüss`', file: 'locales/de.ts', original: '`Tschüss`'},
    ];
    for (const {generated, file, original} of cases) {
      const {line, column} = position(chunk.code, generated);
      const entry = map.findEntry(line, column) as {originalSource?: string; originalLine?: number; originalColumn?: number};
      expect(entry.originalSource, generated).toMatch(new RegExp(`/${file.replace('.', '\\.')}$`));
      expect({line: entry.originalLine, column: entry.originalColumn}, generated).toEqual(
        position(readFileSync(`${FIXTURE}${file}`, 'utf8'), original),
      );
    }
  });
});
