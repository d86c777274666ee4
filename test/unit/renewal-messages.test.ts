import {describe, expect, it} from 'vitest';
import {
  fieldErrorMessage,
  promptMessage,
  resultMessages,
  summaryMessage,
} from '../../src/components/renewal-calculator/renewal-messages.js';
import {RenewalInputError} from '../../src/core/errors.js';
import {calculateRenewal, type RenewalInput} from '../../src/core/renewal.js';
import type {RenewalSettings} from '../../src/core/renewal-form.js';

// English, as @lit/localize speaks before any locale is loaded.
const settings: RenewalSettings = {packSize: 5, currency: 'USD', today: '2021-01-15'};
const base = {computers: 11, currentExpiry: '2021-04-01', today: '2021-01-15'} satisfies RenewalInput;

describe('resultMessages', () => {
  it("says the article's example in full sentences", () => {
    const said = resultMessages(calculateRenewal({...base, pricePerPack: 19.99}), {...settings, pricePerPack: 19.99});
    expect(said).toEqual({
      packs: 'For 11 computers you need 3 packs of 5. On the renewal screen, select 3: it counts packs, not computers.',
      seats: 'Room for up to 15 computers, 4 of them spare.',
      price: '3 packs × $19.99 = $59.97 a year.',
      expiryState: 'Valid until April 1, 2021: 76 days left. Auto-renewal is off: unless you renew, it stops working on that date.',
      newExpiry: 'The paid year is added after April 1, 2021, so renewing early loses nothing: valid until April 1, 2022.',
      nextCharge: 'Renewing turns auto-renewal back on: the next charge is on April 1, 2022, then every year.',
    });
  });

  const cases: Array<[label: string, input: Partial<RenewalInput>, key: string, text: string | undefined]> = [
    ['no price without one', {}, 'price', undefined],
    ['exactly enough room', {computers: 10}, 'seats', 'Room for exactly 10 computers.'],
    [
      'one computer',
      {computers: 1},
      'packs',
      'For 1 computer you need 1 pack of 5. On the renewal screen, select 1: it counts packs, not computers.',
    ],
    [
      'expiring today',
      {today: '2021-04-01'},
      'expiryState',
      'Expires today, April 1, 2021. Auto-renewal is off: renew today to keep it working.',
    ],
    ['lapsed', {today: '2021-04-11'}, 'newExpiry', 'Renewed today, your subscription is valid until April 11, 2022.'],
    [
      'one day left',
      {today: '2021-03-31'},
      'expiryState',
      'Valid until April 1, 2021: 1 day left. Auto-renewal is off: unless you renew, it stops working on that date.',
    ],
    [
      '29 February',
      {currentExpiry: '2024-02-29', today: '2024-01-01'},
      'leapDayNote',
      'Next year has no 29 February, so the renewed year ends on 28 February.',
    ],
    [
      'a decrease',
      {currentPacks: 4},
      'notice',
      'That is fewer than the 4 packs you have now. You can lower the number of packs only once, during migration, so be sure of your count.',
    ],
    ['no notice for an increase', {currentPacks: 2}, 'notice', undefined],
  ];
  for (const [label, patch, key, text] of cases) {
    it(label, () => {
      const said = resultMessages(calculateRenewal({...base, ...patch}), settings) as unknown as Record<string, string | undefined>;
      expect(said[key]).toBe(text);
    });
  }

  it('warns about packs that look like a count of computers, numbers first', () => {
    const said = resultMessages(calculateRenewal({...base, computers: 10, currentPacks: 10}), settings);
    expect(said.notice).toMatch(/^You entered 10 packs for 10 computers: that looks like a count of computers\./);
  });
});

describe('summaryMessage and promptMessage', () => {
  it('says the result in one line, price included', () => {
    expect(summaryMessage(calculateRenewal({...base, pricePerPack: 19.99}), false)).toBe(
      'Select 3 packs. $59.97 a year. Valid until April 1, 2022 after renewing; next charge on April 1, 2022.',
    );
  });
  it('says nothing for an untouched form, and the same as the prompt for fields to fix', () => {
    expect(summaryMessage(null, false)).toBe('');
    expect(summaryMessage(null, true)).toBe(promptMessage(true));
    expect(promptMessage(false)).toMatch(/^Enter your computers and expiry date/);
  });
});

describe('fieldErrorMessage', () => {
  const cases: Array<[error: RenewalInputError, text: string]> = [
    [new RenewalInputError('computers', 'missing', ''), 'Enter the number of remote computers.'],
    [new RenewalInputError('computers', 'out-of-range', 2_000_000), 'Enter at most 1,000,000 computers.'],
    [new RenewalInputError('computers', 'out-of-range', 0), 'Enter a whole number of computers, 1 or more.'],
    [new RenewalInputError('currentPacks', 'not-a-whole-number', '2.5'), 'Enter a whole number of packs, 1 or more, or leave this empty.'],
    [new RenewalInputError('currentExpiry', 'out-of-range', '1999-12-31'), 'Enter a date from January 1, 2000 to December 31, 9997.'],
    [new RenewalInputError('currentExpiry', 'invalid-date', '2021-02-30'), 'Enter a valid date.'],
  ];
  for (const [error, text] of cases) {
    it(`${error.field} ${error.code} (${String(error.value)})`, () => expect(fieldErrorMessage(error)).toBe(text));
  }
});
