import {describe, expect, it} from 'vitest';
import {parseCalendarDate} from '../../src/core/calendar-date.js';
import {formatCalendarDate, formatMoney} from '../../src/core/format.js';
import {minorDigits, parseCurrency} from '../../src/core/money.js';
import {MAX_COUNT, parseDecimal, parseWholeNumber} from '../../src/core/numbers.js';
import {safeLinkUrl} from '../../src/core/safe-url.js';

const computers = {min: 1, max: MAX_COUNT};

describe('parseWholeNumber', () => {
  const accepted: Array<[text: string, value: number]> = [
    ['11', 11],
    [' 11 ', 11],
    ['1,000', 1000],
    ['1,000,000', 1_000_000],
    ['10.0', 10],
    ['10.', 10],
    ['+7', 7],
    ['007', 7],
  ];
  for (const [text, value] of accepted) {
    it(`reads ${JSON.stringify(text)} as ${value}`, () => {
      expect(parseWholeNumber(text, 'computers', computers)).toBe(value);
    });
  }

  const rejected: Array<[text: string, code: string]> = [
    ['', 'missing'],
    ['   ', 'missing'],
    ['0', 'out-of-range'],
    ['-1', 'out-of-range'],
    ['1,000,001', 'out-of-range'],
    // Too many digits for a number, yet plainly a whole number: too large, not "not a number".
    ['9'.repeat(400), 'out-of-range'],
    ['99999999999999999999', 'out-of-range'],
    ['-' + '9'.repeat(400), 'out-of-range'],
    ['1e21', 'not-a-whole-number'],
    ['1.5', 'not-a-whole-number'],
    ['0x10', 'not-a-whole-number'],
    ['Infinity', 'not-a-whole-number'],
    ['NaN', 'not-a-whole-number'],
    ['12abc', 'not-a-whole-number'],
    ['1,00', 'not-a-whole-number'],
    ['10,0000', 'not-a-whole-number'],
    ['1 0', 'not-a-whole-number'],
    ['"><img src=x onerror=alert(1)>', 'not-a-whole-number'],
    ['99999999999999999999999', 'out-of-range'],
  ];
  for (const [text, code] of rejected) {
    it(`rejects ${JSON.stringify(text)} as ${code}`, () => {
      expect(() => parseWholeNumber(text, 'computers', computers)).toThrow(expect.objectContaining({field: 'computers', code}));
    });
  }
});

describe("parseWholeNumber in the reader's locale", () => {
  const cases: Array<[locale: string, text: string, value: number | string]> = [
    ['en', '1,000', 1000],
    ['en', '1.000', 'not-a-whole-number'],
    ['en', '1 000', 'not-a-whole-number'],
    ['de', '1.000', 1000],
    ['de', '1.000.000', 1_000_000],
    ['de', '10,0', 10],
    ['de', '1,5', 'not-a-whole-number'],
    ['de', '1,000', 'not-a-whole-number'],
    ['fr', '1 000', 1000],
    ['fr', '1\u202f000', 1000],
    ['fr', '1\u00a0000', 1000],
    ['fr', '1.000', 'not-a-whole-number'],
    ['es', '1.000', 1000],
    ['it', '12.000', 12_000],
    ['pt-BR', '1.000', 1000],
    ['ja', '1,000', 1000],
    ['ja', '１２', 12],
    // What a Japanese or Chinese input method types: full-width comma and full stop.
    ['ja', '１，０００', 1000],
    ['ja', '1，000', 1000],
    ['zh-Hans', '１０．０', 10],
    ['ja', '１．５', 'not-a-whole-number'],
    ['de', '１．０００', 1000],
    ['de', '１０，０', 10],
    ['ja', '１、０００', 'not-a-whole-number'],
    ['ja', '１，０００.０００', 'not-a-whole-number'],
    ['ja', '１，０００,０００', 'not-a-whole-number'],
    ['zh-Hans', '12', 12],
    ['ar', '١٢', 12],
    ['ar', '١٬٠٠٠', 1000],
    // The Arabic comma, typed for the thousands separator on an Arabic keyboard.
    ['ar', '١،٠٠٠', 1000],
    ['en', '١،٠٠٠', 1000],
    ['en', '١٬٠٠٠', 1000],
    ['ar', '١٫٠', 1],
    ['ar', '١؛٠٠٠', 'not-a-whole-number'],
    ['de', '١٠،٠', 10],
    ['ar', '١٢٫٥', 'not-a-whole-number'],
    ['en', '١٢', 12],
    ['en', '۱۲', 12],
    ['en', '\u22121', 'out-of-range'],
    ['not a locale!', '1,000', 1000],
  ];
  for (const [locale, text, expected] of cases) {
    it(`${locale}: ${JSON.stringify(text)} -> ${expected}`, () => {
      const read = () => parseWholeNumber(text, 'computers', computers, locale);
      if (typeof expected === 'number') expect(read()).toBe(expected);
      else expect(read).toThrow(expect.objectContaining({code: expected}));
    });
  }
});

describe('parseDecimal', () => {
  it('reads machine decimals', () => {
    expect(parseDecimal('19.99', 'pricePerPack')).toBe(19.99);
    expect(parseDecimal(' 0 ', 'pricePerPack')).toBe(0);
  });
  for (const text of ['19,99', '-1', '1e3', 'Infinity', '$5', '.5', '']) {
    it(`rejects ${JSON.stringify(text)}`, () => {
      expect(() => parseDecimal(text, 'pricePerPack')).toThrow(expect.objectContaining({field: 'pricePerPack'}));
    });
  }
});

describe('parseCalendarDate', () => {
  it('accepts a real date, trimmed', () => {
    expect(parseCalendarDate(' 2024-02-29 ', 'currentExpiry')).toBe('2024-02-29');
  });
  const rejected: Array<[text: unknown, code: string]> = [
    ['2021-02-30', 'invalid-date'],
    ['2021-13-01', 'invalid-date'],
    ['2021-4-1', 'invalid-date'],
    ['2021/04/01', 'invalid-date'],
    ['01.04.2021', 'invalid-date'],
    ['+02021-04-01', 'invalid-date'],
    ['', 'missing'],
    [undefined, 'missing'],
    [20210401, 'missing'],
    ['1999-12-31', 'out-of-range'],
    ['9999-01-01', 'out-of-range'],
  ];
  for (const [text, code] of rejected) {
    it(`rejects ${JSON.stringify(text)} as ${code}`, () => {
      expect(() => parseCalendarDate(text, 'currentExpiry')).toThrow(expect.objectContaining({code}));
    });
  }
});

describe('parseCurrency and minorDigits', () => {
  it('knows the minor unit of each currency', () => {
    expect(['USD', 'EUR', 'JPY', 'KWD'].map(minorDigits)).toEqual([2, 2, 0, 3]);
  });
  it('accepts known codes in any case', () => {
    expect(parseCurrency('jpy')).toBe('JPY');
  });
  for (const code of ['US$', 'DOLLARS', 'XYZ', '', 'U S', null]) {
    it(`rejects ${JSON.stringify(code)}`, () => {
      expect(() => parseCurrency(code)).toThrow(expect.objectContaining({field: 'currency', code: 'invalid-currency'}));
    });
  }
});

describe('formatCalendarDate', () => {
  it('writes the date given, whatever the time zone', () => {
    expect(formatCalendarDate('2022-04-01', 'en')).toBe('April 1, 2022');
    expect(formatCalendarDate('2025-02-28', 'en')).toBe('February 28, 2025');
    expect(formatCalendarDate('2022-04-01', 'de')).toBe('1. April 2022');
  });

  // French and Brazilian Portuguese write the 1st of a month as an ordinal, which Intl does not.
  const firsts: Array<[date: string, locale: string, style: 'long' | 'medium', text: string]> = [
    ['2022-04-01', 'fr', 'long', '1er avril 2022'],
    ['2022-04-02', 'fr', 'long', '2 avril 2022'],
    ['2022-04-11', 'fr', 'long', '11 avril 2022'],
    ['2022-04-21', 'fr', 'long', '21 avril 2022'],
    ['2022-04-01', 'fr', 'medium', '1er avr. 2022'],
    ['2022-04-11', 'fr', 'medium', '11 avr. 2022'],
    ['2022-01-01', 'fr-CA', 'long', '1er janvier 2022'],
    ['2022-04-01', 'pt-BR', 'long', '1º de abril de 2022'],
    ['2022-05-01', 'pt-BR', 'long', '1º de maio de 2022'],
    ['2022-04-10', 'pt-BR', 'long', '10 de abril de 2022'],
    ['2022-04-21', 'pt-BR', 'long', '21 de abril de 2022'],
    ['2022-04-01', 'pt-BR', 'medium', '1º de abr. de 2022'],
    ['2022-04-01', 'pt', 'long', '1º de abril de 2022'],
    ['2022-04-01', 'pt-PT', 'long', '1 de abril de 2022'],
    ['2022-04-01', 'es', 'long', '1 de abril de 2022'],
    ['2022-04-01', 'it', 'long', '1 aprile 2022'],
    ['2022-04-01', 'en', 'long', 'April 1, 2022'],
    ['2022-04-01', 'ja', 'long', '2022年4月1日'],
  ];
  for (const [date, locale, style, text] of firsts) {
    it(`writes ${date} in ${locale} (${style}) as ${text}`, () => {
      expect(formatCalendarDate(date, locale, style)).toBe(text);
    });
  }
});

describe('formatMoney', () => {
  it('writes the currency the locale way', () => {
    expect(formatMoney(59.97, 'USD', 'en')).toBe('$59.97');
    expect(formatMoney(4500, 'JPY', 'en')).toBe('¥4,500');
  });
});

describe('safeLinkUrl', () => {
  const cases: Array<[url: unknown, safe: string | undefined]> = [
    ['https://www.parallels.com/renew', 'https://www.parallels.com/renew'],
    ['  https://example.com/a?b=c  ', 'https://example.com/a?b=c'],
    ['/account/renew', '/account/renew'],
    ['renew.html', 'renew.html'],
    ['?step=2', '?step=2'],
    ['#renew', '#renew'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['\u0001javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['http://example.com/', undefined],
    ['mailto:sales@example.com', undefined],
    ['https://', undefined],
    // Relative in form, another origin in fact: protocol-relative, and the
    // backslashes the URL parser reads as slashes.
    ['//evil.example/x', undefined],
    [' //evil.example/x', undefined],
    ['\\\\evil.example/x', undefined],
    ['/\\evil.example/x', undefined],
    ['\\/evil.example/x', undefined],
    ['/\t/evil.example/x', undefined],
    ['../../renew', '../../renew'],
    ['./renew?x=//evil.example', './renew?x=//evil.example'],
    ['', undefined],
    [undefined, undefined],
    [42, undefined],
  ];
  for (const [url, safe] of cases) {
    it(`${JSON.stringify(url)} -> ${JSON.stringify(safe)}`, () => {
      expect(safeLinkUrl(url)).toBe(safe);
    });
  }
});
