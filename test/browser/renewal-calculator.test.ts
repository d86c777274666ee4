import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {RenewalCalculatorElement, RenewalChangeEvent} from '../../src/index.js';
import '../../src/define.js';
import {activeLocale} from '../../src/localization/active-locale.js';
import {calculator, has, input, pinned, typeInto} from './calculator-helpers.js';
import {expectNoLies, inShadow, part, textOf, typeKeys} from './helpers.js';

describe('<pa-renewal-calculator>', () => {
  describe('accessibility', () => {
    it('passes axe when empty', async () => {
      await expect(await calculator()).to.be.accessible();
    });

    it('passes axe with a result, a price, a notice and a link', async () => {
      const element = await calculator({
        ...pinned,
        computers: '11',
        'current-packs': '4',
        'price-per-pack': '19.99',
        'renew-url': 'https://example.com/renew',
      });
      expect(has(element, 'notice'), 'notice').to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      const element = await calculator({...pinned, computers: 'abc', expiry: '2021-02-30', 'current-packs': '0'});
      expect(element.shadowRoot!.querySelectorAll('[part="error"]')).to.have.length(3);
      await expect(element).to.be.accessible();
    });

    it('passes axe in the lapsed state', async () => {
      const element = await calculator({computers: '7', expiry: '2021-04-01', today: '2021-04-11'});
      await expect(element).to.be.accessible();
    });

    it('labels every field visibly and ties hints and errors to it', async () => {
      const element = await calculator({...pinned, computers: '1.5'});
      for (const id of ['computers', 'currentPacks', 'currentExpiry']) {
        const label = inShadow(element, `label[for="${id}"]`);
        expect(textOf(label)).not.to.equal('');
        expect(label.getBoundingClientRect().height).to.be.greaterThan(0);
      }
      const computers = input(element, 'computers');
      expect(computers.getAttribute('inputmode')).to.equal('numeric');
      expect(computers.getAttribute('aria-invalid')).to.equal('true');
      expect(computers.getAttribute('aria-describedby')).to.equal('computers-hint computers-error');
      expect(input(element, 'currentExpiry').type).to.equal('date');
      expect(input(element, 'currentExpiry').getAttribute('aria-invalid')).to.equal('false');
    });

    it("sets the heading level, falling back to the page's (2 on a page without headings)", async () => {
      for (const [level, expected] of [
        ['2', '2'],
        ['6', '6'],
        ['1', '2'],
        ['7', '2'],
        ['x', '2'],
      ] as const) {
        const element = await calculator({'heading-level': level});
        expect(inShadow(element, '[part="heading"]').getAttribute('aria-level'), level).to.equal(expected);
      }
    });

    it('has a polite live region from the first render that announces the result', async () => {
      const element = await calculator();
      const status = inShadow(element, '[role="status"]');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(textOf(status)).to.equal('');
      element.setAttribute('computers', '11');
      element.setAttribute('expiry', '2021-04-01');
      element.setAttribute('today', '2021-01-15');
      await waitUntil(() => textOf(status) !== '', 'the result is announced');
      expect(textOf(status)).to.equal('Select 3 packs. Valid until April 1, 2022 after renewing; next charge on April 1, 2022.');
    });
  });

  describe('definition', () => {
    it('is defined and constructible', async () => {
      expect(customElements.get('pa-renewal-calculator')).to.equal(RenewalCalculatorElement);
      expect(document.createElement('pa-renewal-calculator')).to.be.instanceOf(RenewalCalculatorElement);
      expect(new RenewalCalculatorElement().result).to.equal(null);
    });
  });

  describe('typing', () => {
    it('turns 10 typed computers into 2 packs and 11 into 3', async () => {
      const element = await calculator({expiry: '2021-04-01', today: '2021-01-15'});
      expect(has(element, 'prompt'), 'prompt').to.equal(true);
      await typeInto(element, 'computers', '10');
      expect(part(element, 'packs')?.dataset.value).to.equal('2');
      await typeInto(element, 'computers', '11');
      expect(part(element, 'packs')?.dataset.value).to.equal('3');
      expect(part(element, 'seats')?.dataset.value).to.equal('15');
    });

    it('reads a date picked in the date field', async () => {
      const element = await calculator({computers: '10', today: '2021-01-15'});
      const date = input(element, 'currentExpiry');
      // What a date picker does: set the value, then fire input.
      date.value = '2021-04-01';
      date.dispatchEvent(new Event('input', {bubbles: true}));
      await element.updateComplete;
      expect(part(element, 'new-expiry')?.dataset.value).to.equal('2022-04-01');
    });

    it('reads a date typed into the date field', async function () {
      // WebKitGTK's segmented date field takes no digits from its WebDriver.
      if (/AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent)) this.skip();
      const element = await calculator({computers: '10', today: '2021-01-15'});
      input(element, 'currentExpiry').focus();
      // The date field takes the digits in the order of its en-US mask, mm/dd/yyyy.
      await typeKeys('04012021');
      await element.updateComplete;
      expect(part(element, 'new-expiry')?.dataset.value).to.equal('2022-04-01');
    });

    it('accepts grouped thousands', async () => {
      const element = await calculator(pinned);
      await typeInto(element, 'computers', '1,000');
      expect(part(element, 'packs')?.dataset.value).to.equal('200');
    });

    it('fires pa-renewal-change with the result, then null and the invalid fields', async () => {
      const element = await calculator(pinned);
      const field = input(element, 'computers');
      field.value = '11';
      setTimeout(() => field.dispatchEvent(new Event('input', {bubbles: true})));
      const valid = (await oneEvent(element, 'pa-renewal-change')) as RenewalChangeEvent;
      expect(valid).to.be.instanceOf(RenewalChangeEvent);
      expect(valid.bubbles && valid.composed).to.equal(true);
      expect(valid.detail?.packs).to.equal(3);
      expect(valid.invalidFields).to.deep.equal([]);

      field.value = '11x';
      setTimeout(() => field.dispatchEvent(new Event('input', {bubbles: true})));
      const invalid = (await oneEvent(element, 'pa-renewal-change')) as RenewalChangeEvent;
      expect(invalid.detail).to.equal(null);
      expect(invalid.invalidFields).to.deep.equal(['computers']);
      expect(element.result).to.equal(null);
    });

    it('fires no event for an empty form at start, and one for a preset form', async () => {
      let fired = 0;
      const count = () => fired++;
      document.addEventListener('pa-renewal-change', count);
      try {
        await calculator();
        expect(fired).to.equal(0);
        await calculator({...pinned, computers: '11'});
        expect(fired).to.equal(1);
      } finally {
        document.removeEventListener('pa-renewal-change', count);
      }
    });

    it('does not fire when a render changes nothing', async () => {
      const element = await calculator({...pinned, computers: '11'});
      let fired = 0;
      element.addEventListener('pa-renewal-change', () => fired++);
      element.setAttribute('heading-level', '4');
      element.requestUpdate();
      await element.updateComplete;
      expect(fired).to.equal(0);
      element.setAttribute('computers', '12');
      await element.updateComplete;
      expect(fired).to.equal(1);
    });
  });

  it('can be focused while its language loads, before it has a shadow root', async () => {
    const element = document.createElement('pa-renewal-calculator');
    // A language other than the page's current one: the first render waits for it.
    element.lang = activeLocale() === 'ja' ? 'it' : 'ja';
    document.body.append(element);
    expect(element.shadowRoot, 'no shadow root yet').to.equal(null);
    expect(() => element.focus()).not.to.throw();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal(element.lang);
    element.remove();
  });

  it('takes numbers set as properties, as React 19 sets them', async () => {
    const element = await calculator({today: '2021-01-15'});
    Object.assign(element, {computers: 11, currentPacks: 4, expiry: '2021-04-01', packSize: 5, pricePerPack: 19.99, headingLevel: 4});
    await element.updateComplete;
    expect(element.result).to.deep.include({packs: 3, annualPrice: 59.97, decrease: true});
    expect(input(element, 'computers').value).to.equal('11');
    expect(inShadow(element, '[part="heading"]').getAttribute('aria-level')).to.equal('4');
    expectNoLies(element);
  });

  it('recalculates when an attribute changes after the visitor typed', async () => {
    const element = await calculator(pinned);
    await typeInto(element, 'computers', '4');
    expect(part(element, 'packs')?.dataset.value).to.equal('1');
    element.setAttribute('computers', '26');
    await element.updateComplete;
    expect(input(element, 'computers').value).to.equal('26');
    expect(part(element, 'packs')?.dataset.value).to.equal('6');
  });
});
