import {describe, expect, it} from 'vitest';
import {directionOf, matchLocale} from '../../src/localization/match-locale.js';

const SHIPPED = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh-Hans', 'pt-BR', 'ar', 'en-XA'];

describe('matchLocale', () => {
  const cases: Array<[tag: string, expected: string | undefined]> = [
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['DE-de', 'de'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['it-IT', 'it'],
    ['ja-JP', 'ja'],
    ['pt-BR', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'en'],
    ['zh-Hant', 'en'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['ar-SA', 'ar'],
    ['en-XA', 'en-XA'],
    ['ko', 'en'],
    ['x-klingon', undefined],
    ['', undefined],
    ['   ', undefined],
    ['not a tag', undefined],
    ['de_DE', undefined],
    ['"><img src=x>', undefined],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} -> ${expected}`, () => {
      expect(matchLocale(tag, SHIPPED)).toBe(expected);
    });
  }
});

describe('directionOf', () => {
  it('is rtl for Arabic and ltr for the rest', () => {
    expect(SHIPPED.filter((locale) => directionOf(locale) === 'rtl')).toEqual(['ar']);
    expect(directionOf('he-IL')).toBe('rtl');
  });
});
