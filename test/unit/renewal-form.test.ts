import {describe, expect, it} from 'vitest';
import {evaluateRenewalForm} from '../../src/core/renewal-form.js';
import {resolveRenewalSettings, type RenewalSettings} from '../../src/core/renewal-settings.js';

const settings: RenewalSettings = {packSize: 5, currency: 'USD', today: '2021-01-15'};
const now = new Date(2021, 0, 15, 23, 59);

describe('resolveRenewalSettings', () => {
  it('uses the defaults and the local date when nothing is configured', () => {
    expect(resolveRenewalSettings({}, now)).toEqual({settings, warnings: []});
  });

  it('takes today from the local calendar, not from UTC', () => {
    // Half past eleven at night is already tomorrow in UTC west of Greenwich,
    // and half past midnight is still yesterday east of it.
    expect(resolveRenewalSettings({}, new Date(2021, 2, 31, 23, 30)).settings.today).toBe('2021-03-31');
    expect(resolveRenewalSettings({}, new Date(2021, 3, 1, 0, 30)).settings.today).toBe('2021-04-01');
  });

  it('reads valid attribute text', () => {
    const {settings: read, warnings} = resolveRenewalSettings(
      {packSize: '10', pricePerPack: '19.99', currency: 'eur', today: '2022-06-01'},
      now,
    );
    expect(read).toEqual({packSize: 10, pricePerPack: 19.99, currency: 'EUR', today: '2022-06-01'});
    expect(warnings).toEqual([]);
  });

  const fallbacks: Array<[label: string, text: Record<string, string>, expected: Partial<RenewalSettings>, warned: string[]]> = [
    ['pack size 0 falls back to 5', {packSize: '0'}, {packSize: 5}, ['packSize:out-of-range']],
    ['pack size abc falls back to 5', {packSize: 'abc'}, {packSize: 5}, ['packSize:not-a-whole-number']],
    [
      'unknown currency falls back to USD and drops the price',
      {currency: 'US$', pricePerPack: '10'},
      {currency: 'USD', pricePerPack: undefined},
      ['currency:invalid-currency'],
    ],
    ['price with a comma is dropped', {pricePerPack: '19,99'}, {pricePerPack: undefined}, ['pricePerPack:not-a-number']],
    ['price finer than the minor unit is dropped', {pricePerPack: '19.999'}, {pricePerPack: undefined}, ['pricePerPack:too-many-decimals']],
    [
      'yen with decimals is dropped',
      {pricePerPack: '1500.5', currency: 'JPY'},
      {pricePerPack: undefined, currency: 'JPY'},
      ['pricePerPack:too-many-decimals'],
    ],
    ['an invalid today falls back to the clock', {today: '2021-02-30'}, {today: '2021-01-15'}, ['today:invalid-date']],
    ['script in an attribute is only text', {packSize: '"><img src=x onerror=alert(1)>'}, {packSize: 5}, ['packSize:not-a-whole-number']],
  ];
  for (const [label, text, expected, warned] of fallbacks) {
    it(label, () => {
      const {settings: read, warnings} = resolveRenewalSettings(text, now);
      expect(read).toEqual({...settings, ...expected});
      expect(warnings.map((w) => `${w.field}:${w.code}`)).toEqual(warned);
    });
  }
});

describe('evaluateRenewalForm', () => {
  it('gives a result for valid fields', () => {
    const {result, errors} = evaluateRenewalForm({computers: '11', currentPacks: '', currentExpiry: '2021-04-01'}, settings);
    expect(errors).toEqual({});
    expect(result).toMatchObject({packs: 3, seats: 15, spareSeats: 4, newExpiry: '2022-04-01', decrease: false});
  });

  it('passes the price and current packs on', () => {
    const {result} = evaluateRenewalForm(
      {computers: '11', currentPacks: '4', currentExpiry: '2021-04-01'},
      {...settings, pricePerPack: 19.99},
    );
    expect(result).toMatchObject({annualPrice: 59.97, decrease: true});
  });

  it('reports every field that needs fixing at once, and no result', () => {
    const {result, errors} = evaluateRenewalForm({computers: '1.5', currentPacks: '0', currentExpiry: '2021-02-30'}, settings);
    expect(result).toBeNull();
    expect(Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, error.code]))).toEqual({
      computers: 'not-a-whole-number',
      currentPacks: 'out-of-range',
      currentExpiry: 'invalid-date',
    });
  });

  it('reports empty required fields as missing', () => {
    const {errors} = evaluateRenewalForm({computers: '', currentPacks: '', currentExpiry: ''}, settings);
    expect(Object.keys(errors).sort()).toEqual(['computers', 'currentExpiry']);
    expect(errors.computers?.code).toBe('missing');
  });
});
