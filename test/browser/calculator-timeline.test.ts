import {expect} from '@open-wc/testing';
import '../../src/define.js';
import {calculator, pinned} from './calculator-helpers.js';
import {inLocale, inShadow, mount, part, textOf} from './helpers.js';

describe('<pa-renewal-calculator>', () => {
  describe('timeline', () => {
    const mediumDate = (date: string) =>
      new Intl.DateTimeFormat('en', {dateStyle: 'medium', timeZone: 'UTC'}).format(new Date(`${date}T00:00:00Z`));
    /** The dates on the line drawn across (a wide container), from left to right, and the labels over it. */
    function timeline(element: Element) {
      const drawing = inShadow(element, '[part="timeline"]');
      const texts = [...drawing.querySelectorAll<SVGTextElement>('.across text')];
      const byX = (a: SVGTextElement, b: SVGTextElement) => a.getBoundingClientRect().left - b.getBoundingClientRect().left;
      return {
        marks: texts
          .filter((text) => !text.classList.contains('span-label'))
          .sort(byX)
          .map(textOf),
        spans: texts
          .filter((text) => text.classList.contains('span-label'))
          .sort(byX)
          .map(textOf),
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
      expect([...drawing.querySelectorAll('.down line:not(.tick)')].map((line) => line.getAttribute('class'))).to.deep.equal([
        'lapsed',
        'paid',
        'next',
      ]);
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
            a.box.right <= b.box.left + 0.5 ||
            b.box.right <= a.box.left + 0.5 ||
            a.box.bottom <= b.box.top + 0.5 ||
            b.box.bottom <= a.box.top + 0.5;
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
});
