// The date field typed by keyboard, as a customer does: Chromium's date field
// reports intermediate values while its parts are typed ("0020-02-29", then ""
// while the year is half typed), and writing those back into the field wiped
// what was being typed. 29 February is the date the rules treat specially.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import {calculator, input} from './calculator-helpers.js';
import {textOf, typeKeys} from './helpers.js';

describe('<pa-renewal-calculator> date typed by keyboard', () => {
  before(function () {
    // Firefox and WebKit fire input only with a whole date; their fields were never wiped.
    if (!/Chrome/.test(navigator.userAgent)) this.skip();
  });

  for (const year of ['2000', '2024', '2028']) {
    it(`keeps 29 February ${year} as typed, month first`, async () => {
      const element = await calculator({computers: '11', today: '2024-01-15'});
      const field = input(element, 'currentExpiry');
      field.focus();
      await typeKeys(`0229${year}`);
      await sendKeys({press: 'Tab'});
      await element.updateComplete;
      expect(field.value).to.equal(`${year}-02-29`);
      expect(element.result?.packs).to.equal(3);
      expect(textOf(element.shadowRoot!.querySelector('#currentExpiry-error'))).to.equal('');
    });
  }
});
