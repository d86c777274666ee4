import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {daysBetween} from '../../src/core/calendar-arithmetic.js';
import {RenewalInputError} from '../../src/core/errors.js';
import {calculateRenewal, type RenewalInput} from '../../src/core/renewal.js';

const calendarDate = fc
  .date({min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(9997, 11, 31)), noInvalidDate: true})
  .map((d) => d.toISOString().slice(0, 10));

const validInput = fc.record({
  computers: fc.integer({min: 1, max: 1_000_000}),
  packSize: fc.integer({min: 1, max: 1000}),
  currentExpiry: calendarDate,
  today: calendarDate,
  currentPacks: fc.option(fc.integer({min: 1, max: 1_000_000}), {nil: undefined}),
  pricePerPack: fc.option(
    fc.integer({min: 0, max: 100_000_000}).map((cents) => cents / 100),
    {nil: undefined},
  ),
});

const finite = (value: unknown) => typeof value !== 'number' || Number.isFinite(value);

describe('calculateRenewal properties', () => {
  it('buys just enough packs', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const {packs, seats, spareSeats} = calculateRenewal(input);
        expect(seats).toBeGreaterThanOrEqual(input.computers);
        expect((packs - 1) * input.packSize).toBeLessThan(input.computers);
        expect(spareSeats).toBeGreaterThanOrEqual(0);
        expect(spareSeats).toBeLessThan(input.packSize);
      }),
    );
  });

  it('adds one calendar year, keeping the month and day except 29 February', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const {newExpiry, nextChargeDate, lapsed, daysUntilExpiry} = calculateRenewal(input);
        const from = lapsed ? input.today : input.currentExpiry;
        expect(newExpiry > input.currentExpiry).toBe(true);
        expect(daysBetween(from, newExpiry)).toBeGreaterThanOrEqual(365);
        expect(daysBetween(from, newExpiry)).toBeLessThanOrEqual(366);
        expect(Number(newExpiry.slice(0, 4))).toBe(Number(from.slice(0, 4)) + 1);
        expect(newExpiry.slice(5)).toBe(from.endsWith('-02-29') ? '02-28' : from.slice(5));
        expect(nextChargeDate).toBe(newExpiry);
        expect(lapsed).toBe(input.currentExpiry < input.today);
        expect(Math.sign(daysUntilExpiry)).toBe(Math.sign(input.currentExpiry.localeCompare(input.today)));
      }),
    );
  });

  it('prices exactly to the cent', () => {
    fc.assert(
      fc.property(validInput, fc.integer({min: 0, max: 100_000_000}), (input, cents) => {
        const {packs, annualPrice} = calculateRenewal({...input, pricePerPack: cents / 100});
        expect(annualPrice).toBe((packs * cents) / 100);
        expect(Number(annualPrice!.toFixed(2))).toBe(annualPrice);
      }),
    );
  });

  it('never returns NaN or Infinity, and names the field of any error', () => {
    const anything = fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(undefined), calendarDate);
    fc.assert(
      fc.property(
        fc.record({computers: anything, currentExpiry: anything, today: anything, packSize: anything, currentPacks: anything}),
        (input) => {
          try {
            const result = calculateRenewal(input as unknown as RenewalInput);
            expect(Object.values(result).every(finite)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(RenewalInputError);
            expect((error as RenewalInputError).field).toMatch(/\w/);
            expect((error as RenewalInputError).code).toMatch(/\w/);
          }
        },
      ),
    );
  });
});
