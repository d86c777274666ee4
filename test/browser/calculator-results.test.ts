// What the calculator says for a result: the summary, the status line, the
// warnings at the packs field, the explanations, the calendar file.
import {expect} from '@open-wc/testing';
import {calendarDateOf} from '../../src/core/calendar-date.js';
import '../../src/define.js';
import {calculator, has, input, pinned} from './calculator-helpers.js';
import {downloadedReminder, expectNoLies, mount, part, textOf} from './helpers.js';

describe('<pa-renewal-calculator>', () => {
  describe('results', () => {
    it("shows the article's example: the summary's values as standalone text, each with its machine value", async () => {
      const element = await calculator({...pinned, computers: '11', 'price-per-pack': '19.99'});
      const expected: Array<[string, string, string]> = [
        ['price', '59.97', '$59.97'],
        ['new-expiry', '2022-04-01', 'April 1, 2022'],
        ['next-charge', '2022-04-01', 'April 1, 2022: $59.97'],
      ];
      expect(part(element, 'packs')?.dataset.value).to.equal('3');
      expect(textOf(part(element, 'packs'))).to.equal('Select 3 packs');
      expect(textOf(part(element, 'packs')?.querySelector('strong'))).to.equal('3 packs');
      expect(textOf(part(element, 'packs')?.querySelector('.count'))).to.equal('3');
      for (const [name, value, text] of expected) {
        const result = part(element, name);
        expect(result?.dataset.value, name).to.equal(value);
        expect(textOf(result?.querySelector('dd')), name).to.equal(text);
        expect(part(element, 'summary')?.contains(result ?? null), name).to.equal(true);
      }
      // What renewing today costs today, said as such.
      expect(textOf(part(element, 'price')?.querySelector('dt'))).to.equal('Pay today, for one year');
      expect(part(element, 'seats')?.dataset.value).to.equal('15');
      expect(textOf(part(element, 'seats'))).to.equal('Room for up to 15 computers, 4 of them spare.');
      expect(part(element, 'days-left')?.dataset.value).to.equal('76');
      expect(textOf(part(element, 'details'))).to.contain('The renewal screen counts packs, not computers.');
      expect(has(element, 'status'), 'status').to.equal(false);
      expect(element.result).to.deep.include({packs: 3, seats: 15, spareSeats: 4, annualPrice: 59.97, newExpiry: '2022-04-01'});
      expectNoLies(element);
    });

    it('sets the pack count at least 1.5 times the body size', async () => {
      const element = await calculator({...pinned, computers: '11'});
      const size = (node: Element | null | undefined) => parseFloat(getComputedStyle(node!).fontSize);
      const body = size(part(element, 'seats'));
      expect(size(part(element, 'packs'))).to.be.at.least(1.5 * size(part(element, 'base')));
      expect(size(part(element, 'packs')?.querySelector('.count'))).to.be.at.least(1.5 * body);
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

    it('puts an amber status line first in the results when the subscription expires today or within 30 days', async () => {
      const element = await calculator({computers: '5', expiry: '2021-04-01', today: '2021-04-01'});
      const status = part(element, 'status');
      expect(status?.dataset.value).to.equal('0');
      expect(textOf(status)).to.equal(
        'Your subscription expires today, April 1, 2021. Auto-renewal is off: renew today to keep your subscription working.',
      );
      expect(part(element, 'results')?.firstElementChild === status, 'first in the results').to.equal(true);
      expect(status?.classList.contains('soon'), 'amber').to.equal(true);
      element.setAttribute('today', '2021-03-02');
      await element.updateComplete;
      expect(textOf(part(element, 'status'))).to.contain('30 days left');
      element.setAttribute('today', '2021-03-01');
      await element.updateComplete;
      expect(has(element, 'status'), 'status 31 days ahead').to.equal(false);
    });

    it('puts a red status line first in the results of a lapsed subscription, renewed from today', async () => {
      const element = await calculator({computers: '7', expiry: '2021-04-01', today: '2021-04-11'});
      const status = part(element, 'status');
      expect(part(element, 'results')?.firstElementChild === status, 'first in the results').to.equal(true);
      expect(status?.classList.contains('lapsed'), 'red').to.equal(true);
      expect(status?.dataset.value).to.equal('-10');
      expect(textOf(status)).to.equal(
        'Your subscription stopped on April 1, 2021, 10 days ago. Renewing today starts a new year: valid until April 11, 2022.',
      );
      expect(getComputedStyle(status!).borderInlineStartColor, 'the error colour').to.equal('rgb(179, 38, 30)');
      expect(part(element, 'new-expiry')?.dataset.value).to.equal('2022-04-11');
      expect(part(element, 'next-charge')?.dataset.value).to.equal('2022-04-11');
    });

    it('on a phone, makes every action the width of the results, each on one line', async () => {
      const element = await mount('pa-renewal-calculator', {...pinned, computers: '11', 'renew-url': '/renew'}, '358px');
      const results = part(element, 'results')!.getBoundingClientRect();
      for (const name of ['renew-link', 'calendar-button', 'share-button']) {
        const action = part(element, name)!;
        const lineHeight = parseFloat(getComputedStyle(action).lineHeight);
        expect(action.getBoundingClientRect().width, name).to.be.closeTo(results.width, 1);
        expect(action.getBoundingClientRect().height, name).to.be.lessThan(2 * lineHeight);
      }
    });

    it('turns 29 February into 28 February and says why', async () => {
      const element = await calculator({computers: '11', expiry: '2024-02-29', today: '2023-06-01'});
      expect(part(element, 'new-expiry')?.dataset.value).to.equal('2025-02-28');
      expect(textOf(part(element, 'note'))).to.contain('February 28, 2025');
    });

    it('warns under the packs field, once, that a decrease is possible only once; the summary says it too', async () => {
      const element = await calculator({...pinned, computers: '11', 'current-packs': '4'});
      const notice = part(element, 'notice');
      expect(textOf(notice)).to.equal(
        'You have 4 packs and need 3 packs: renewing with fewer is a decrease. You can lower the number of packs only once, during the migration.',
      );
      expect(input(element, 'currentPacks').getAttribute('aria-describedby')).to.contain(notice!.id);
      expect(textOf(part(element, 'packs'))).to.equal('Select 3 packs, down from 4');
      expect(element.shadowRoot!.querySelectorAll('[part~="notice"]')).to.have.length(1);
      element.setAttribute('current-packs', '3');
      await element.updateComplete;
      expect(has(element, 'notice'), 'notice').to.equal(false);
    });

    it('warns at the packs field about packs entered as a count of computers; the summary says "not 10"', async () => {
      const element = await calculator({...pinned, computers: '10', 'current-packs': '10'});
      const notice = part(element, 'notice')!;
      const field = input(element, 'currentPacks');
      expect(textOf(notice)).to.equal(
        'That looks like a count of computers: 10 packs cover up to 50 computers. For 10 computers, select 2 packs.',
      );
      expect(field.getAttribute('aria-describedby')?.split(' ')).to.include(notice.id);
      const gap = notice.getBoundingClientRect().top - field.getBoundingClientRect().bottom;
      expect(gap).to.be.within(0, 200);
      expect(textOf(part(element, 'packs'))).to.equal('Select 2 packs, not 10');
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
});
