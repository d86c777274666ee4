import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {RenewalCalculatorElement, RenewalChangeEvent} from '../../src/index.js';
import {calendarDateOf} from '../../src/core/calendar-date.js';
import '../../src/define.js';
import {captureWarnings, downloadedReminder, expectNoLies, inLocale, inShadow, loadFrame, mount, part, textOf, typeKeys} from './helpers.js';

const pinned = {today: '2021-01-15', expiry: '2021-04-01'};

const calculator = (attributes: Record<string, string> = {}) => mount('pa-renewal-calculator', attributes);

// Compare booleans, not nodes: a failing assertion on a DOM node stalls the test runner.
const has = (element: Element, name: string) => part(element, name) !== null;
const input = (element: Element, id: string) => inShadow<HTMLInputElement>(element, `#${id}`);
const errorOf = (element: Element, id: string) => textOf(element.shadowRoot!.querySelector(`#${id}-error`));

/** Types into a field with the real keyboard, replacing what it held. */
async function typeInto(element: RenewalCalculatorElement, id: string, text: string): Promise<void> {
  const field = input(element, id);
  field.focus();
  field.select();
  await sendKeys({press: 'Backspace'});
  await typeKeys(text);
  await element.updateComplete;
}

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
      for (const [level, expected] of [['2', '2'], ['6', '6'], ['1', '2'], ['7', '2'], ['x', '2']] as const) {
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
        ['days-left', '76', 'Valid until April 1, 2021: 76 days left. Auto-renewal is off: unless you renew, it stops working on that date.'],
        ['new-expiry', '2022-04-01', 'The paid year is added after April 1, 2021, so renewing early loses nothing: valid until April 1, 2022.'],
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
          const read = {currentExpiry: element.result.currentExpiry, computers: String(element.result.computers), currentPacks: String(element.result.currentPacks)}[field];
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
        const element = await calculator({'renew-url': url});
        const link = part(element, 'renew-link') as HTMLAnchorElement;
        expect(link.getAttribute('href')).to.equal(url);
        expect(textOf(link)).to.equal('Renew now');
      });
    }

    const unsafe = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://example.com'];
    for (const url of unsafe) {
      it(`renders no link for ${JSON.stringify(url)} and warns once`, async () => {
        let element!: RenewalCalculatorElement;
        const warnings = await captureWarnings(async () => {
          element = await calculator({'renew-url': url});
          element.requestUpdate();
          await element.updateComplete;
        });
        expect(has(element, 'renew-link'), 'renew-link').to.equal(false);
        expect(warnings).to.have.length(1);
      });
    }

    it('keeps markup in the URL as text: a relative href, no element', async () => {
      const element = await calculator({'renew-url': '"><img src=x onerror=alert(1)>'});
      expect(element.shadowRoot!.querySelectorAll('img').length).to.equal(0);
      expect(part(element, 'renew-link')?.getAttribute('href')).to.equal('"><img src=x onerror=alert(1)>');
    });
  });

  describe('timeline', () => {
    const mediumDate = (date: string) =>
      new Intl.DateTimeFormat('en', {dateStyle: 'medium', timeZone: 'UTC'}).format(new Date(`${date}T00:00:00Z`));
    /** The dates on the line drawn across (a wide container), from left to right, and the labels over it. */
    function timeline(element: Element) {
      const drawing = inShadow(element, '[part="timeline"]');
      const texts = [...drawing.querySelectorAll<SVGTextElement>('.across text')];
      const byX = (a: SVGTextElement, b: SVGTextElement) => a.getBoundingClientRect().left - b.getBoundingClientRect().left;
      return {
        marks: texts.filter((text) => !text.classList.contains('span-label')).sort(byX).map(textOf),
        spans: texts.filter((text) => text.classList.contains('span-label')).sort(byX).map(textOf),
        kinds: [...drawing.querySelectorAll('.across line:not(.tick)')].map((line) => line.getAttribute('class')),
        label: drawing.getAttribute('aria-label') ?? '',
        role: drawing.getAttribute('role'),
      };
    }

    it('draws today, the expiry, the paid year added after it, and the next two charges', async () => {
      const element = await calculator({...pinned, computers: '10'});
      const drawn = timeline(element);
      expect(drawn.marks).to.deep.equal(['Today', mediumDate('2021-04-01'), mediumDate('2022-04-01'), mediumDate('2023-04-01')]);
      expect(drawn.spans).to.deep.equal(['+1 year']);
      expect(drawn.kinds).to.deep.equal(['current', 'paid', 'next']);
    });

    it('shows the gap of a lapsed subscription, renewed from today', async () => {
      const element = await calculator({computers: '7', expiry: '2021-04-01', today: '2021-04-11'});
      const drawn = timeline(element);
      expect(drawn.marks).to.deep.equal([mediumDate('2021-04-01'), 'Today', mediumDate('2022-04-11'), mediumDate('2023-04-11')]);
      expect(drawn.spans).to.deep.equal(['Expired', '+1 year']);
      expect(drawn.kinds).to.deep.equal(['lapsed', 'paid', 'next']);
      await expect(element).to.be.accessible();
    });

    it('draws 29 February renewed to 28 February, today being the expiry', async () => {
      const element = await calculator({computers: '5', expiry: '2024-02-29', today: '2024-02-29'});
      const drawn = timeline(element);
      expect(drawn.marks).to.deep.equal(['Today', mediumDate('2025-02-28'), mediumDate('2026-02-28')]);
      expect(drawn.kinds).to.deep.equal(['paid', 'next']);
      await expect(element).to.be.accessible();
    });

    it('draws down, top to bottom, in a container too narrow for the dates side by side', async () => {
      const element = await mount('pa-renewal-calculator', {computers: '7', expiry: '2021-04-01', today: '2021-04-11'}, '250px');
      const drawing = inShadow(element, '[part="timeline"]');
      expect(getComputedStyle(inShadow(drawing, '.across')).display).to.equal('none');
      const byY = (a: SVGTextElement, b: SVGTextElement) => a.getBoundingClientRect().top - b.getBoundingClientRect().top;
      expect([...drawing.querySelectorAll<SVGTextElement>('.down text')].sort(byY).map(textOf)).to.deep.equal([
        mediumDate('2021-04-01'),
        'Expired',
        'Today',
        '+1 year',
        mediumDate('2022-04-11'),
        mediumDate('2023-04-11'),
      ]);
      expect([...drawing.querySelectorAll('.down line:not(.tick)')].map((line) => line.getAttribute('class'))).to.deep.equal(['lapsed', 'paid', 'next']);
      await expect(element).to.be.accessible();
    });

    it('is named briefly, not by the result sentences read beside it', async () => {
      const element = await calculator({...pinned, computers: '10'});
      const drawn = timeline(element);
      expect(drawn.role).to.equal('img');
      expect(drawn.label).to.equal('Renewal timeline');
      for (const name of ['days-left', 'new-expiry', 'next-charge']) {
        const sentences = textOf(part(element, name)?.querySelector('dd')).split(/(?<=[.:])\s+/);
        for (const sentence of sentences) expect(drawn.label, name).not.to.contain(sentence);
      }
      // Its drawings are not read: their dates are in the sentences.
      for (const drawing of inShadow(element, '[part="timeline"]').children) {
        expect(drawing.getAttribute('aria-hidden'), drawing.localName).to.equal('true');
      }
    });

    /**
     * The label's glyph cells on screen. Not getBoundingClientRect: Firefox
     * counts the halo's stroke and a taller line box in it, Chromium does not.
     */
    function glyphBox(label: SVGTextElement) {
      const {x, y, width, height} = label.getBBox();
      const {a, d, e, f} = label.getScreenCTM()!;
      const [left, right] = [e + a * x, e + a * (x + width)].sort((p, q) => p - q) as [number, number];
      return {left, right, top: f + d * y, bottom: f + d * (y + height)};
    }

    /**
     * Fails unless every drawn label is at least 12 px (0.75 em of the 16 px
     * host font) as rendered, after any scaling of the drawing, lies inside
     * the calculator, and overlaps no other label.
     */
    function expectReadableLabels(element: Element): void {
      const drawing = inShadow(element, '[part="timeline"]');
      // The layout that does not fit the container is not displayed: its labels have no box.
      const labels = [...drawing.querySelectorAll<SVGTextElement>('text')].filter((text) => text.getBoundingClientRect().width > 0);
      expect(labels.length).to.be.at.least(3);
      const base = inShadow(element, '[part="base"]').getBoundingClientRect();
      const boxes = labels.map((label) => {
        const size = Number.parseFloat(getComputedStyle(label).fontSize) * label.getScreenCTM()!.a;
        expect(size, `font size of "${textOf(label)}"`).to.be.at.least(12);
        const box = glyphBox(label);
        expect(box.left, `left of "${textOf(label)}"`).to.be.at.least(base.left);
        expect(box.right, `right of "${textOf(label)}"`).to.be.at.most(base.right);
        return {text: textOf(label), box};
      });
      for (const [index, a] of boxes.entries()) {
        for (const b of boxes.slice(index + 1)) {
          const apart =
            a.box.right <= b.box.left + 0.5 || b.box.right <= a.box.left + 0.5 || a.box.bottom <= b.box.top + 0.5 || b.box.bottom <= a.box.top + 0.5;
          expect(apart, `"${a.text}" and "${b.text}" overlap`).to.equal(true);
        }
      }
    }

    const STATES: Record<string, Record<string, string>> = {
      'months left': pinned,
      lapsed: {expiry: '2021-04-01', today: '2021-04-11'},
      'expiring today': {expiry: '2024-02-29', today: '2024-02-29'},
      'a day left': {expiry: '2021-01-16', today: '2021-01-15'},
    };
    for (const width of ['240px', '250px', '390px', '1000px']) {
      for (const [state, dates] of Object.entries(STATES)) {
        it(`keeps its labels at 12 px or more and apart in a ${width} column: ${state}`, async () => {
          const element = await mount('pa-renewal-calculator', {...dates, computers: '10'}, width);
          element.parentElement!.style.fontSize = '16px';
          expectReadableLabels(element);
        });
      }
    }

    for (const lang of ['de', 'fr', 'es', 'it', 'ja', 'zh-Hans', 'pt-BR', 'ar']) {
      it(`keeps its labels readable and apart in ${lang}, narrow and wide`, async () => {
        for (const width of ['240px', '390px', '1000px']) {
          const element = await mount('pa-renewal-calculator', {...STATES.lapsed!, computers: '10', lang}, width);
          element.parentElement!.style.fontSize = '16px';
          await inLocale(element, lang);
          expectReadableLabels(element);
          element.parentElement!.remove();
        }
      });
    }

    it('fills a narrow container and stays tall enough to read', async () => {
      const narrow = await mount('pa-renewal-calculator', {...pinned, computers: '10'}, '300px');
      const box = inShadow(narrow, '[part="timeline"]').getBoundingClientRect();
      expect(box.width).to.be.within(200, 300);
      expect(box.height).to.be.greaterThan(30);
    });
  });

  describe('shareable link', () => {
    let copied: string[];
    const startUrl = location.href;

    beforeEach(() => {
      copied = [];
    });
    afterEach(() => {
      // The stub is an own property of navigator: deleting it uncovers the browser's clipboard.
      delete (navigator as {clipboard?: unknown}).clipboard;
      history.replaceState(history.state, '', startUrl);
    });
    const stubClipboard = (writeText: (text: string) => Promise<void>) =>
      Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});

    it('puts the inputs into the URL hash, copies the URL, and says so', async () => {
      stubClipboard(async (text) => void copied.push(text));
      const element = await calculator({...pinned, computers: '10', 'current-packs': '2'});
      inShadow<HTMLButtonElement>(element, '[part="share-button"]').click();
      await waitUntil(() => copied.length === 1, 'a copied link');
      await element.updateComplete;
      expect(location.hash).to.equal('#pa-calc=computers:10;expiry:2021-04-01;packs:2');
      expect(copied[0]).to.equal(location.href);
      expect(textOf(part(element, 'share-status'))).to.equal('Link copied.');
      expect(part(element, 'share-status')?.getAttribute('role')).to.equal('status');
    });

    it('shows the link to copy by hand when the clipboard refuses', async () => {
      stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const element = await calculator({...pinned, computers: '10'});
      inShadow<HTMLButtonElement>(element, '[part="share-button"]').click();
      await waitUntil(() => element.shadowRoot!.querySelector('#share-url') !== null, 'the link field');
      const field = input(element, 'share-url');
      expect(field.value).to.equal(location.href);
      expect(field.value.endsWith('#pa-calc=computers:10;expiry:2021-04-01')).to.equal(true);
      expect(element.shadowRoot!.activeElement === field).to.equal(true);
      await expect(element).to.be.accessible();
    });

    // The new page loads the build (dist/browser), which npm test makes before this runs.
    it('restores the same result from the copied link in a new page', async () => {
      stubClipboard(async (text) => void copied.push(text));
      const element = await calculator({...pinned, computers: '23', 'current-packs': '6'});
      inShadow<HTMLButtonElement>(element, '[part="share-button"]').click();
      await waitUntil(() => copied.length === 1, 'a copied link');
      const frame = await loadFrame(`/test/fixtures/shared-link.html${new URL(copied[0]!).hash}`);
      const restored = () =>
        frame.contentDocument?.querySelector('pa-renewal-calculator') as (HTMLElement & {result: unknown}) | null | undefined;
      try {
        await waitUntil(() => restored()?.result, 'a restored result', {timeout: 8000});
        expect(JSON.stringify(restored()!.result)).to.equal(JSON.stringify(element.result));
        expect(restored()!.shadowRoot!.querySelector<HTMLInputElement>('#computers')!.value).to.equal('23');
      } finally {
        frame.remove();
      }
    });

    /** Sets the page URL's hash (a new history entry) and waits for the hashchange it fires. */
    async function followHash(hash: string): Promise<void> {
      const changed = oneEvent(window, 'hashchange');
      location.hash = hash;
      await changed;
    }

    it('fills the form when a link is followed on the same page, and ignores other hashes', async () => {
      const element = await calculator({today: '2021-01-15'});
      await followHash('#pa-calc=computers:11;expiry:2021-04-01');
      await element.updateComplete;
      expect(part(element, 'packs')?.dataset.value).to.equal('3');
      await followHash('#pa-faq-higher-price');
      await element.updateComplete;
      expect(input(element, 'computers').value).to.equal('11');
      expect(part(element, 'packs')?.dataset.value).to.equal('3');
    });

    it('drops the link from the URL on an edit, so that Back does not undo the edit', async () => {
      const element = await calculator({today: '2021-01-15'});
      await followHash('#pa-calc=computers:11;expiry:2021-04-01');
      await element.updateComplete;
      await typeInto(element, 'computers', '26');
      expect(location.hash).to.equal('');
      await followHash('#pa-faq-higher-price');
      const back = oneEvent(window, 'hashchange');
      history.back();
      await back;
      await element.updateComplete;
      expect(input(element, 'computers').value).to.equal('26');
      expect(part(element, 'packs')?.dataset.value).to.equal('6');
    });

    it('announces a second copy of the same link', async () => {
      stubClipboard(async (text) => void copied.push(text));
      const element = await calculator({...pinned, computers: '10'});
      const status = () => textOf(part(element, 'share-status'));
      const button = inShadow<HTMLButtonElement>(element, '[part="share-button"]');
      button.click();
      await waitUntil(() => copied.length === 1, 'a copied link');
      await element.updateComplete;
      expect(status()).to.equal('Link copied.');
      const texts: string[] = [];
      const observer = new MutationObserver(() => texts.push(status()));
      observer.observe(part(element, 'share-status')!, {childList: true, subtree: true, characterData: true});
      button.click();
      await waitUntil(() => copied.length === 2, 'a second copied link');
      await element.updateComplete;
      observer.disconnect();
      // Emptied, then said again: a screen reader hears it twice.
      expect(texts).to.include('');
      expect(status()).to.equal('Link copied.');
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
