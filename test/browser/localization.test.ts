import {expect} from '@open-wc/testing';
import {formatCalendarDate} from '../../src/core/format.js';
import {activeLocale} from '../../src/localization/active-locale.js';
import '../../src/define.js';
import {
  calculatorOf,
  downloadedReminder,
  expectNoLies,
  faqOf,
  inLocale,
  inShadow,
  mount,
  part,
  settled,
  textOf,
  typeKeys,
} from './helpers.js';

const TARGETS = ['de', 'fr', 'es', 'it', 'ja', 'zh-Hans', 'pt-BR', 'ar'];
const filled = {computers: '11', expiry: '2021-04-01', today: '2021-01-15'};

// Intl's long date, with the 1st of a month as French and Brazilian Portuguese write it ("1er avril").
const longDate = (date: string, locale: string) => formatCalendarDate(date, locale);

describe('localization', () => {
  let english: Record<string, string>;

  before(async () => {
    document.documentElement.lang = 'en';
    const widget = await mount('pa-migration-help', filled);
    await inLocale(widget, 'en');
    english = {
      question: textOf(inShadow(faqOf(widget), '#pa-faq-higher-price')),
      label: textOf(inShadow(calculatorOf(widget), 'label[for="computers"]')),
      packs: textOf(part(calculatorOf(widget), 'packs')),
    };
  });

  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  for (const locale of TARGETS) {
    it(`speaks ${locale}: translated FAQ and labels, ${locale} dates, no English, axe clean`, async () => {
      const widget = await mount('pa-migration-help', {...filled, lang: locale});
      await inLocale(widget, locale);
      const faq = faqOf(widget);
      const calculator = calculatorOf(widget);
      expect(textOf(inShadow(faq, '#pa-faq-higher-price'))).not.to.equal(english.question);
      expect(textOf(inShadow(calculator, 'label[for="computers"]'))).not.to.equal(english.label);
      expect(textOf(part(calculator, 'packs'))).not.to.equal(english.packs);
      expect(textOf(part(calculator, 'new-expiry'))).to.contain(longDate('2022-04-01', locale));
      expect(textOf(part(calculator, 'days-left'))).to.contain(longDate('2021-04-01', locale));
      expect(inShadow(calculator, '[part="base"]').getAttribute('lang')).to.equal(locale);
      expectNoLies(widget);
      await expect(widget).to.be.accessible();
    });
  }

  it('lays Arabic out right to left, mirrored', async () => {
    const widget = await mount('pa-migration-help', {...filled, lang: 'ar'}, '1000px');
    await inLocale(widget, 'ar');
    for (const element of [faqOf(widget), calculatorOf(widget)]) {
      expect(inShadow(element, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    }
    const faqBox = faqOf(widget).getBoundingClientRect();
    const calculatorBox = calculatorOf(widget).getBoundingClientRect();
    expect(faqBox.left).to.be.greaterThan(calculatorBox.right - 1);
    // The input is narrower than its field: right to left, it starts at the right edge.
    const input = inShadow(calculatorOf(widget), '#computers').getBoundingClientRect();
    const form = inShadow(calculatorOf(widget), '[part="form"]').getBoundingClientRect();
    expect(form.right - input.right).to.be.lessThan(1);
    expect(input.left - form.left).to.be.greaterThan(10);
    // The timeline's line runs down the right side.
    const step = inShadow(calculatorOf(widget), '[part="timeline"] li');
    expect(Number.parseFloat(getComputedStyle(step).paddingRight)).to.be.greaterThan(10);
    expect(Number.parseFloat(getComputedStyle(step).paddingLeft)).to.equal(0);
  });

  it('follows <html lang> when it changes', async () => {
    const widget = await mount('pa-migration-help', filled);
    await inLocale(widget, 'en');
    document.documentElement.lang = 'de';
    await inLocale(widget, 'de');
    expect(textOf(inShadow(faqOf(widget), '[part="toggle-all"]'))).not.to.equal('Expand all');
    document.documentElement.lang = 'ja';
    await inLocale(widget, 'ja');
    document.documentElement.lang = 'en';
    await inLocale(widget, 'en');
    expect(textOf(inShadow(faqOf(widget), '[part="toggle-all"]'))).to.equal('Expand all');
  });

  it('ends in the last language asked for when a change is undone before its translation loads', async () => {
    const widget = await mount('pa-migration-help', filled);
    await inLocale(widget, 'en');
    document.documentElement.lang = 'de';
    await new Promise((resolve) => setTimeout(resolve));
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 500));
    await settled(widget);
    expect(activeLocale()).to.equal('en');
    expect(textOf(inShadow(faqOf(widget), '[part="toggle-all"]'))).to.equal('Expand all');
  });

  it('goes back to the page language when the widget that set another one leaves', async () => {
    document.documentElement.lang = 'de';
    const widget = await mount('pa-migration-help', filled);
    await inLocale(widget, 'de');
    const french = await mount('pa-renewal-calculator', {lang: 'fr'});
    await inLocale(widget, 'fr');
    french.remove();
    await inLocale(widget, 'de');
    document.documentElement.lang = 'it';
    await inLocale(widget, 'it');
  });

  const resolution: Array<[label: string, html: string, wrapper: string | null, own: string | null, expected: string]> = [
    ['its own lang first', 'fr', 'es', 'de', 'de'],
    ['then the nearest ancestor', 'fr', 'es', null, 'es'],
    ['then <html lang>', 'fr', null, null, 'fr'],
    ['a region falls back to its language', 'en', null, 'de-AT', 'de'],
    ['pt gets pt-BR', 'en', null, 'pt', 'pt-BR'],
    ['zh-CN gets zh-Hans', 'en', null, 'zh-CN', 'zh-Hans'],
    ['an unknown language gets English', 'fr', null, 'ko', 'en'],
    ['a malformed lang is skipped', 'fr', null, 'de_DE!', 'fr'],
  ];
  for (const [label, htmlLang, wrapperLang, ownLang, expected] of resolution) {
    it(`chooses the locale: ${label}`, async () => {
      document.documentElement.lang = htmlLang;
      const wrapper = document.createElement('div');
      if (wrapperLang) wrapper.lang = wrapperLang;
      document.body.append(wrapper);
      const widget = document.createElement('pa-migration-help');
      if (ownLang) widget.setAttribute('lang', ownLang);
      wrapper.append(widget);
      try {
        await inLocale(widget, expected);
        expect(activeLocale()).to.equal(expected);
      } finally {
        wrapper.remove();
      }
    });
  }

  it('reads typed numbers the German way', async () => {
    const widget = await mount('pa-migration-help', {expiry: '2021-04-01', today: '2021-01-15', lang: 'de'});
    await inLocale(widget, 'de');
    const field = inShadow<HTMLInputElement>(calculatorOf(widget), '#computers');
    field.focus();
    await typeKeys('1.000');
    await settled(widget);
    expect(calculatorOf(widget).result!.packs).to.equal(200);
    expect(textOf(part(calculatorOf(widget), 'packs'))).to.contain('200');
  });

  for (const locale of ['de', 'ja']) {
    it(`writes the calendar reminder in ${locale}`, async () => {
      const widget = await mount('pa-migration-help', {...filled, lang: locale});
      await inLocale(widget, locale);
      const {text} = await downloadedReminder(calculatorOf(widget));
      expect(text).to.contain('DTSTART;VALUE=DATE:20220401');
      const summary = /^SUMMARY:(.*)$/m.exec(text)![1]!;
      expect(summary).to.contain('Parallels Access for Business');
      expect(summary).not.to.contain('auto-renewal charge');
      expect(text).to.contain(longDate('2022-04-01', locale).replace(/,/g, '\\,'));
    });
  }

  it('writes the price in the locale', async () => {
    const widget = await mount('pa-migration-help', {...filled, lang: 'de', 'price-per-pack': '19.99', currency: 'EUR'});
    await inLocale(widget, 'de');
    const expected = new Intl.NumberFormat('de', {style: 'currency', currency: 'EUR'}).format(59.97);
    expect(textOf(part(calculatorOf(widget), 'price'))).to.contain(expected.replace(/\s+/g, ' '));
  });
});
