import {describe, expect, it} from 'vitest';
import {type SettingsHolder, settingProblems} from '../../src/internal/setting-problems.js';

const problems = (holder: SettingsHolder, attributes: Record<string, string>, currency?: string) =>
  settingProblems(holder, Object.entries(attributes), currency).map(({attribute, message}) => `${attribute}: ${message}`);

describe('settingProblems', () => {
  it('finds nothing in what the widget reads as meant', () => {
    expect(
      problems('help', {
        lang: 'de-AT',
        'price-per-pack': '99.99',
        currency: 'eur',
        'renew-url': 'https://my.parallels.com/renew',
        id: 'x',
        class: 'y',
      }),
    ).toEqual([]);
    expect(problems('placeholder', {'data-pa-migration-help': '', 'data-price-per-pack': '9', 'data-lang': 'ja', class: 'faq'})).toEqual(
      [],
    );
    expect(problems('settings', {lang: 'pt', 'price-per-pack': '1000', currency: 'JPY', 'pack-size': '10'})).toEqual([]);
    expect(problems('calculator', {'renew-url': '/renew?plan=5'})).toEqual([]);
  });

  it.each([
    ['placeholder', {'data-price': '99.99'}, 'data-price: the widget takes no data-price: did you mean data-price-per-pack?'],
    ['help', {'price-per-pak': '99.99'}, 'price-per-pak: the widget takes no price-per-pak: did you mean price-per-pack?'],
    ['faq', {computers: '10'}, 'computers: the widget takes no computers.'],
    ['settings', {computers: '10'}, "computers: computers is a customer's value, not a site setting: put it on the widget, if anywhere."],
    [
      'help',
      {'renew-url': 'my.parallels.com/renew'},
      'renew-url: renew-url: "my.parallels.com/renew" links to a page of this site; for that domain write https://my.parallels.com/renew.',
    ],
    [
      'help',
      {'renew-url': 'http://my.parallels.com'},
      'renew-url: renew-url: "http://my.parallels.com" is neither an https: link nor a link on this site: no Renew link is shown.',
    ],
    ['help', {'price-per-pack': '99,99'}, 'price-per-pack: price-per-pack: write the price with a point, not a comma: 99.99.'],
    [
      'help',
      {'price-per-pack': '$99.99'},
      'price-per-pack: price-per-pack: write the number alone (99.99): the currency goes in currency="…".',
    ],
    [
      'help',
      {'price-per-pack': '99.99', currency: 'JPY'},
      'price-per-pack: price-per-pack: JPY has no cents: 99.99 cannot be shown; write a whole number.',
    ],
    ['help', {currency: 'US$'}, 'currency: currency: "US$" is not a currency code (write USD, EUR, JPY, …).'],
    [
      'help',
      {lang: 'german'},
      'lang: lang: the widget does not speak "german" and shows English. It speaks en, de, fr, es, it, ja, zh-Hans, pt-BR, ar.',
    ],
    [
      'help',
      {lang: 'ko'},
      'lang: lang: the widget does not speak "ko" and shows English. It speaks en, de, fr, es, it, ja, zh-Hans, pt-BR, ar.',
    ],
    ['help', {lang: '!!'}, 'lang: lang: "!!" is not a language tag (write de, fr, pt-BR, …).'],
    ['help', {'pack-size': 'five'}, 'pack-size: pack-size: "five" is not a whole number from 1 to 1,000,000.'],
    ['help', {today: '2026-02-30'}, 'today: today: "2026-02-30" is not a date written YYYY-MM-DD (2027-04-01).'],
    ['help', {'heading-level': '7'}, 'heading-level: heading-level: "7" is not a heading level from 2 to 6.'],
  ] as const)('%s %j: %s', (holder, attributes, expected) => {
    expect(problems(holder, attributes)).toEqual([expected]);
  });

  it("judges a price by the site's currency where the attributes name none", () => {
    expect(problems('placeholder', {'data-price-per-pack': '99.99'}, 'JPY')).toHaveLength(1);
    expect(problems('placeholder', {'data-price-per-pack': '99.99', 'data-currency': 'EUR'}, 'JPY')).toEqual([]);
  });
});
