// A help center page may replace the global Date before our script runs (a
// fake clock, an analytics shim: `window.Date = class extends Date {}`). The
// calendar arithmetic must not notice, in any time zone.
import {afterEach, describe, expect, it, vi} from 'vitest';

const NativeDate = globalThis.Date;

afterEach(() => {
  globalThis.Date = NativeDate;
  vi.resetModules();
});

describe('with the global Date replaced by a subclass before the core loads', () => {
  it('reads, adds and counts calendar dates as with the real one', async () => {
    globalThis.Date = class extends NativeDate {} as DateConstructor;
    vi.resetModules();
    const dates = await import('../../src/core/calendar-date.js');
    const counting = await import('../../src/core/calendar-arithmetic.js');
    const {calculateRenewal} = await import('../../src/core/renewal.js');
    expect(dates.isCalendarDate('2024-02-29')).toBe(true);
    expect(dates.isCalendarDate('2023-02-29')).toBe(false);
    expect(dates.parseCalendarDate('2027-04-01', 'currentExpiry')).toBe('2027-04-01');
    expect(counting.addOneYear('2024-02-29')).toBe('2025-02-28');
    expect(counting.addOneDay('2024-12-31')).toBe('2025-01-01');
    expect(counting.daysBetween('2024-03-01', '2024-04-01')).toBe(31);
    const result = calculateRenewal({computers: 11, currentExpiry: '2024-02-29', today: '2023-06-01'});
    expect([result.packs, result.newExpiry, result.daysUntilExpiry]).toEqual([3, '2025-02-28', 273]);
  });
});
