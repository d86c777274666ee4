import {expect, oneEvent} from '@open-wc/testing';
import {MigrationHelpElement} from '../../src/index.js';
import {defineElement} from '../../src/internal/define-element.js';
import '../../src/define.js';
import {calculatorOf, captureWarnings, expectNoLies, faqOf, inShadow, mount, settled, textOf} from './helpers.js';

const widget = (attributes: Record<string, string> = {}, width = '1000px') => mount('pa-migration-help', attributes, width);

describe('<pa-migration-help>', () => {
  it('passes axe empty and filled', async () => {
    await expect(await widget()).to.be.accessible();
    await expect(await widget({computers: '11', expiry: '2021-04-01', today: '2021-01-15', open: 'pay-full-year'})).to.be.accessible();
  });

  it('on a phone, opens with a link that moves focus to the first field; side by side, it has none', async () => {
    const phone = await widget({}, '358px');
    const jump = inShadow<HTMLButtonElement>(phone, '[part="jump-button"]');
    const top = phone.getBoundingClientRect().top;
    expect(jump.getBoundingClientRect().top - top).to.be.lessThan(40);
    expect(textOf(jump)).to.equal('Check your renewal');
    jump.click();
    expect(calculatorOf(phone).shadowRoot!.activeElement?.id).to.equal('computers');
    await expect(phone).to.be.accessible();
    const wide = await widget();
    expect(getComputedStyle(inShadow(wide, '[part="jump-button"]')).display).to.equal('none');
  });

  it('is defined and constructible', () => {
    expect(customElements.get('pa-migration-help')).to.equal(MigrationHelpElement);
    expect(document.createElement('pa-migration-help')).to.be.instanceOf(MigrationHelpElement);
  });

  it("passes the calculator's attributes on", async () => {
    const element = await widget({
      computers: '11',
      'current-packs': '4',
      expiry: '2021-04-01',
      today: '2021-01-15',
      'pack-size': '10',
      'price-per-pack': '19.99',
      currency: 'EUR',
      'renew-url': '/renew',
      'heading-level': '4',
      open: 'higher-price',
    });
    const calculator = calculatorOf(element);
    expect(calculator.result).to.deep.include({packs: 2, seats: 20, annualPrice: 39.98, currency: 'EUR', decrease: true});
    expect(inShadow(calculator, '[part="renew-link"]').getAttribute('href')).to.equal('/renew');
    expect(inShadow(calculator, '[part="heading"]').getAttribute('aria-level')).to.equal('4');
    expect(inShadow(faqOf(element), '[role="heading"]').getAttribute('aria-level')).to.equal('4');
    expect(inShadow(faqOf(element), '#pa-faq-higher-price').getAttribute('aria-expanded')).to.equal('true');
    expectNoLies(element);
  });

  it("quotes the customer's dates in the whole-year answer once they are valid", async () => {
    const element = await widget({today: '2023-06-01', computers: '3'});
    const wholeYear = () => textOf(inShadow(faqOf(element), '#pa-faq-pay-full-year-answer'));
    expect(wholeYear()).to.contain('For example');
    element.setAttribute('expiry', '2024-02-29');
    await settled(element);
    expect(wholeYear()).to.contain('With your dates');
    expect(wholeYear()).to.contain('On February 28, 2025, auto-renewal charges you');
    element.setAttribute('expiry', '2024-02-30');
    await settled(element);
    expect(wholeYear()).to.contain('For example');
  });

  it('lets events from inside reach the page', async () => {
    const element = await widget({expiry: '2021-04-01', today: '2021-01-15'});
    setTimeout(() => element.setAttribute('computers', '10'));
    const change = await oneEvent(document, 'pa-renewal-change');
    expect(change.detail?.packs).to.equal(2);
    setTimeout(() => inShadow(faqOf(element), '#pa-faq-migrate-now').click());
    const toggle = await oneEvent(document, 'pa-faq-toggle');
    expect(toggle.detail).to.deep.equal({id: 'migrate-now', open: true});
  });

  it('sits side by side in a wide column and stacks in a narrow one, whatever the viewport', async () => {
    const wide = await widget({}, '1000px');
    const [faqBox, calculatorBox] = [faqOf(wide), calculatorOf(wide)].map((el) => el.getBoundingClientRect());
    expect(calculatorBox!.left).to.be.greaterThan(faqBox!.right - 1);
    expect(Math.abs(calculatorBox!.top - faqBox!.top)).to.be.lessThan(1);

    const narrow = await widget({}, '400px');
    const [faqNarrow, calculatorNarrow] = [faqOf(narrow), calculatorOf(narrow)].map((el) => el.getBoundingClientRect());
    expect(calculatorNarrow!.top).to.be.greaterThan(faqNarrow!.bottom - 1);
    expect(calculatorNarrow!.width).to.be.closeTo(400, 1);
  });

  it('exports the inner parts for styling', async () => {
    const element = await widget();
    expect(faqOf(element).getAttribute('part')).to.equal('faq');
    expect(calculatorOf(element).getAttribute('exportparts')).to.contain('packs');
  });
});

describe('markup in every attribute', () => {
  it('stays text: no element made, no script run, no error', async () => {
    const payload = '"><img src=x onerror="window.paInjected=true">';
    const names = [
      'computers',
      'current-packs',
      'expiry',
      'pack-size',
      'price-per-pack',
      'currency',
      'today',
      'renew-url',
      'heading-level',
      'open',
      'lang',
    ];
    let widget!: Element;
    await captureWarnings(async () => {
      widget = await mount('pa-migration-help', Object.fromEntries(names.map((name) => [name, payload])));
    });
    const trees = [widget.shadowRoot!, faqOf(widget).shadowRoot!, calculatorOf(widget).shadowRoot!];
    expect(trees.map((tree) => tree.querySelectorAll('img').length)).to.deep.equal([0, 0, 0]);
    expect((window as unknown as {paInjected?: boolean}).paInjected).to.equal(undefined);
    expectNoLies(widget);
  });
});

describe('defineElement', () => {
  it('lets a second copy of the bundle load without throwing, with one warning', async () => {
    class SecondCopy extends HTMLElement {}
    const warnings = await captureWarnings(() => {
      defineElement('pa-migration-help', SecondCopy);
      defineElement('pa-migration-help', SecondCopy);
    });
    expect(customElements.get('pa-migration-help')).to.equal(MigrationHelpElement);
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('already defined');
    const warningsForSameClass = await captureWarnings(() => defineElement('pa-migration-help', MigrationHelpElement));
    expect(warningsForSameClass.length).to.equal(0);
  });
});
