import {afterEach, describe, expect, it, vi} from 'vitest';
import {joinSentences} from '../../src/localization/sentences.js';

let locale = 'en';
vi.mock('../../src/localization/active-locale.js', () => ({activeLocale: () => locale}));

describe('joinSentences', () => {
  afterEach(() => {
    locale = 'en';
  });

  const cases: Array<[locale: string, parts: string[], text: string]> = [
    ['en', ['Select 3 packs.', '$59.97 a year.'], 'Select 3 packs. $59.97 a year.'],
    ['de', ['Wählen Sie 3 Pakete aus.', 'Gültig bis 1. April 2022.'], 'Wählen Sie 3 Pakete aus. Gültig bis 1. April 2022.'],
    ['ar', ['اختر 3 حزم.', 'سنويًا.'], 'اختر 3 حزم. سنويًا.'],
    ['ja', ['3パックを選択してください。', '年額は$59.97です。'], '3パックを選択してください。年額は$59.97です。'],
    ['zh-Hans', ['请选择 3 个许可证包。', '每年 $59.97。'], '请选择 3 个许可证包。每年 $59.97。'],
    ['zh-TW', ['甲。', '乙。'], '甲。乙。'],
    ['en', ['One.', '', 'Two.'], 'One. Two.'],
    ['ja', ['', '一。', ''], '一。'],
    ['en', [], ''],
    ['en', ['', ''], ''],
  ];
  for (const [language, parts, text] of cases) {
    it(`joins ${JSON.stringify(parts)} in ${language}`, () => {
      locale = language;
      expect(joinSentences(parts)).toBe(text);
    });
  }

  it('does not change the parts it is given', () => {
    const parts = Object.freeze(['One.', '', 'Two.']);
    joinSentences(parts);
    expect(parts).toEqual(['One.', '', 'Two.']);
  });
});
