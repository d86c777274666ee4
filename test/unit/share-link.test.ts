import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {evaluateRenewalForm} from '../../src/core/renewal-form.js';
import type {RenewalSettings} from '../../src/core/renewal-settings.js';
import {readShareHash, shareHash} from '../../src/core/share-link.js';

const settings: RenewalSettings = {packSize: 5, currency: 'USD', today: '2021-01-15'};

describe('shareHash', () => {
  it('writes the inputs in the documented form', () => {
    expect(shareHash({computers: 10, currentExpiry: '2021-04-01', currentPacks: 2})).toBe(
      '#pa-calc=computers:10;expiry:2021-04-01;packs:2',
    );
    expect(shareHash({computers: 7, currentExpiry: '2024-02-29', currentPacks: undefined})).toBe('#pa-calc=computers:7;expiry:2024-02-29');
  });
});

describe('readShareHash', () => {
  const cases: Array<[hash: string, expected: ReturnType<typeof readShareHash>]> = [
    ['#pa-calc=computers:10;expiry:2021-04-01;packs:2', {computers: '10', currentPacks: '2', currentExpiry: '2021-04-01'}],
    ['#pa-calc=expiry:2021-04-01;computers:10', {computers: '10', currentPacks: '', currentExpiry: '2021-04-01'}],
    // A malformed or unknown pair is dropped, never passed on.
    ['#pa-calc=computers:10;expiry:2021-04-01;packs:two', {computers: '10', currentPacks: '', currentExpiry: '2021-04-01'}],
    ['#pa-calc=computers:10;expiry:2021-04-01;email:a@b.c', {computers: '10', currentPacks: '', currentExpiry: '2021-04-01'}],
    // The form judges the values: an impossible date still reaches it, to be refused there with a message.
    ['#pa-calc=computers:10;expiry:2021-02-30', {computers: '10', currentPacks: '', currentExpiry: '2021-02-30'}],
    ['#pa-calc=computers:10', null],
    ['#pa-calc=computers:1e3;expiry:2021-04-01', null],
    ['#pa-calc=computers:<img>;expiry:2021-04-01', null],
    ['#pa-calc=constructor:1;__proto__:2;computers:3;expiry:2021-04-01', {computers: '3', currentPacks: '', currentExpiry: '2021-04-01'}],
    ['#pa-faq-higher-price', null],
    ['', null],
  ];
  it.each(cases)('%s', (hash, expected) => {
    expect(readShareHash(hash)).toEqual(expected);
  });

  it('restores every valid result exactly', () => {
    const expiry = fc
      .date({min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(9997, 11, 31)), noInvalidDate: true})
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 1_000_000}),
        expiry,
        fc.option(fc.integer({min: 1, max: 1_000_000}), {nil: undefined}),
        (computers, currentExpiry, currentPacks) => {
          const original = evaluateRenewalForm(
            {computers: String(computers), currentPacks: currentPacks === undefined ? '' : String(currentPacks), currentExpiry},
            settings,
          ).result!;
          const restored = evaluateRenewalForm(readShareHash(shareHash(original))!, settings, 'de');
          expect(restored.result).toEqual(original);
        },
      ),
    );
  });
});
