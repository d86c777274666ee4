// The parts each element renders are exactly those of its list
// (src/internal/elements.ts), which the widget's exportparts and the
// documentation are made from: a part added to a template but not to the
// list, or listed but never rendered, fails here.
import {expect} from '@open-wc/testing';
import '../../src/define.js';
import {exportedParts, PARTS} from '../../src/internal/elements.js';
import {calculatorOf, faqOf, mount, settled} from './helpers.js';

/** The part names rendered in an element's shadow root. */
const renderedParts = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/));

// States that together show every part: empty, an error, a full result with a
// warning and a 29 February note, and an expiring subscription with its status line.
const CALCULATOR_STATES: Record<string, string>[] = [
  {},
  {computers: 'ten'},
  {computers: '11', 'current-packs': '11', expiry: '2024-02-29', today: '2023-06-01', 'price-per-pack': '99.99', 'renew-url': '/renew'},
  {computers: '3', expiry: '2023-06-10', today: '2023-06-01'},
];

describe('parts', () => {
  it('the calculator renders exactly its listed parts', async () => {
    const seen = new Set<string>();
    for (const attributes of CALCULATOR_STATES) {
      const calculator = await mount('pa-renewal-calculator', attributes);
      for (const name of renderedParts(calculator)) seen.add(name);
    }
    // The share status holds the link to copy by hand only after a copy: its input is the `input` part.
    expect([...seen].sort()).to.deep.equal([...PARTS.calculator].sort());
  });

  it('the FAQ renders exactly its listed parts', async () => {
    const faq = await mount('pa-migration-faq', {});
    expect([...new Set(renderedParts(faq))].sort()).to.deep.equal([...PARTS.faq].sort());
  });

  it('the widget renders its own listed parts and exports those of the elements it holds', async () => {
    const widget = await mount('pa-migration-help', {});
    await settled(widget);
    expect([...new Set(renderedParts(widget))].sort()).to.deep.equal([...PARTS.help].sort());
    expect(faqOf(widget).getAttribute('exportparts')).to.equal(exportedParts('faq'));
    expect(calculatorOf(widget).getAttribute('exportparts')).to.equal(exportedParts('calculator'));
    expect(exportedParts('faq')).to.contain('base: faq-base').and.contain('heading: faq-heading');
  });
});
