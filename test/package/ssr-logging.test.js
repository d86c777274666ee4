// What a server's log gets from rendering: a bad vendor value warns once per
// element and attribute in a process, however many distinct bad values its
// pages pass on, and a value is shortened and escaped, so that it can neither
// flood the log nor forge a line in it. Run after `npm run build`.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The lines a fresh Node process writes to stderr while it runs `script`. */
async function stderrOf(script) {
  const {stderr} = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {cwd: ROOT, maxBuffer: 64 << 20});
  return stderr.split('\n').filter((line) => line !== '');
}

test('distinct bad values, many renders: one line per element and attribute', async () => {
  const lines = await stderrOf(`
    const {renderElement} = await import('pa-migration-help/ssr');
    for (let i = 0; i < 300; i++) {
      await renderElement('pa-renewal-calculator', {'price-per-pack': 'x' + i, 'renew-url': 'http://' + i, today: 'day ' + i, 'pack-size': '-' + i});
    }
  `);
  assert.equal(lines.length, 4, lines.slice(0, 10).join('\n'));
  assert.deepEqual(lines.map((line) => line.match(/([a-z-]+)=/)?.[1]).sort(), ['pack-size', 'price-per-pack', 'renew-url', 'today']);
});

test('a value cannot forge a log line, nor make a long one', async () => {
  const lines = await stderrOf(`
    const {renderElement} = await import('pa-migration-help/ssr');
    await renderElement('pa-renewal-calculator', {'renew-url': 'x\\n2026-01-01T00:00:00Z INFO admin login ok user=root\\n', today: '1'.repeat(1 << 20)});
    await renderElement('pa-renewal-calculator', {'pack-size': 'a\\u2028b\\rc\\u001b[31m'});
  `);
  assert.equal(lines.length, 3, lines.join('\n'));
  for (const line of lines) {
    assert.ok(line.length < 400, `${line.length} characters`);
    assert.match(line, /^<pa-[a-z-]+> /);
  }
  assert.match(lines.join('\n'), /renew-url="x\\n2026-01-01T00:00:00Z INFO/);
  for (const raw of ['\u2028', '\r', '\u001b']) assert.equal(lines.join('\n').includes(raw), false, JSON.stringify(raw));
});
