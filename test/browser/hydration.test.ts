// Server-rendered HTML from the build (dist/html, made by `npm run build`
// with pa-migration-help/ssr) in a page, before and after the built browser
// bundle runs: readable first, then hydrated in place, with nothing moved,
// re-rendered or reported.
import {expect, waitUntil} from '@open-wc/testing';
import type {LitElement} from 'lit';
import {calculatorOf, faqOf, inner, runBundle, serverRenderedPage} from './server-rendered.js';

describe('server-rendered HTML', function () {
  // A frame of its own per test, and the bundle loaded into each: WebKitGTK under Xvfb takes seconds for the first.
  this.timeout(30_000);

  it('shows the FAQ and the calculator, laid out, before any script runs', async () => {
    const page = await serverRenderedPage('de', 'pa-migration-help');
    const widget = page.doc.querySelector('pa-migration-help')!;
    expect(page.win.customElements.get('pa-migration-help')).to.equal(undefined);
    const question = inner(faqOf(widget), '[part="question"]');
    expect(question.textContent).to.contain('Meine Lizenz läuft erst');
    expect(question.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(inner(calculatorOf(widget), '#computers').getBoundingClientRect().height).to.be.greaterThan(10);
    // Side by side, as the script will lay it out.
    expect(calculatorOf(widget).getBoundingClientRect().left).to.be.greaterThan(faqOf(widget).getBoundingClientRect().right - 1);
  });

  for (const locale of ['en', 'de', 'ar']) {
    it(`hydrates in place in ${locale}: the same nodes, nothing moved, no error`, async () => {
      const page = await serverRenderedPage(locale, 'pa-migration-help');
      const widget = page.doc.querySelector('pa-migration-help')!;
      const question = inner(faqOf(widget), '[part="question"]');
      const text = question.textContent;
      const field = inner(calculatorOf(widget), '#computers');
      const below = page.doc.querySelector('#below')!.getBoundingClientRect().top;
      const fieldBox = field.getBoundingClientRect();
      await runBundle(page);
      expect(page.errors).to.deep.equal([]);
      expect(inner(faqOf(widget), '[part="question"]') === question, 'the same question node').to.equal(true);
      expect(inner(calculatorOf(widget), '#computers') === field, 'the same field node').to.equal(true);
      expect(question.textContent).to.equal(text);
      expect(page.doc.querySelector('#below')!.getBoundingClientRect().top).to.equal(below);
      expect(field.getBoundingClientRect().top).to.equal(fieldBox.top);
      expect(page.errors).to.deep.equal([]);
      page.frame.remove();
    });
  }

  it('works once hydrated: a question opens, the calculator calculates', async () => {
    const page = await serverRenderedPage('en', 'pa-migration-help');
    await runBundle(page);
    const widget = page.doc.querySelector('pa-migration-help')!;
    const question = inner(faqOf(widget), '[part="question"]') as HTMLButtonElement;
    question.click();
    await (faqOf(widget) as LitElement).updateComplete;
    expect(question.getAttribute('aria-expanded')).to.equal('true');
    const calculator = calculatorOf(widget) as LitElement & {result: {packs: number} | null};
    calculator.setAttribute('computers', '11');
    calculator.setAttribute('expiry', '2027-04-01');
    await calculator.updateComplete;
    expect(calculator.result?.packs).to.equal(3);
    expect(inner(calculator, '[part="packs"]').textContent).to.contain('3');
    page.frame.remove();
  });

  it('keeps what the reader typed into the form before its script ran, and calculates with it', async () => {
    // On a slow network the form shows, and takes typing, well before its script hydrates it.
    const page = await serverRenderedPage('en', 'pa-migration-help');
    const form = calculatorOf(page.doc.querySelector('pa-migration-help')!);
    const typeInto = (id: string, value: string) => {
      const field = inner(form, `#${id}`) as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    };
    typeInto('computers', '10');
    typeInto('currentExpiry', '2031-04-01');
    await runBundle(page);
    const calculator = form as LitElement & {result: {packs: number} | null};
    await waitUntil(() => calculator.result !== null, 'a result from what was typed');
    expect(calculator.result?.packs).to.equal(2);
    expect((inner(calculator, '#computers') as HTMLInputElement).value).to.equal('10');
    expect((inner(calculator, '#currentExpiry') as HTMLInputElement).value).to.equal('2031-04-01');
    expect(page.errors).to.deep.equal([]);
    page.frame.remove();
  });

  it('renders anew, and works, over HTML edited by hand so that it no longer matches', async () => {
    // Inputs added to the host after rendering: the server showed empty fields, the browser's first render a date echo.
    const page = await serverRenderedPage('en', 'pa-renewal-calculator', 'en', '', (html) =>
      html.replace('<pa-renewal-calculator', '<pa-renewal-calculator computers="10" expiry="2027-04-01"'),
    );
    await runBundle(page);
    const calculator = page.doc.querySelector('pa-renewal-calculator') as LitElement & {result: {packs: number} | null};
    expect(page.warnings.some((warning) => warning.includes('does not match it'))).to.equal(true);
    expect(page.errors).to.deep.equal([]);
    expect(calculator.shadowRoot!.querySelectorAll('[part="form"]')).to.have.length(1);
    expect(calculator.result?.packs).to.equal(2);
    page.frame.remove();
  });

  it('tells the page of no result that hydration withholds: the first event is the result', async () => {
    const page = await serverRenderedPage('en', 'pa-renewal-calculator', 'en', '', (html) =>
      html.replace('<pa-renewal-calculator', '<pa-renewal-calculator computers="3" expiry="2030-01-01"'),
    );
    const details: unknown[] = [];
    page.doc.addEventListener('pa-renewal-change', (event) => details.push((event as CustomEvent).detail));
    await runBundle(page);
    await waitUntil(() => details.length > 0, 'an event');
    expect((details[0] as {packs: number} | null)?.packs).to.equal(1);
    page.frame.remove();
  });

  it('renders anew when another widget changed the locale before it hydrated: no text left in the old language', async () => {
    // A German and a French server-rendered FAQ, naming no language, on a French page.
    const unnamed = (html: string) => html.replace(/^<pa-migration-faq lang="[^"]*"/, '<pa-migration-faq');
    const french = unnamed(await (await fetch('/dist/html/fr/pa-migration-faq.html')).text());
    const page = await serverRenderedPage('de', 'pa-migration-faq', 'fr', french, unnamed);
    await runBundle(page);
    const faqs = [...page.doc.querySelectorAll('pa-migration-faq')];
    await waitUntil(() => faqs.every((faq) => inner(faq, '.root').getAttribute('lang') === 'fr'), 'both in French', {timeout: 5000});
    for (const faq of faqs) expect(inner(faq, '[part="question"]').textContent).not.to.contain('Meine Lizenz');
    expect(page.errors).to.deep.equal([]);
    page.frame.remove();
  });

  it("gives the widget's result to the page once hydrated", async () => {
    const page = await serverRenderedPage('en', 'pa-migration-help');
    await runBundle(page);
    const widget = page.doc.querySelector('pa-migration-help') as LitElement & {result: {packs: number} | null};
    expect(widget.result).to.equal(null);
    const calculator = calculatorOf(widget);
    calculator.setAttribute('computers', '10');
    calculator.setAttribute('expiry', '2027-04-01');
    await waitUntil(() => widget.result?.packs === 2, 'the widget has the result');
    page.frame.remove();
  });

  it('hydrates in the language it was rendered in, then follows the page', async () => {
    const page = await serverRenderedPage('de', 'pa-migration-faq', 'fr');
    const faq = page.doc.querySelector('pa-migration-faq')!;
    const question = inner(faq, '[part="question"]');
    await runBundle(page);
    expect(page.errors).to.deep.equal([]);
    // Hydrated in German, the same nodes; then in the page's French.
    expect(inner(faq, '[part="question"]') === question).to.equal(true);
    await waitUntil(() => question.textContent!.includes('Ma licence'), 'in French');
    page.frame.remove();
  });

  it('speaks German in a German article made from a copy of the English one', async () => {
    const page = await serverRenderedPage('en', 'pa-migration-help', 'de');
    await runBundle(page);
    const faq = faqOf(page.doc.querySelector('pa-migration-help')!);
    await waitUntil(() => inner(faq, '[part="question"]').textContent!.includes('Meine Lizenz'), 'in German');
    expect(page.errors).to.deep.equal([]);
    page.frame.remove();
  });

  it("follows a change of the page's language once hydrated, where the element names none", async () => {
    const page = await serverRenderedPage('en', 'pa-migration-faq', 'en', '', (html) => html.replace(' lang="en"', ''));
    await runBundle(page);
    const faq = page.doc.querySelector('pa-migration-faq')!;
    expect(faq.hasAttribute('lang')).to.equal(false);
    page.doc.documentElement.lang = 'de';
    await waitUntil(() => inner(faq, '[part="question"]').textContent!.includes('Meine Lizenz'), 'German after the switch', {
      timeout: 5000,
    });
    expect(page.errors).to.deep.equal([]);
    page.frame.remove();
  });

  it('renders what only the browser knows after hydration: the heading level, a linked answer', async () => {
    const page = await serverRenderedPage('en', 'pa-migration-faq', 'en', '');
    page.doc.querySelector('h1')!.insertAdjacentHTML('afterend', '<h2>Section</h2>');
    await runBundle(page);
    const faq = page.doc.querySelector('pa-migration-faq')!;
    expect(inner(faq, '[part="heading"]').getAttribute('aria-level'), 'below the h2').to.equal('3');
    expect(page.errors).to.deep.equal([]);
    page.frame.remove();
  });
});
