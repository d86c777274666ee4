import {afterAll, describe, expect, it} from 'vitest';
import {addOneDay, daysBetween} from '../../src/core/calendar-arithmetic.js';
import {calculateRenewal} from '../../src/core/renewal.js';
import {EDGE_DATES} from './edge-dates.js';

// The whole suite runs in five zones (npm run test:unit); this proves the
// date table in every zone the runtime knows, in one process. Node applies a
// new process.env.TZ at once, and Vitest runs each test file in a process of
// its own, so the zone can be switched here without touching other files.
const zones = Intl.supportedValuesOf('timeZone');
const startZone = process.env.TZ;

/** Whether local time in this process is `zone`'s now: the check that makes a switch that did not happen fail. */
function isLocalZone(zone: string): boolean {
  const instants = [Date.UTC(2011, 11, 29, 11), Date.UTC(2021, 6, 15, 12, 30)];
  return instants.every((instant) => new Date(instant).toLocaleString('en') === new Date(instant).toLocaleString('en', {timeZone: zone}));
}

/** What the core says about every edge date, as one comparable value. */
function edgeDateOutcomes() {
  return EDGE_DATES.map(([, currentExpiry, today]) => {
    try {
      const {newExpiry, nextChargeDate, daysUntilExpiry, lapsed} = calculateRenewal({computers: 10, currentExpiry, today});
      return [newExpiry, nextChargeDate, daysUntilExpiry, lapsed, addOneDay(currentExpiry), daysBetween(today, currentExpiry)];
    } catch (error) {
      return [String(error)];
    }
  });
}

const expected = EDGE_DATES.map(([, currentExpiry, , newExpiry, days, lapsed]) => [
  newExpiry,
  newExpiry,
  days,
  lapsed,
  addOneDayByHand(currentExpiry),
  days,
]);

/** The next day, counted by hand on UTC, independent of the core. */
function addOneDayByHand(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

describe('the edge dates in every time zone', () => {
  afterAll(() => {
    if (startZone === undefined) delete process.env.TZ;
    else process.env.TZ = startZone;
  });

  it(`gives the same results in all ${zones.length} zones`, () => {
    expect(zones.length).toBeGreaterThan(300);
    const wrong: string[] = [];
    for (const zone of zones) {
      process.env.TZ = zone;
      expect(isLocalZone(zone), `local time follows ${zone}`).toBe(true);
      const outcomes = edgeDateOutcomes();
      outcomes.forEach((outcome, index) => {
        if (JSON.stringify(outcome) !== JSON.stringify(expected[index])) {
          wrong.push(`${zone}: ${EDGE_DATES[index]![0]}: ${JSON.stringify(outcome)}`);
        }
      });
    }
    expect(wrong).toEqual([]);
  });
});
