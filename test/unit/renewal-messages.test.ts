import {describe, expect, it} from 'vitest';
import {fieldErrorMessage, promptMessage} from '../../src/components/renewal-calculator/renewal-messages.js';
import {resultMessages} from '../../src/components/renewal-calculator/result-messages.js';
import {RenewalInputError} from '../../src/core/errors.js';
import {calculateRenewal, type RenewalInput} from '../../src/core/renewal.js';
import type {RenewalSettings} from '../../src/core/renewal-settings.js';

// English, as @lit/localize speaks before any locale is loaded.
const settings: RenewalSettings = {packSize: 5, currency: 'USD', today: '2021-01-15'};
const base = {computers: 11, currentExpiry: '2021-04-01', today: '2021-01-15'} satisfies RenewalInput;

describe('resultMessages', () => {
  it("says the article's example: the summary's values first, then the explanations and the steps", () => {
    const said = resultMessages(calculateRenewal({...base, pricePerPack: 19.99}), {...settings, pricePerPack: 19.99});
    // What these messages say; a message added beside them does not make this one wrong.
    expect(said).toMatchObject({
      instruction: 'Select 3 packs',
      renew: 'Renew: select 3 packs',
      price: '$59.97',
      newExpiry: 'April 1, 2022',
      nextCharge: 'April 1, 2022: $59.97',
      packsWhy: 'For 11 computers you need 3 packs of 5. The renewal screen counts packs, not computers.',
      seats: 'Room for up to 15 computers, 4 of them spare.',
      priceWhy: '3 packs × $19.99 = $59.97 a year.',
      expiryState:
        'Valid until April 1, 2021: 76 days left. Auto-renewal is off: unless you renew, your subscription stops working on that date.',
      newExpiryWhy: 'The paid year is added after April 1, 2021, so renewing early loses nothing: valid until April 1, 2022.',
      steps: [
        {kind: 'today', date: 'January 15, 2021', text: 'Today: you renew and pay $59.97'},
        {kind: 'remaining', text: 'Already paid for: 76 days left'},
        {kind: 'current-end', date: 'April 1, 2021', text: 'Your current subscription ends; the paid year begins'},
        {kind: 'paid', text: 'One paid year'},
        {kind: 'new-end', date: 'April 1, 2022', text: 'New expiry date: auto-renewal charges $59.97, then every year'},
      ],
    });
  });

  const cases: Array<[label: string, input: Partial<RenewalInput>, key: string, text: unknown]> = [
    ['no price without one', {}, 'price', undefined],
    ['the next charge without an amount', {}, 'nextCharge', 'April 1, 2022'],
    ['exactly enough room', {computers: 10}, 'seats', 'Room for exactly 10 computers.'],
    ['one computer', {computers: 1}, 'packsWhy', 'For 1 computer you need 1 pack of 5. The renewal screen counts packs, not computers.'],
    ['no status line a month ahead', {today: '2021-03-01'}, 'status', undefined],
    [
      'expiring within 30 days: an amber status line',
      {today: '2021-03-02'},
      'status',
      {
        tone: 'soon',
        text: 'Valid until April 1, 2021: 30 days left. Auto-renewal is off: unless you renew, your subscription stops working on that date.',
      },
    ],
    [
      'expiring today',
      {today: '2021-04-01'},
      'status',
      {
        tone: 'soon',
        text: 'Your subscription expires today, April 1, 2021. Auto-renewal is off: renew today to keep your subscription working.',
      },
    ],
    ['the state in the explanations, when no status line says it', {today: '2021-04-01'}, 'expiryState', undefined],
    [
      'lapsed: a red status line',
      {today: '2021-04-11'},
      'status',
      {
        tone: 'lapsed',
        text: 'Your subscription stopped on April 1, 2021, 10 days ago. Renewing today starts a new year: valid until April 11, 2022.',
      },
    ],
    ['lapsed', {today: '2021-04-11'}, 'newExpiryWhy', 'If you renew today, your subscription will be valid until April 11, 2022.'],
    [
      'lapsed: the steps name the gap',
      {today: '2021-04-11'},
      'steps',
      [
        {kind: 'lapse', date: 'April 1, 2021', text: 'Your subscription stopped'},
        {kind: 'gap', text: 'Not covered: 10 days'},
        {kind: 'today', date: 'April 11, 2021', text: 'Today: you renew'},
        {kind: 'paid', text: 'One paid year'},
        {kind: 'new-end', date: 'April 11, 2022', text: 'New expiry date: auto-renewal charges again, then every year'},
      ],
    ],
    [
      'expiring today: no time already paid',
      {today: '2021-04-01'},
      'steps',
      [
        {kind: 'today', date: 'April 1, 2021', text: 'Today: you renew'},
        {kind: 'current-end', date: 'April 1, 2021', text: 'Your current subscription ends; the paid year begins'},
        {kind: 'paid', text: 'One paid year'},
        {kind: 'new-end', date: 'April 1, 2022', text: 'New expiry date: auto-renewal charges again, then every year'},
      ],
    ],
    [
      '29 February',
      {currentExpiry: '2024-02-29', today: '2024-01-01'},
      'leapDayNote',
      'February 29, 2024 is a leap day, and the next year has none, so the renewed year ends on February 28, 2025.',
    ],
    [
      'renewed on 29 February after lapsing',
      {currentExpiry: '2024-01-31', today: '2024-02-29'},
      'leapDayNote',
      'February 29, 2024 is a leap day, and the next year has none, so the renewed year ends on February 28, 2025.',
    ],
    [
      'a decrease: one warning, with the numbers',
      {currentPacks: 4},
      'packsWarning',
      'You have 4 packs and need 3 packs: renewing with fewer is a decrease. You can lower the number of packs only once, during the migration.',
    ],
    ['a decrease: the summary says it too', {currentPacks: 4}, 'instruction', 'Select 3 packs, down from 4'],
    ['no warning for an increase', {currentPacks: 2}, 'packsWarning', undefined],
    ['no warning for the same count', {currentPacks: 3}, 'instruction', 'Select 3 packs'],
  ];
  for (const [label, patch, key, text] of cases) {
    it(label, () => {
      const input = {...base, ...patch};
      const said = resultMessages(calculateRenewal(input), {...settings, today: input.today}) as unknown as Record<string, unknown>;
      expect(said[key]).toEqual(text);
    });
  }

  it('warns about packs that look like a count of computers in two sentences, with the numbers', () => {
    const said = resultMessages(calculateRenewal({...base, computers: 10, currentPacks: 10}), settings);
    expect(said.packsWarning).toBe(
      'That looks like a count of computers: 10 packs cover up to 50 computers. For 10 computers, select 2 packs.',
    );
    expect(said.instruction).toBe('Select 2 packs, not 10');
  });

  it('keeps each notice to two sentences', () => {
    for (const currentPacks of [4, 11]) {
      const said = resultMessages(calculateRenewal({...base, currentPacks}), settings);
      expect(said.packsWarning?.split(/(?<=\.) /)).toHaveLength(2);
    }
  });
});

describe('the summary and promptMessage', () => {
  it('says the result in one line, price included', () => {
    expect(resultMessages(calculateRenewal({...base, pricePerPack: 19.99}), {...settings, pricePerPack: 19.99}).summary).toBe(
      'Select 3 packs. Pay $59.97 today, for one year. Valid until April 1, 2022 after renewing; next charge on April 1, 2022.',
    );
  });
  it('prompts to fix the fields, or to fill the form', () => {
    expect(promptMessage(true)).toBe('Correct the highlighted fields to see your renewal.');
    expect(promptMessage(false)).toMatch(/^Enter the number of computers and the expiry date/);
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
