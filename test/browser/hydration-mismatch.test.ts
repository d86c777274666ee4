// Server-rendered HTML that the page changed on its way (a minifier or a
// content system that strips comments, an editor who deleted a question)
// cannot be hydrated as it is: each element renders anew, exactly once, with
// one console warning naming it, and works.
import {expect} from '@open-wc/testing';
import type {LitElement} from 'lit';
import {FAQ_ITEM_IDS} from '../../src/index.js';
import {calculatorOf, faqOf, inner, type Page, runBundle, serverRenderedPage} from './server-rendered.js';

const withoutComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');
const withoutNodeMarkers = (html: string) => html.replace(/<!--lit-node \d+-->/g, '');
/** The HTML without its second question: from the second item's marker to the third's. */
function withoutSecondQuestion(html: string): string {
  const items = [...html.matchAll(/<!--lit-part [^>]*-->\s*<div part="item"/g)].map((match) => match.index);
  return html.slice(0, items[1]) + html.slice(items[2]);
}

const questionsIn = (faq: Element) => faq.shadowRoot!.querySelectorAll('[part="question"]').length;
const renderedAnew = (page: Page, tag: string) => page.warnings.filter((warning) => warning.includes(`<${tag}>`));

/** The widget answers: a question opens, 10 computers are 2 packs. */
async function expectWorking(widget: Element): Promise<void> {
  const faq = faqOf(widget) as LitElement;
  const question = inner(faq, '[part="question"]') as HTMLButtonElement;
  question.click();
  await faq.updateComplete;
  expect(question.getAttribute('aria-expanded')).to.equal('true');
  const calculator = calculatorOf(widget) as LitElement & {result: {packs: number} | null};
  calculator.setAttribute('computers', '10');
  calculator.setAttribute('expiry', '2027-04-01');
  await calculator.updateComplete;
  expect(calculator.result?.packs).to.equal(2);
}

describe('server-rendered HTML changed on its way', function () {
  this.timeout(30_000);

  for (const [what, edit] of [
    ['all comments removed', withoutComments],
    ['only the lit-node markers removed', withoutNodeMarkers],
  ] as const) {
    for (const locale of ['en', 'de']) {
      it(`${what} (${locale}): one FAQ and one calculator, rendered anew, working`, async () => {
        const page = await serverRenderedPage(locale, 'pa-migration-help', locale, '', edit);
        await runBundle(page);
        const widget = page.doc.querySelector('pa-migration-help')!;
        expect(widget.shadowRoot!.querySelectorAll('pa-migration-faq')).to.have.length(1);
        expect(widget.shadowRoot!.querySelectorAll('pa-renewal-calculator')).to.have.length(1);
        expect(widget.shadowRoot!.querySelectorAll('[part="jump-button"]')).to.have.length(1);
        expect(questionsIn(faqOf(widget))).to.equal(FAQ_ITEM_IDS.length);
        await expectWorking(widget);
        expect(renderedAnew(page, 'pa-migration-help')).to.have.length(1);
        expect(page.errors).to.deep.equal([]);
        page.frame.remove();
      });
    }
  }

  it('all comments removed from an element alone: rendered anew, once', async () => {
    const page = await serverRenderedPage('en', 'pa-migration-faq', 'en', '', withoutComments);
    await runBundle(page);
    const faq = page.doc.querySelector('pa-migration-faq')!;
    expect(faq.shadowRoot!.querySelectorAll('[part="base"]')).to.have.length(1);
    expect(questionsIn(faq)).to.equal(FAQ_ITEM_IDS.length);
    expect(renderedAnew(page, 'pa-migration-faq')).to.have.length(1);
    page.frame.remove();
  });

  it('a question deleted from the HTML: every question again, rendered anew', async () => {
    const page = await serverRenderedPage('en', 'pa-migration-faq', 'en', '', withoutSecondQuestion);
    expect(questionsIn(page.doc.querySelector('pa-migration-faq')!)).to.equal(FAQ_ITEM_IDS.length - 1);
    await runBundle(page);
    const faq = page.doc.querySelector('pa-migration-faq')!;
    expect(questionsIn(faq)).to.equal(FAQ_ITEM_IDS.length);
    expect(renderedAnew(page, 'pa-migration-faq')).to.have.length(1);
    page.frame.remove();
  });
});
