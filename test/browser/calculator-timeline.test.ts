// The renewal's steps: a list down a line, each date with what happens on it,
// the stretches between them named; the same date style as the text.
import {expect} from '@open-wc/testing';
import '../../src/define.js';
import {calculator, pinned} from './calculator-helpers.js';
import {inLocale, inShadow, mount, part, textOf} from './helpers.js';

/** The list's items as the reader gets them: "date: meaning" for a step, the name of a stretch. */
function steps(element: Element): string[] {
  return [...inShadow(element, '[part="timeline"]').querySelectorAll('li')].map((item) => {
    const date = item.querySelector('.date');
    return date ? `${textOf(date)}: ${textOf(item.querySelector('.what'))}` : `(${textOf(item)})`;
  });
}

describe('<pa-renewal-calculator>', () => {
  describe('timeline', () => {
    it('lists today with its date, the current end, the paid year and the new end with its charge', async () => {
      const element = await calculator({...pinned, computers: '10', 'price-per-pack': '19.99'});
      expect(steps(element)).to.deep.equal([
        'January 15, 2021: Today: you renew and pay $39.98',
        '(Already paid for: 76 days left)',
        'April 1, 2021: Your current subscription ends; the paid year begins',
        '(One paid year)',
        'April 1, 2022: New expiry date: auto-renewal charges $39.98, then every year',
      ]);
    });

    it('names the gap of a lapsed subscription, renewed from today', async () => {
      const element = await calculator({computers: '7', expiry: '2021-04-01', today: '2021-04-11'});
      expect(steps(element)).to.deep.equal([
        'April 1, 2021: Your subscription stopped',
        '(Not covered: 10 days)',
        'April 11, 2021: Today: you renew',
        '(One paid year)',
        'April 11, 2022: New expiry date: auto-renewal charges again, then every year',
      ]);
    });

    it('is an ordered list named "Renewal timeline", not a picture', async () => {
      const element = await calculator({...pinned, computers: '10'});
      const list = part(element, 'timeline')!;
      expect(list.localName).to.equal('ol');
      expect(list.getAttribute('aria-label')).to.equal('Renewal timeline');
      expect(list.getAttribute('role')).to.equal(null);
    });

    it('draws the stretches differently, not by colour alone: solid paid time, dashed time not covered', async () => {
      const element = await calculator({computers: '7', expiry: '2021-04-01', today: '2021-04-11'});
      const line = (selector: string) => getComputedStyle(inShadow(element, selector), '::before');
      expect(line('.stretch.gap').borderInlineStartStyle).to.equal('dashed');
      expect(line('.stretch.paid').borderInlineStartStyle).to.equal('solid');
      expect(parseFloat(line('.step.lapse').borderTopWidth)).to.be.greaterThan(0);
    });

    it('spans the width of its column', async () => {
      const element = await calculator({...pinned, computers: '10'});
      const form = part(element, 'form')!.getBoundingClientRect();
      expect(part(element, 'timeline')!.getBoundingClientRect().width).to.be.closeTo(form.width, 1);
    });

    it('writes its dates as the text does, in every language', async () => {
      const widget = await mount('pa-renewal-calculator', {...pinned, computers: '10', lang: 'ar'});
      await inLocale(widget, 'ar');
      const dates = [...inShadow(widget, '[part="timeline"]').querySelectorAll('.date')].map(textOf);
      expect(textOf(part(widget, 'new-expiry')?.querySelector('dd'))).to.equal(dates.at(-1));
      expect(dates.at(-1)).not.to.match(/\//);
    });
  });
});
