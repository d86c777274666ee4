// The built bundle (dist/browser, made by `npm run build`) on hostile pages.
import {expect, waitUntil} from '@open-wc/testing';
import {calculatorIn, contrast, GERMAN_QUESTION, openFixture, packsOf, shadowText, type FixtureWindow} from './fixture-pages.js';
import {loadFrame} from './helpers.js';

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

/** The files of the build (dist/) a fixture page has loaded, from any origin, in the order requested. */
const builtFiles = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname.startsWith('/dist/'));

describe('embedding on hostile pages', () => {
  it('works under a strict CSP with Trusted Types, with no violation', async () => {
    const served = await fetch('/test/fixtures/strict-csp.html');
    expect(served.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    const {win, doc} = await openFixture('strict-csp.html');
    expect(packsOf(doc)).to.equal(2);
    await waitUntil(() => shadowText(doc).includes('Lizenzpaket'), 'German text loaded from its chunk');
    expect(win.paViolations).to.deep.equal([]);
    expect(win.paErrors).to.deep.equal([]);
  });

  it('needs only the Trusted Types policy "lit-html" where a page names its policies', async () => {
    const {win, doc} = await openFixture('strict-csp-named-policies.html');
    await waitUntil(() => shadowText(doc).includes('Lizenzpaket'), 'German text loaded from its chunk');
    expect(win.paViolations).to.deep.equal([]);
    expect(win.paErrors).to.deep.equal([]);
  });

  it('requests nothing but its own files, and stores nothing', async () => {
    const {win, doc} = await openFixture('strict-csp.html');
    await waitUntil(() => shadowText(doc).includes('Lizenzpaket'), 'German text loaded from its chunk');
    const requested = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    // The test server injects its own client, /__web-dev-server__web-socket.js, into every page it serves.
    const foreign = requested.filter((path) => !/^\/(dist\/browser|test\/fixtures|__web-dev-server)/.test(path));
    expect(foreign).to.deep.equal([]);
    // A chunk hash may hold "-" and "_".
    expect(requested.some((path) => /\/dist\/browser\/de-[\w-]+\.js$/.test(path))).to.equal(true);
    expect(doc.cookie).to.equal('');
    expect(win.localStorage.length + win.sessionStorage.length).to.equal(0);
  });

  it('keeps its layout and contrast under aggressive global CSS, and leaks none', async () => {
    const {win, doc} = await openFixture('hostile-css.html');
    const widget = doc.querySelector('pa-migration-help')!;
    const calculator = calculatorIn(doc)!;
    // "* { all: revert }" makes the host inline; the widget still spans the
    // column and puts its halves side by side in the 1000 px frame.
    const faqBox = widget.shadowRoot!.querySelector('pa-migration-faq')!.getBoundingClientRect();
    const calculatorBox = calculator.getBoundingClientRect();
    expect(widget.shadowRoot!.querySelector('.root')!.getBoundingClientRect().width).to.be.closeTo(doc.body.clientWidth, 2);
    expect(calculatorBox.left).to.be.greaterThan(faqBox.right - 1);
    expect(Math.abs(calculatorBox.top - faqBox.top)).to.be.lessThan(1);
    const base = calculator.shadowRoot!.querySelector('[part="base"]')!;
    const value = calculator.shadowRoot!.querySelector('[part~="new-expiry"] dd')!;
    const summary = calculator.shadowRoot!.querySelector('[part="summary"]')!;
    expect(contrast(win.getComputedStyle(value).color, win.getComputedStyle(summary).backgroundColor)).to.be.greaterThan(4.5);
    // The explanations, in muted text, on the calculator's own background.
    const sentence = calculator.shadowRoot!.querySelector('[part~="seats"]')!;
    expect(contrast(win.getComputedStyle(sentence).color, win.getComputedStyle(base).backgroundColor)).to.be.greaterThan(4.5);
    expect(parseFloat(win.getComputedStyle(sentence).lineHeight) / parseFloat(win.getComputedStyle(sentence).fontSize)).to.be.greaterThan(
      1.3,
    );
    expect(parseFloat(win.getComputedStyle(sentence).fontSize)).to.be.at.least(14);
    const question = widget.shadowRoot!.querySelector('pa-migration-faq')!.shadowRoot!.querySelector('[part="question"]')!;
    expect(win.getComputedStyle(question).cursor).to.equal('pointer');
    const pageText = doc.querySelector('#page-text')!;
    expect(win.getComputedStyle(pageText).color).to.equal('rgb(255, 0, 255)');
    expect(win.paErrors).to.deep.equal([]);
  });

  // The module script and the classic script from one folder load the same files: one copy, no warning.
  const twice = [
    ['loaded-twice.html', 'loads twice (ES module and classic script from one folder) as one copy', 0],
    ['two-copies.html', 'loads as two ES module copies from two URLs', 1],
    ['two-classic-copies.html', 'loads as two classic script copies from two origins, in German', 1],
  ] as const;
  for (const [fixture, how, warnings] of twice) {
    it(`${how}, with ${warnings} warning and no error`, async () => {
      const {win, doc} = await openFixture(fixture);
      await waitUntil(() => packsOf(doc) === 3, 'the calculator works');
      if (warnings > 0) await waitUntil(() => win.paWarnings.length > 0, 'the second copy says so');
      expect(win.paWarnings.filter((warning) => warning.includes('already defined'))).to.have.length(warnings);
      if (doc.documentElement.lang === 'de') await waitUntil(() => shadowText(doc).includes(GERMAN_QUESTION), 'the German FAQ');
      expect(win.paErrors).to.deep.equal([]);
    });
  }

  it('loads a second copy of the npm build that shares @lit/localize with this one, with no error', async () => {
    // This page runs the sources, which configured @lit/localize; dist/define.js
    // is the npm build, importing the same lit and @lit/localize modules: two
    // apps' bundles with shared dependencies.
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ `${'/dist/define.js'}`);
    } catch (error) {
      errors.push(String(error));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    const widget = document.createElement('pa-migration-help');
    for (const [name, value] of Object.entries({computers: '11', expiry: '2021-04-01', today: '2021-01-15'}))
      widget.setAttribute(name, value);
    document.body.append(widget);
    await waitUntil(
      () => (widget.shadowRoot?.querySelector('pa-renewal-calculator') as {result?: {packs: number}} | null)?.result?.packs === 3,
      'a result',
    );
    widget.remove();
  });

  it('registers one element alone from its own entry of the npm build', async () => {
    const frame = await loadFrame('/test/fixtures/one-element.html');
    const win = frame.contentWindow as FixtureWindow;
    await waitUntil(
      () => (frame.contentDocument!.querySelector('pa-renewal-calculator') as {result?: {packs: number}} | null)?.result?.packs === 3,
      'a result',
    );
    expect(
      ['pa-renewal-calculator', 'pa-migration-faq', 'pa-migration-help'].map((tag) => Boolean(win.customElements.get(tag))),
    ).to.deep.equal([true, false, false]);
    expect(win.paErrors).to.deep.equal([]);
  });

  for (const [fixture, build] of [
    ['other-origin.html', 'the ES module build'],
    ['other-origin-classic.html', 'the classic script'],
  ] as const) {
    it(`loads the locale chunk of ${build} when served from another origin`, async () => {
      const {win, doc} = await openFixture(fixture);
      await waitUntil(() => shadowText(doc).includes('renouvellement'), 'French text loaded from its chunk');
      expect(win.paErrors).to.deep.equal([]);
      // Beside the bundle, on its origin: localhost and 127.0.0.1 are the test server's two.
      const french = builtFiles(win).filter((url) => /\/fr-[\w-]+\.js$/.test(url.pathname));
      expect(french.map((url) => url.hostname)).to.deep.equal([win.location.hostname === 'localhost' ? '127.0.0.1' : 'localhost']);
    });
  }

  it("registers the elements from the npm package's define entry", async () => {
    const {win, doc} = await openFixture('package-define.html');
    expect(packsOf(doc)).to.equal(2);
    expect(win.paErrors).to.deep.equal([]);
  });

  it('upgrades sanitizer-safe placeholders, now and when added later', async () => {
    const {win, doc} = await openFixture('placeholders.html');
    const placeholder = doc.querySelector('[data-pa-migration-help]')!;
    const widget = placeholder.querySelector('pa-migration-help')!;
    expect(widget.getAttribute('lang')).to.equal('de');
    expect(widget.getAttribute('price-per-pack')).to.equal('19.99');
    expect([...placeholder.children].filter((child) => child !== widget).every((child) => (child as HTMLElement).hidden)).to.equal(true);
    expect(packsOf(doc)).to.equal(2);

    const later = doc.createElement('div');
    later.setAttribute('data-pa-migration-help', '');
    later.dataset.computers = '26';
    later.dataset.expiry = '2021-04-01';
    doc.body.append(later);
    await waitUntil(() => later.querySelector('pa-migration-help') !== null, 'a placeholder added later is upgraded');
    expect(doc.querySelectorAll('pa-migration-help').length).to.equal(2);
    expect(win.paErrors).to.deep.equal([]);
  });
});

describe('the classic script', () => {
  it('loads the module files beside it, the German chunk among them, under a strict CSP', async () => {
    const served = await fetch('/test/fixtures/classic-script.html');
    expect(served.headers.get('content-security-policy')).to.contain("script-src 'self'");
    const {win, doc} = await openFixture('classic-script.html');
    await waitUntil(() => shadowText(doc).includes(GERMAN_QUESTION), 'the German FAQ');
    // Relative to the script, not to the page in test/fixtures/: auto.js, and from there what a module script's page loads.
    const requested = builtFiles(win).map((url) => url.pathname.replace(/-[\w-]+\.js$/, '-<hash>.js'));
    expect(requested.slice(0, 2)).to.deep.equal(['/dist/browser/pa-migration-help.iife.js', '/dist/browser/auto.js']);
    expect(requested).to.include('/dist/browser/de-<hash>.js');
    expect(requested.every((path) => /^\/dist\/browser\/[^/]+\.js$/.test(path))).to.equal(true);
    expect(win.paViolations).to.deep.equal([]);
    expect(win.paErrors).to.deep.equal([]);
  });

  it('comes as one file with every language, for hosts that rename files, under a strict CSP', async () => {
    const {win, doc} = await openFixture('single-file.html');
    await waitUntil(() => shadowText(doc).includes('今すぐ移行しなければなりませんか'), 'the Japanese FAQ');
    expect(builtFiles(win).map((url) => url.pathname)).to.deep.equal(['/dist/browser/pa-migration-help.single.js']);
    expect(win.paViolations).to.deep.equal([]);
    expect(win.paErrors).to.deep.equal([]);
  });

  it('requests no locale chunk on an English page', async () => {
    const {win, doc} = await openFixture('classic-script-english.html');
    await waitUntil(() => shadowText(doc).includes('Do I have to migrate now?'), 'the English FAQ');
    // A request the widget had made would be over by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const requested = builtFiles(win).map((url) => url.pathname);
    expect(requested[0]).to.equal('/dist/browser/pa-migration-help.iife.js');
    expect(requested.filter((path) => /\/(de|fr|es|it|ja|zh-Hans|pt-BR|ar)-[\w-]+\.js$/.test(path))).to.deep.equal([]);
    expect(win.paErrors).to.deep.equal([]);
  });
});
