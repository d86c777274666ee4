// The published `./core` entry, imported by package name as a user would, in
// plain Node: no window, no customElements. Run after `npm run build`.
import assert from 'node:assert/strict';
import {test} from 'node:test';

test('pa-migration-help/core runs in plain Node and applies the rules', async () => {
  assert.equal(typeof globalThis.window, 'undefined');
  const {calculateRenewal, RenewalInputError} = await import('pa-migration-help/core');
  const result = calculateRenewal({computers: 11, currentExpiry: '2024-02-29', today: '2023-06-01'});
  assert.equal(result.packs, 3);
  assert.equal(result.seats, 15);
  assert.equal(result.spareSeats, 4);
  assert.equal(result.newExpiry, '2025-02-28');
  assert.equal(result.nextChargeDate, '2025-02-28');
  assert.throws(() => calculateRenewal({computers: 0, currentExpiry: '2024-02-29', today: '2023-06-01'}), RenewalInputError);
});

test('pa-migration-help/core imports neither Lit nor DOM code', async () => {
  const {readFile} = await import('node:fs/promises');
  const seen = new Set();
  const visit = async (url) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const source = await readFile(url, 'utf8');
    assert.doesNotMatch(source, /customElements|document\.|window\./, url.pathname);
    for (const [, specifier] of source.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
      assert.doesNotMatch(specifier, /^(lit|@lit)/, `${url.pathname} imports ${specifier}`);
      if (specifier.startsWith('.')) await visit(new URL(specifier, url));
    }
  };
  await visit(new URL(import.meta.resolve('pa-migration-help/core')));
  assert.ok(seen.size >= 2, 'follows the entry into its chunks');
});
