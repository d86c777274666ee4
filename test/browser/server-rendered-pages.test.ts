// The build's ready-made HTML (dist/html) in pages served under the strict
// policy a help center may send (style-src with the hashes of csp.txt,
// Trusted Types): readable with scripts off, then hydrated and used.
import {expect, waitUntil} from '@open-wc/testing';
import type {LitElement} from 'lit';
import type {FixtureWindow} from './fixture-pages.js';
import {loadFrame} from './helpers.js';

const inner = (host: Element, selector: string) => host.shadowRoot!.querySelector(selector)!;
const faqOf = (widget: Element) => inner(widget, 'pa-migration-faq');
const calculatorOf = (widget: Element) => inner(widget, 'pa-renewal-calculator');

describe('server-rendered pages under a strict policy (style-src with the hashes of csp.txt, Trusted Types)', function () {
  this.timeout(30_000);
  const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh-Hans', 'pt-BR', 'ar'];
  async function open(path: string): Promise<{win: FixtureWindow; doc: Document; frame: HTMLIFrameElement}> {
    const frame = await loadFrame(path, {width: 1000, height: 800});
    return {frame, win: frame.contentWindow as FixtureWindow, doc: frame.contentDocument!};
  }

  it('is readable with scripts off, styled, in every shipped language', async () => {
    for (const locale of LOCALES) {
      const {win, doc, frame} = await open(`/test/fixtures/server-rendered/${locale}/widget.html?script=off`);
      const faq = faqOf(doc.querySelector('pa-migration-help')!);
      const question = inner(faq, '[part="question"]');
      expect(question.textContent!.trim(), locale).not.to.equal('');
      expect(question.getBoundingClientRect().height, locale).to.be.greaterThan(10);
      // Styled by the inline <style>, which the policy allows by its hash.
      expect(win.getComputedStyle(question).cursor, locale).to.equal('pointer');
      expect(inner(faq, '[part="base"]').getAttribute('lang'), locale).to.equal(locale);
      expect(win.paViolations, locale).to.deep.equal([]);
      frame.remove();
    }
  });

  it('hydrates and is used with no violation: 10 computers, 2 packs', async () => {
    const {win, doc, frame} = await open('/test/fixtures/server-rendered/de/widget.html');
    const widget = doc.querySelector('pa-migration-help') as LitElement;
    await waitUntil(() => widget.hasUpdated, 'hydrated', {timeout: 10_000});
    const calculator = calculatorOf(widget) as LitElement & {result: {packs: number} | null};
    await waitUntil(() => calculator.hasUpdated, 'the calculator hydrated', {timeout: 10_000});
    // Hydrating moved nothing. (The values typed below are no reader's input: the result they show would count.)
    expect(win.paLayoutShift).to.equal(0);
    const field = inner(calculator, '#computers') as HTMLInputElement;
    field.value = '10';
    field.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    const expiry = inner(calculator, '#currentExpiry') as HTMLInputElement;
    expiry.value = '2027-04-01';
    expiry.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await calculator.updateComplete;
    expect(calculator.result?.packs).to.equal(2);
    expect(inner(calculator, '[part="packs"]').textContent).to.contain('2');
    expect(inner(faqOf(widget), '[part="question"]').textContent).to.contain('Meine Lizenz');
    expect(win.paViolations).to.deep.equal([]);
    expect(win.paErrors).to.deep.equal([]);
    frame.remove();
  });

  it('upgrades the English placeholder in a German article made from a copy of the English one, in German', async () => {
    const {win, doc, frame} = await open('/test/fixtures/server-rendered/en/placeholder.html?page-lang=de');
    await waitUntil(() => doc.querySelector('pa-migration-help')?.shadowRoot, 'upgraded', {timeout: 10_000});
    const widget = doc.querySelector('pa-migration-help') as LitElement;
    await waitUntil(() => inner(faqOf(widget), '[part="question"]')?.textContent?.includes('Meine Lizenz'), 'in German', {timeout: 10_000});
    expect(win.paErrors).to.deep.equal([]);
    frame.remove();
  });

  it('upgrades the generated placeholder, in its language', async () => {
    const {win, doc, frame} = await open('/test/fixtures/server-rendered/ja/placeholder.html');
    await waitUntil(() => doc.querySelector('pa-migration-help')?.shadowRoot, 'upgraded', {timeout: 10_000});
    const widget = doc.querySelector('pa-migration-help') as LitElement;
    await waitUntil(() => inner(faqOf(widget), '[part="question"]')?.textContent?.includes('今すぐ移行'), 'in Japanese', {timeout: 10_000});
    expect(win.paViolations).to.deep.equal([]);
    expect(win.paErrors).to.deep.equal([]);
    frame.remove();
  });
});
