import {expect, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {FAQ_ITEM_IDS, FaqFeedbackEvent, FaqToggleEvent, MigrationFaqElement, type FaqItemId, type RenewalResult} from '../../src/index.js';
import {calculateRenewal} from '../../src/core/renewal.js';
import {FAQ_ITEMS} from '../../src/components/migration-faq/faq-items.js';
import '../../src/define.js';
import {faqOf, inShadow, mount, textOf} from './helpers.js';

const faq = (attributes: Record<string, string> = {}) => mount('pa-migration-faq', attributes);

const question = (element: Element, id: FaqItemId) => inShadow<HTMLButtonElement>(element, `#pa-faq-${id}`);
const answer = (element: Element, id: FaqItemId) => inShadow(element, `#pa-faq-${id}-answer`);
const isOpen = (element: Element, id: FaqItemId) => question(element, id).getAttribute('aria-expanded') === 'true';
const openIds = (element: Element) => FAQ_ITEM_IDS.filter((id) => isOpen(element, id));
const focusedId = (element: Element) => element.shadowRoot!.activeElement?.id;

describe('<pa-migration-faq>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('passes axe closed and with every answer open', async () => {
    const element = await faq();
    await expect(element).to.be.accessible();
    inShadow(element, '[part="toggle-all"]').click();
    await element.updateComplete;
    expect(openIds(element)).to.deep.equal([...FAQ_ITEM_IDS]);
    await expect(element).to.be.accessible();
  });

  it('is defined and constructible', () => {
    expect(customElements.get('pa-migration-faq')).to.equal(MigrationFaqElement);
    expect(document.createElement('pa-migration-faq')).to.be.instanceOf(MigrationFaqElement);
  });

  it("asks the article's questions in order, with the ids links already use, all closed", async () => {
    const element = await faq();
    // Published in links and `open`: a question may be added, never renamed or dropped.
    const published = FAQ_ITEM_IDS.filter((id) => ['migrate-now', 'pay-full-year', 'higher-price', 'change-licenses'].includes(id));
    expect(published).to.deep.equal(['migrate-now', 'pay-full-year', 'higher-price', 'change-licenses']);
    expect(textOf(question(element, 'migrate-now'))).to.contain('Do I have to migrate now?');
    expect(textOf(question(element, 'higher-price'))).to.contain('renewal price');
    expect(openIds(element)).to.deep.equal([]);
  });

  it('renders the table of questions: its order, its ids, its text; the public ids and their type agree', async () => {
    const element = await faq();
    const tableIds = FAQ_ITEMS.map((item) => item.id);
    const renderedIds = [...element.shadowRoot!.querySelectorAll('[part="question"]')].map((button) => button.id.replace(/^pa-faq-/, ''));
    expect(renderedIds).to.deep.equal(tableIds);
    expect([...FAQ_ITEM_IDS]).to.deep.equal(tableIds);
    for (const item of FAQ_ITEMS) {
      expect(textOf(question(element, item.id))).to.equal(item.question());
      expect(question(element, item.id).getAttribute('aria-controls')).to.equal(answer(element, item.id).id);
    }
    // Checked by the type checker: the public type is the table's ids, not any string.
    const published: FaqItemId[] = ['migrate-now', 'pay-full-year', 'higher-price', 'change-licenses'];
    // @ts-expect-error: an id that is not in the table
    const unknown: FaqItemId = 'pay-half-year';
    expect(published).to.not.contain(unknown);
  });

  it("tells the article's facts in its answers", async () => {
    const element = await faq();
    expect(textOf(answer(element, 'migrate-now'))).to.match(/^No\b/);
    expect(textOf(answer(element, 'pay-full-year'))).to.contain('until April 1, 2021');
    expect(textOf(answer(element, 'pay-full-year'))).to.contain('On April 1, 2022, auto-renewal charges you');
    expect(textOf(answer(element, 'higher-price'))).to.contain('up to 5 remote computers');
    expect(textOf(answer(element, 'higher-price'))).to.contain('10 remote computers need 2 packs, not 10');
    expect(textOf(answer(element, 'change-licenses'))).to.match(/^Yes\..*only once, during the migration/);
  });

  it('states the pack size the page configures, and keeps the example of 5-packs to packs of 5', async () => {
    const tens = textOf(answer(await faq({'pack-size': '10'}), 'higher-price'));
    expect(tens).to.contain('up to 10 remote computers');
    expect(tens).to.contain('for up to 10 times as many packs as you need');
    expect(tens).not.to.contain('For example');
    // A bad value falls back to 5, as in the calculator.
    expect(textOf(answer(await faq({'pack-size': 'five'}), 'higher-price'))).to.contain('10 remote computers need 2 packs, not 10');
    const help = await mount('pa-migration-help', {'pack-size': '10'});
    expect(textOf(answer(faqOf(help), 'higher-price'))).to.contain('up to 10 remote computers');
  });

  it("quotes the customer's own dates when given a renewal", async () => {
    const element = await faq();
    element.renewal = calculateRenewal({computers: 3, currentExpiry: '2024-02-29', today: '2023-06-01'});
    await element.updateComplete;
    const text = textOf(answer(element, 'pay-full-year'));
    expect(text).to.contain('With your dates');
    expect(text).to.contain('valid until February 29, 2024');
    expect(text).to.contain('On February 28, 2025, auto-renewal charges you');

    element.renewal = calculateRenewal({computers: 3, currentExpiry: '2021-04-01', today: '2021-04-11'}) as RenewalResult;
    await element.updateComplete;
    expect(textOf(answer(element, 'pay-full-year'))).to.contain('stopped working on April 1, 2021');
  });

  it("quotes the customer's packs and says whether their count is a decrease", async () => {
    const element = await faq();
    expect(textOf(answer(element, 'higher-price'))).not.to.contain('For your');
    element.renewal = calculateRenewal({computers: 11, currentPacks: 4, currentExpiry: '2021-04-01', today: '2021-01-15'});
    await element.updateComplete;
    expect(textOf(answer(element, 'higher-price'))).to.contain('For your 11 computers, select 3 packs on the renewal screen.');
    expect(textOf(answer(element, 'change-licenses'))).to.contain('Going from 4 packs to 3 packs is a decrease');
    element.renewal = calculateRenewal({computers: 11, currentPacks: 2, currentExpiry: '2021-04-01', today: '2021-01-15'});
    await element.updateComplete;
    expect(textOf(answer(element, 'change-licenses'))).to.contain('Going from 2 packs to 3 packs is not a decrease.');
    element.renewal = calculateRenewal({computers: 11, currentPacks: 3, currentExpiry: '2021-04-01', today: '2021-01-15'});
    await element.updateComplete;
    expect(textOf(answer(element, 'change-licenses'))).to.contain('Keeping 3 packs is not a decrease.');
    expect(textOf(answer(element, 'change-licenses'))).not.to.contain('Going from');
  });

  it('asks whether each answer helped, takes one vote per question, and thanks in a live region', async () => {
    const element = await faq({open: 'higher-price'});
    const feedback = inShadow(answer(element, 'higher-price'), '[part="feedback"]');
    expect(feedback.getAttribute('role')).to.equal('status');
    expect(textOf(feedback)).to.contain('Was this answer helpful?');
    const [yes] = feedback.querySelectorAll<HTMLButtonElement>('[part="feedback-button"]');
    setTimeout(() => yes!.click());
    const event = await oneEvent(element, 'pa-faq-feedback');
    expect(event).to.be.instanceOf(FaqFeedbackEvent);
    expect(event.detail).to.deep.equal({id: 'higher-price', helpful: true});
    expect(event.bubbles && event.composed).to.equal(true);
    await element.updateComplete;
    expect(textOf(feedback)).to.equal('Thank you for your feedback.');
    expect(feedback.querySelectorAll('button').length).to.equal(0);
    expect(answer(element, 'migrate-now').querySelectorAll('[part="feedback-button"]').length).to.equal(2);
    await expect(element).to.be.accessible();
  });

  it('keeps closed answers findable with find-in-page', async () => {
    const element = await faq();
    expect(answer(element, 'higher-price').getAttribute('hidden')).to.equal('until-found');
    expect(answer(element, 'higher-price').getBoundingClientRect().height).to.equal(0);
    answer(element, 'higher-price').dispatchEvent(new Event('beforematch'));
    await element.updateComplete;
    expect(isOpen(element, 'higher-price')).to.equal(true);
    expect(answer(element, 'higher-price').hasAttribute('hidden')).to.equal(false);
  });

  it('opens the ids in the open attribute and ignores unknown ones', async () => {
    const element = await faq({open: ' higher-price  nonsense pay-full-year '});
    expect(openIds(element)).to.deep.equal(['pay-full-year', 'higher-price']);
  });

  it("sets the heading level of the questions, falling back to the page's (2 on a page without headings)", async () => {
    for (const [level, expected] of [
      [undefined, '2'],
      ['2', '2'],
      ['5', '5'],
      ['0', '2'],
      ['h2', '2'],
    ] as const) {
      const element = await faq(level ? {'heading-level': level} : {});
      const headings = element.shadowRoot!.querySelectorAll('[role="heading"]');
      expect(headings.length).to.equal(FAQ_ITEM_IDS.length);
      for (const heading of headings) expect(heading.getAttribute('aria-level')).to.equal(expected);
    }
  });

  it('toggles on click and fires pa-faq-toggle', async () => {
    const element = await faq();
    setTimeout(() => question(element, 'pay-full-year').click());
    const event = await oneEvent(element, 'pa-faq-toggle');
    expect(event).to.be.instanceOf(FaqToggleEvent);
    expect(event.detail).to.deep.equal({id: 'pay-full-year', open: true});
    expect(event.bubbles && event.composed).to.equal(true);
    await element.updateComplete;
    expect(answer(element, 'pay-full-year').hasAttribute('hidden')).to.equal(false);

    setTimeout(() => question(element, 'pay-full-year').click());
    expect((await oneEvent(element, 'pa-faq-toggle')).detail).to.deep.equal({id: 'pay-full-year', open: false});
  });

  it('works from the keyboard: Tab, Enter, Space, arrows, Home and End', async () => {
    const element = await faq();
    inShadow<HTMLButtonElement>(element, '[part="toggle-all"]').focus();
    await sendKeys({press: 'Tab'});
    expect(focusedId(element)).to.equal('pa-faq-migrate-now');
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(isOpen(element, 'migrate-now')).to.equal(true);
    await sendKeys({press: 'ArrowDown'});
    expect(focusedId(element)).to.equal('pa-faq-pay-full-year');
    await sendKeys({press: ' '}); // the space bar, named so that every engine's driver knows it
    await element.updateComplete;
    expect(isOpen(element, 'pay-full-year')).to.equal(true);
    const last = `pa-faq-${FAQ_ITEM_IDS.at(-1)}`;
    await sendKeys({press: 'End'});
    expect(focusedId(element)).to.equal(last);
    await sendKeys({press: 'ArrowDown'});
    expect(focusedId(element)).to.equal('pa-faq-migrate-now');
    await sendKeys({press: 'ArrowUp'});
    expect(focusedId(element)).to.equal(last);
    await sendKeys({press: 'Home'});
    expect(focusedId(element)).to.equal('pa-faq-migrate-now');
    await sendKeys({press: 'Enter'});
    await element.updateComplete;
    expect(openIds(element)).to.deep.equal(['pay-full-year']);
  });

  it('expands and collapses all, with one event per question that changed', async () => {
    const element = await faq({open: 'migrate-now'});
    const toggleAll = inShadow(element, '[part="toggle-all"]');
    expect(textOf(toggleAll)).to.equal('Expand all');
    const events: Array<{id: string; open: boolean}> = [];
    element.addEventListener('pa-faq-toggle', (event) => events.push(event.detail));
    toggleAll.click();
    await element.updateComplete;
    expect(openIds(element)).to.deep.equal([...FAQ_ITEM_IDS]);
    expect(events.map((e) => e.id)).to.deep.equal(FAQ_ITEM_IDS.filter((id) => id !== 'migrate-now'));
    expect(textOf(toggleAll)).to.equal('Collapse all');
    toggleAll.click();
    await element.updateComplete;
    expect(openIds(element)).to.deep.equal([]);
    // Opened all but the one already open, then closed all.
    expect(events).to.have.length(2 * FAQ_ITEM_IDS.length - 1);
  });

  it('opens the question named in the URL hash, at start and on hashchange', async () => {
    history.replaceState(null, '', '#pa-faq-change-licenses');
    const element = await faq();
    await element.updateComplete;
    expect(openIds(element)).to.deep.equal(['change-licenses']);

    location.hash = '#pa-faq-higher-price';
    await oneEvent(window, 'hashchange');
    await element.updateComplete;
    expect(openIds(element)).to.deep.equal(['higher-price', 'change-licenses']);

    location.hash = '#pa-faq-unknown';
    await oneEvent(window, 'hashchange');
    expect(openIds(element)).to.deep.equal(['higher-price', 'change-licenses']);
  });
});
