import {describe, expect, it} from 'vitest';
import {RenewalInputError} from '../../src/core/errors.js';
import {calculateRenewal, type RenewalInput} from '../../src/core/renewal.js';
import {isRenewalResult} from '../../src/core/renewal-result.js';
import {EDGE_DATES} from './edge-dates.js';

const base = {computers: 10, currentExpiry: '2021-04-01', today: '2021-01-15'} satisfies RenewalInput;

describe('calculateRenewal', () => {
  it('runs in the time zone this run was started for', () => {
    // Compare local time with the named zone's (ICU may report an alias such as Asia/Calcutta).
    const instants = [Date.UTC(2021, 0, 15, 12, 30), Date.UTC(2021, 6, 15, 12, 30)];
    for (const instant of instants) {
      expect(new Date(instant).toLocaleString('en')).toBe(new Date(instant).toLocaleString('en', {timeZone: process.env.TZ ?? 'UTC'}));
    }
  });

  describe('packs of five computers', () => {
    const cases: Array<[computers: number, packs: number, seats: number, spare: number]> = [
      [1, 1, 5, 4],
      [4, 1, 5, 1],
      [5, 1, 5, 0],
      [6, 2, 10, 4],
      [10, 2, 10, 0],
      [11, 3, 15, 4],
      [999_999, 200_000, 1_000_000, 1],
      [1_000_000, 200_000, 1_000_000, 0],
    ];
    for (const [computers, packs, seats, spare] of cases) {
      it(`${computers} computers need ${packs} packs covering ${seats} (${spare} spare)`, () => {
        const result = calculateRenewal({...base, computers});
        expect([result.packs, result.seats, result.spareSeats]).toEqual([packs, seats, spare]);
      });
    }

    it('uses another pack size when given', () => {
      expect(calculateRenewal({...base, computers: 11, packSize: 10})).toMatchObject({packs: 2, seats: 20, spareSeats: 9});
      expect(calculateRenewal({...base, computers: 3, packSize: 1})).toMatchObject({packs: 3, seats: 3, spareSeats: 0});
    });
  });

  describe('dates', () => {
    for (const [label, currentExpiry, today, newExpiry, days, lapsed] of EDGE_DATES) {
      it(label, () => {
        const result = calculateRenewal({...base, currentExpiry, today});
        expect(result).toMatchObject({newExpiry, nextChargeDate: newExpiry, daysUntilExpiry: days, lapsed});
      });
    }

    it('charges next on the new expiry date', () => {
      const result = calculateRenewal(base);
      expect(result.nextChargeDate).toBe('2022-04-01');
      expect(result.nextChargeDate).toBe(result.newExpiry);
    });
  });

  describe('decrease and packs that look like computers', () => {
    const cases: Array<[computers: number, currentPacks: number | undefined, decrease: boolean, lookLikeComputers: boolean]> = [
      [11, 4, true, false],
      [11, 3, false, false],
      [11, 2, false, false],
      [11, undefined, false, false],
      [10, 10, true, true],
      [5, 5, true, true],
      [3, 3, true, true],
      [1, 1, false, false],
    ];
    for (const [computers, currentPacks, decrease, lookLikeComputers] of cases) {
      it(`${computers} computers with ${currentPacks ?? 'no'} current packs`, () => {
        const result = calculateRenewal({...base, computers, currentPacks});
        expect(result.decrease).toBe(decrease);
        expect(result.currentPacksLookLikeComputers).toBe(lookLikeComputers);
      });
    }
  });

  it('sees no computer count in the packs when one pack covers one computer', () => {
    const result = calculateRenewal({...base, computers: 10, currentPacks: 10, packSize: 1});
    expect(result).toMatchObject({packs: 10, decrease: false, currentPacksLookLikeComputers: false});
  });

  describe('price', () => {
    const cases: Array<[packs: number, pricePerPack: number, currency: string | undefined, annualPrice: number]> = [
      [3, 19.99, undefined, 59.97],
      [3, 19.99, 'EUR', 59.97],
      [7, 0.1, 'USD', 0.7],
      [2, 0, 'USD', 0],
      [3, 1500, 'JPY', 4500],
      [3, 1.234, 'KWD', 3.702],
      [200_000, 999_999.99, 'USD', 199_999_998_000],
    ];
    for (const [packs, pricePerPack, currency, annualPrice] of cases) {
      it(`${packs} x ${pricePerPack} ${currency ?? 'USD'} = ${annualPrice}`, () => {
        const result = calculateRenewal({...base, computers: packs * 5, pricePerPack, currency});
        expect(result.annualPrice).toBe(annualPrice);
      });
    }

    it('leaves the price out when none is given', () => {
      expect(calculateRenewal(base)).not.toHaveProperty('annualPrice');
    });

    it('normalises the currency code', () => {
      expect(calculateRenewal({...base, currency: ' eur '}).currency).toBe('EUR');
      expect(calculateRenewal(base).currency).toBe('USD');
    });
  });

  describe('rejects input that would give a wrong number', () => {
    const cases: Array<[label: string, input: Record<string, unknown>, field: string, code: string]> = [
      ['0 computers', {computers: 0}, 'computers', 'out-of-range'],
      ['-1 computers', {computers: -1}, 'computers', 'out-of-range'],
      ['1.5 computers', {computers: 1.5}, 'computers', 'not-a-whole-number'],
      ['NaN computers', {computers: Number.NaN}, 'computers', 'not-a-whole-number'],
      ['Infinity computers', {computers: Infinity}, 'computers', 'not-a-whole-number'],
      ['computers as text', {computers: '10'}, 'computers', 'not-a-whole-number'],
      ['missing computers', {computers: undefined}, 'computers', 'missing'],
      ['too many computers', {computers: 1_000_001}, 'computers', 'out-of-range'],
      ['pack size 0', {packSize: 0}, 'packSize', 'out-of-range'],
      ['pack size 2.5', {packSize: 2.5}, 'packSize', 'not-a-whole-number'],
      ['current packs 0', {currentPacks: 0}, 'currentPacks', 'out-of-range'],
      ['current packs NaN', {currentPacks: Number.NaN}, 'currentPacks', 'not-a-whole-number'],
      ['30 February', {currentExpiry: '2021-02-30'}, 'currentExpiry', 'invalid-date'],
      ['29 February of a common year', {currentExpiry: '2023-02-29'}, 'currentExpiry', 'invalid-date'],
      ['month 13', {currentExpiry: '2021-13-01'}, 'currentExpiry', 'invalid-date'],
      ['day 0', {currentExpiry: '2021-04-00'}, 'currentExpiry', 'invalid-date'],
      ['no zero padding', {currentExpiry: '2021-4-1'}, 'currentExpiry', 'invalid-date'],
      ['a timestamp', {currentExpiry: '2021-04-01T00:00:00Z'}, 'currentExpiry', 'invalid-date'],
      ['empty date', {currentExpiry: ''}, 'currentExpiry', 'missing'],
      ['year 0000', {currentExpiry: '0000-01-01'}, 'currentExpiry', 'out-of-range'],
      ['year 9998', {currentExpiry: '9998-01-01'}, 'currentExpiry', 'out-of-range'],
      ['bad today', {today: '2021-02-29'}, 'today', 'invalid-date'],
      ['negative price', {pricePerPack: -1}, 'pricePerPack', 'out-of-range'],
      ['NaN price', {pricePerPack: Number.NaN}, 'pricePerPack', 'not-a-number'],
      ['infinite price', {pricePerPack: Infinity}, 'pricePerPack', 'not-a-number'],
      ['price finer than a cent', {pricePerPack: 19.999}, 'pricePerPack', 'too-many-decimals'],
      ['yen with decimals', {pricePerPack: 1500.5, currency: 'JPY'}, 'pricePerPack', 'too-many-decimals'],
      ['US$', {currency: 'US$'}, 'currency', 'invalid-currency'],
      ['unknown code', {currency: 'XYZ'}, 'currency', 'invalid-currency'],
      ['empty currency', {currency: ''}, 'currency', 'invalid-currency'],
    ];
    for (const [label, patch, field, code] of cases) {
      it(label, () => {
        const call = () => calculateRenewal({...base, ...patch} as RenewalInput);
        expect(call).toThrow(RenewalInputError);
        expect(call).toThrow(expect.objectContaining({field, code}));
      });
    }
  });

  it('does not mutate its input', () => {
    const input = {...base, currentPacks: 4, pricePerPack: 19.99};
    const copy = structuredClone(input);
    calculateRenewal(input);
    expect(input).toEqual(copy);
  });
});

describe('isRenewalResult', () => {
  const result = calculateRenewal({...base, currentPacks: 4});
  it('accepts a result of calculateRenewal', () => expect(isRenewalResult(result)).toBe(true));
  const others: Array<[label: string, value: unknown]> = [
    ['null', null],
    ['a string', '2021-04-01'],
    ['a boolean', true],
    ['an empty object', {}],
    ['NaN computers', {...result, computers: Number.NaN}],
    ['0 packs', {...result, packs: 0}],
    ['current packs as text', {...result, currentPacks: '4'}],
    ['a Date for the expiry', {...result, newExpiry: new Date()}],
    ['a timestamp for the expiry', {...result, currentExpiry: '2021-04-01T00:00'}],
  ];
  for (const [label, value] of others) {
    it(`refuses ${label}`, () => expect(isRenewalResult(value)).toBe(false));
  }
});
