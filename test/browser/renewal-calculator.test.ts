import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {RenewalCalculatorElement, RenewalChangeEvent} from '../../src/index.js';
import {calendarDateOf} from '../../src/core/calendar-date.js';
import '../../src/define.js';
import {calculator, has, input, pinned, typeInto} from './calculator-helpers.js';
import {downloadedReminder, expectNoLies, inShadow, part, textOf, typeKeys} from './helpers.js';

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

  describe('results', () => {
    it("shows the article's example with every result and its machine value", async () => {
      const element = await calculator({...pinned, computers: '11', 'price-per-pack': '19.99'});
      const expected: Array<[string, string, string]> = [
        ['packs', '3', 'For 11 computers you need 3 packs of 5. On the renewal screen, select 3: it counts packs, not computers.'],
        ['seats', '15', 'Room for up to 15 computers, 4 of them spare.'],
        ['price', '59.97', '3 packs × $19.99 = $59.97 a year.'],
        [
          'days-left',
          '76',
          'Valid until April 1, 2021: 76 days left. Auto-renewal is off: unless you renew, it stops working on that date.',
        ],
        [
          'new-expiry',
          '2022-04-01',
          'The paid year is added after April 1, 2021, so renewing early loses nothing: valid until April 1, 2022.',
        ],
        ['next-charge', '2022-04-01', 'Renewing turns auto-renewal back on: the next charge is on April 1, 2022, then every year.'],
      ];
      for (const [name, value, sentence] of expected) {
        const result = part(element, name);
        expect(result?.dataset.value, name).to.equal(value);
        expect(textOf(result?.querySelector('dd')), name).to.equal(sentence);
      }
      expect(element.result).to.deep.include({packs: 3, seats: 15, spareSeats: 4, annualPrice: 59.97, newExpiry: '2022-04-01'});
      expectNoLies(element);
    });

    it('shows no price without a price-per-pack', async () => {
      const element = await calculator({...pinned, computers: '10'});
      expect(part(element, 'packs')?.dataset.value).to.equal('2');
      expect(has(element, 'price'), 'price').to.equal(false);
    });

    it('writes prices with the currency’s own minor digits', async () => {
      const yen = await calculator({...pinned, computers: '11', 'price-per-pack': '1500', currency: 'JPY'});
      expect(part(yen, 'price')?.dataset.value).to.equal('4500');
      expect(textOf(part(yen, 'price'))).to.contain('¥4,500');
      const dinar = await calculator({...pinned, computers: '5', 'price-per-pack': '1.5', currency: 'kwd'});
      expect(part(dinar, 'price')?.dataset.value).to.equal('1.500');
    });

    it('says plainly when the subscription expires today', async () => {
      const element = await calculator({computers: '5', expiry: '2021-04-01', today: '2021-04-01'});
      expect(part(element, 'days-left')?.dataset.value).to.equal('0');
      expect(textOf(part(element, 'days-left'))).to.contain('Expires today, April 1, 2021.');
      expect(textOf(part(element, 'seats'))).to.contain('Room for exactly 5 computers.');
      expect(textOf(part(element, 'packs'))).to.contain('For 5 computers you need 1 pack of 5.');
    });

    it('says a lapsed subscription stopped working and renews from today', async () => {
      const element = await calculator({computers: '1', expiry: '2021-03-31', today: '2021-04-01'});
      expect(textOf(part(element, 'days-left'))).to.contain('Stopped working on March 31, 2021, 1 day ago.');
      expect(textOf(part(element, 'packs'))).to.contain('For 1 computer you need 1 pack of 5.');
      element.setAttribute('computers', '7');
      element.setAttribute('expiry', '2021-04-01');
      element.setAttribute('today', '2021-04-11');
      await element.updateComplete;
      expect(part(element, 'days-left')?.dataset.value).to.equal('-10');
      expect(textOf(part(element, 'days-left'))).to.contain('Stopped working on April 1, 2021, 10 days ago.');
      expect(part(element, 'new-expiry')?.dataset.value).to.equal('2022-04-11');
      expect(part(element, 'next-charge')?.dataset.value).to.equal('2022-04-11');
    });

    it('turns 29 February into 28 February and says why', async () => {
      const element = await calculator({computers: '11', expiry: '2024-02-29', today: '2023-06-01'});
      expect(part(element, 'new-expiry')?.dataset.value).to.equal('2025-02-28');
      expect(textOf(part(element, 'note'))).to.contain('28 February');
    });

    it('warns once that a decrease is possible only once', async () => {
      const element = await calculator({...pinned, computers: '11', 'current-packs': '4'});
      expect(textOf(part(element, 'notice'))).to.contain('fewer than the 4 packs you have now');
      expect(textOf(part(element, 'notice'))).to.contain('only once, during migration');
      element.setAttribute('current-packs', '3');
      await element.updateComplete;
      expect(has(element, 'notice'), 'notice').to.equal(false);
    });

    it('explains packs entered as a count of computers', async () => {
      const element = await calculator({...pinned, computers: '10', 'current-packs': '10'});
      const notice = textOf(part(element, 'notice'));
      expect(notice).to.contain('looks like a count of computers');
      expect(notice).to.contain('you need 2 packs');
    });

    it('offers the next charge as a calendar event with an alarm two weeks before', async () => {
      const element = await calculator({...pinned, computers: '11'});
      const {name, text} = await downloadedReminder(element);
      expect(name).to.equal('parallels-access-renewal-2022-04-01.ics');
      expect(text).to.contain('DTSTART;VALUE=DATE:20220401');
      expect(text).to.contain('TRIGGER:-P14D');
      expect(text).to.contain('SUMMARY:Parallels Access for Business: auto-renewal charge');
      expect(text).to.contain('April 1\\, 2022');
      expect(text).to.contain('DESCRIPTION:Auto-renewal charge in 14 days');
    });

    it("takes today from the visitor's local clock when not pinned", async () => {
      const element = await calculator({computers: '5', expiry: '2021-04-01'});
      const expected = calendarDateOf(new Date());
      expect(element.result?.lapsed).to.equal(true);
      expect(element.result?.newExpiry.slice(4)).to.equal(expected.slice(4));
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
