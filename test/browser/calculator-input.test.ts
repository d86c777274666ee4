import {expect} from '@open-wc/testing';
import type {RenewalCalculatorElement} from '../../src/index.js';
import '../../src/define.js';
import {calculator, errorOf, has, input, pinned, typeInto} from './calculator-helpers.js';
import {captureWarnings, expectNoLies, part, textOf} from './helpers.js';

describe('<pa-renewal-calculator>', () => {
  describe('bad input never shows a wrong number', () => {
    const typed: Array<[text: string, message: string]> = [
      ['', 'Enter the number of remote computers.'],
      ['   ', 'Enter the number of remote computers.'],
      ['-1', 'Enter a whole number of computers, 1 or more.'],
      ['0', 'Enter a whole number of computers, 1 or more.'],
      ['1.5', 'Enter a whole number of computers, 1 or more.'],
      ['1e21', 'Enter a whole number of computers, 1 or more.'],
      ['0x10', 'Enter a whole number of computers, 1 or more.'],
      ['Infinity', 'Enter a whole number of computers, 1 or more.'],
      ['12abc', 'Enter a whole number of computers, 1 or more.'],
      ['1000001', 'Enter at most 1,000,000 computers.'],
      ['"><img src=x onerror=alert(1)>', 'Enter a whole number of computers, 1 or more.'],
    ];
    for (const [text, message] of typed) {
      it(`typed computers ${JSON.stringify(text)}: "${message}"`, async () => {
        const element = await calculator({...pinned, computers: '11'});
        await typeInto(element, 'computers', text);
        input(element, 'computers').blur();
        await element.updateComplete;
        expect(errorOf(element, 'computers')).to.equal(message);
        expect(input(element, 'computers').getAttribute('aria-invalid')).to.equal('true');
        expect(has(element, 'results'), 'results').to.equal(false);
        expect(element.result).to.equal(null);
        expect(element.shadowRoot!.querySelectorAll('img').length).to.equal(0);
        expectNoLies(element);
      });
    }

    const digits: Array<[text: string, packs: string]> = [
      ['１２', '3'],
      ['١٢', '3'],
      ['۱۲', '3'],
    ];
    for (const [text, packs] of digits) {
      it(`reads typed ${text} as a number`, async () => {
        const element = await calculator(pinned);
        const field = input(element, 'computers');
        field.value = text;
        field.dispatchEvent(new Event('input', {bubbles: true}));
        await element.updateComplete;
        expect(part(element, 'packs')?.dataset.value).to.equal(packs);
      });
    }

    const attributes: Array<[name: string, value: string, field: string, message: string]> = [
      ['computers', 'abc', 'computers', 'Enter a whole number of computers, 1 or more.'],
      ['current-packs', '0', 'currentPacks', 'Enter a whole number of packs, 1 or more, or leave this empty.'],
      ['current-packs', '2.5', 'currentPacks', 'Enter a whole number of packs, 1 or more, or leave this empty.'],
      ['expiry', '2021-02-30', 'currentExpiry', 'Enter a valid date.'],
      ['expiry', '2021-13-01', 'currentExpiry', 'Enter a valid date.'],
      ['expiry', '2021-4-1', 'currentExpiry', 'Enter a valid date.'],
      ['expiry', '0000-01-01', 'currentExpiry', 'Enter a date from January 1, 2000 to December 31, 9997.'],
      ['expiry', '9998-01-01', 'currentExpiry', 'Enter a date from January 1, 2000 to December 31, 9997.'],
    ];
    for (const [name, value, field, message] of attributes) {
      it(`${name}="${value}" shows "${message}"`, async () => {
        const element = await calculator({...pinned, computers: '11', [name]: value});
        expect(errorOf(element, field)).to.equal(message);
        expect(has(element, 'results'), 'results').to.equal(false);
        expect(textOf(part(element, 'prompt'))).to.equal('Correct the highlighted fields to see your renewal.');
        expectNoLies(element);
      });
    }

    // What the field shows is what the calculation reads: a date field cannot
    // show spaces, and shows nothing for a date it cannot hold.
    const presets: Array<[name: string, value: string, field: string]> = [
      ['expiry', ' 2021-04-01 ', 'currentExpiry'],
      ['expiry', '\t2024-02-29\n', 'currentExpiry'],
      ['expiry', '2021-4-1', 'currentExpiry'],
      ['expiry', '2021-04-01T00:00', 'currentExpiry'],
      ['computers', ' 11 ', 'computers'],
      ['current-packs', ' 4 ', 'currentPacks'],
    ];
    for (const [name, value, field] of presets) {
      it(`${name}=${JSON.stringify(value)} shows in the field what the result reads, or is refused in both`, async () => {
        const element = await calculator({...pinned, computers: '11', [name]: value});
        const shown = input(element, field).value;
        if (element.result === null) {
          expect(errorOf(element, field), 'error').not.to.equal('');
        } else {
          const read = {
            currentExpiry: element.result.currentExpiry,
            computers: String(element.result.computers),
            currentPacks: String(element.result.currentPacks),
          }[field];
          expect(shown).to.equal(read);
        }
      });
    }

    const settings: Array<[name: string, value: string, check: (element: RenewalCalculatorElement) => void]> = [
      ['pack-size', '0', (element) => expect(element.result?.packs).to.equal(3)],
      ['pack-size', 'abc', (element) => expect(element.result?.packs).to.equal(3)],
      ['currency', 'US$', (element) => expect(has(element, 'price'), 'price').to.equal(false)],
      ['currency', 'XYZ', (element) => expect(has(element, 'price'), 'price').to.equal(false)],
      ['price-per-pack', '19,99', (element) => expect(has(element, 'price'), 'price').to.equal(false)],
      ['price-per-pack', '-5', (element) => expect(has(element, 'price'), 'price').to.equal(false)],
      ['price-per-pack', '19.999', (element) => expect(has(element, 'price'), 'price').to.equal(false)],
      ['today', 'yesterday', (element) => expect(element.result).not.to.equal(null)],
    ];
    for (const [name, value, check] of settings) {
      it(`${name}="${value}" falls back with one console warning`, async () => {
        let element!: RenewalCalculatorElement;
        const warnings = await captureWarnings(async () => {
          element = await calculator({...pinned, computers: '11', 'price-per-pack': '19.99', [name]: value});
          element.requestUpdate();
          await element.updateComplete;
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`${name}="${value}"`);
        check(element);
        expectNoLies(element);
      });
    }
  });

  describe('renew-url', () => {
    const safe = ['https://example.com/renew?plan=business', '/account/renew', 'renew.html'];
    for (const url of safe) {
      it(`links ${url}`, async () => {
        const element = await calculator({...pinned, computers: '11', 'renew-url': url});
        const link = part(element, 'renew-link') as HTMLAnchorElement;
        expect(link.getAttribute('href')).to.equal(url);
        expect(textOf(link)).to.equal('Renew: select 3 packs');
        expect(link.previousElementSibling?.getAttribute('part'), 'right after the summary').to.equal('summary');
      });
    }

    const unsafe = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://example.com',
    ];
    for (const url of unsafe) {
      it(`renders no link for ${JSON.stringify(url)} and warns once`, async () => {
        let element!: RenewalCalculatorElement;
        const warnings = await captureWarnings(async () => {
          element = await calculator({...pinned, computers: '11', 'renew-url': url});
          element.requestUpdate();
          await element.updateComplete;
        });
        expect(has(element, 'renew-link'), 'renew-link').to.equal(false);
        expect(warnings).to.have.length(1);
      });
    }

    it('offers no link before there is a result to renew with', async () => {
      const element = await calculator({'renew-url': '/renew'});
      expect(has(element, 'renew-link'), 'renew-link').to.equal(false);
    });

    it('keeps markup in the URL as text: a relative href, no element', async () => {
      const element = await calculator({...pinned, computers: '11', 'renew-url': '"><img src=x onerror=alert(1)>'});
      expect(element.shadowRoot!.querySelectorAll('img').length).to.equal(0);
      expect(part(element, 'renew-link')?.getAttribute('href')).to.equal('"><img src=x onerror=alert(1)>');
    });
  });
});
