// A page whose Trusted Types policy leaves out "lit-html" (here `trusted-types
// 'none'`): Lit cannot start. The page gets one console error that says why,
// no uncaught exception, and server-rendered widgets that stay readable and
// offer nothing that cannot happen.
import {expect, waitUntil} from '@open-wc/testing';
import type {FixtureWindow} from './fixture-pages.js';
import {loadFrame} from './helpers.js';

const inner = (host: Element, selector: string) => [...host.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const shown = (element: Element) => element.getClientRects().length > 0;

describe("a page that allows no Trusted Types policy, Lit's included", function () {
  this.timeout(30_000);
  before(function () {
    // An engine without Trusted Types enforces no such policy: Lit starts there.
    if (!('trustedTypes' in window)) this.skip();
  });

  async function open(page: string): Promise<{win: FixtureWindow; doc: Document}> {
    // One page at a time: WebKit gives a frame below the view no frames, and may hold its timers.
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    const frame = await loadFrame(`/test/fixtures/server-rendered/de/${page}.html?trusted-types=none`, {width: 1000, height: 800});
    const win = frame.contentWindow as FixtureWindow;
    await waitUntil(() => win.paConsoleErrors.length > 0, 'the console says why', {timeout: 10_000});
    // Anything that would still come.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return {win, doc: frame.contentDocument!};
  }

  it('server-rendered: one clear error, no exception, every answer readable, no calculator', async () => {
    const {win, doc} = await open('widget');
    expect(win.paErrors, 'uncaught').to.deep.equal([]);
    expect(win.paConsoleErrors).to.have.length(1);
    expect(win.paConsoleErrors[0]).to.contain('"lit-html"');
    const widget = doc.querySelector('pa-migration-help')!;
    const faq = inner(widget, 'pa-migration-faq')[0]!;
    const answers = inner(faq, '[part~="answer"]');
    expect(answers.length).to.be.greaterThan(3);
    for (const answer of answers) expect(shown(answer), answer.id).to.equal(true);
    expect(inner(faq, '[part~="answer"]')[0]!.textContent).to.contain('Nein');
    for (const part of ['toggle-all', 'feedback']) expect(inner(faq, `[part~="${part}"]`).some(shown), part).to.equal(false);
    expect(shown(inner(widget, 'pa-renewal-calculator')[0]!), 'the calculator').to.equal(false);
    expect(inner(widget, '[part~="jump-button"]').some(shown), 'jump-button').to.equal(false);
  });

  it('placeholder: one clear error, no exception, the placeholder still shows its FAQ', async () => {
    const {win, doc} = await open('placeholder');
    expect(win.paErrors, 'uncaught').to.deep.equal([]);
    expect(win.paConsoleErrors).to.have.length(1);
    const placeholder = doc.querySelector('[data-pa-migration-help]')!;
    expect(placeholder.querySelector('pa-migration-help')).to.equal(null);
    expect(shown(placeholder.querySelector('h2')!)).to.equal(true);
  });
});
