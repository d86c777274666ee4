// Placeholders upgraded by the built auto.js (dist/browser) on a page that makes it hard.
import {expect, waitUntil} from '@open-wc/testing';
import {openFixture, packsOf} from './fixture-pages.js';
import {deepText} from './helpers.js';

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('placeholders a page makes hard', () => {
  const HARD_CASES = 'placeholders-hard-cases.html';
  const widgetsIn = (root: ParentNode) => [...root.querySelectorAll('pa-migration-help')];
  const speaks = (widget: Element, word: string) => deepText(widget.shadowRoot!).includes(word);
  /** Lets the page's own tasks (and its mutation observers) run. */
  const aTask = () => new Promise((resolve) => setTimeout(resolve, 50));

  /** The non-blank text of `root`'s light DOM that takes room on the page. */
  function shownText(root: Element): string[] {
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = doc.createRange();
    const shown: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      if (node.textContent!.trim() && range.getClientRects().length > 0) shown.push(node.textContent!.trim());
    }
    return shown;
  }

  /** A placeholder made as a page script would make it: data-* attributes and fallback text. */
  function makePlaceholder(doc: Document, data: Record<string, string>, text = 'Statischer Text'): HTMLElement {
    const placeholder = doc.createElement('div');
    placeholder.setAttribute('data-pa-migration-help', '');
    Object.assign(placeholder.dataset, {expiry: '2021-04-01', today: '2021-01-15', ...data});
    placeholder.append(text);
    return placeholder;
  }

  it('hides text that sits straight inside a placeholder, without a style attribute, and keeps it', async () => {
    const {win, doc} = await openFixture(HARD_CASES);
    const placeholder = doc.getElementById('bare-text')!;
    expect(widgetsIn(placeholder)).to.have.length(1);
    expect(shownText(placeholder)).to.deep.equal([]);
    expect(placeholder.textContent).to.contain('Muss ich jetzt migrieren?').and.contain('Ablaufdatum');
    expect(placeholder.querySelectorAll('[style]')).to.have.length(0);
    // Text the page adds to the placeholder later is hidden too.
    placeholder.append('Später hinzugefügt');
    await waitUntil(() => shownText(placeholder).length === 0, 'text added later is hidden');
    expect(placeholder.textContent).to.contain('Später hinzugefügt');
    expect(widgetsIn(placeholder)).to.have.length(1);
    // A help center that re-renders the article replaces the placeholder's content, widget included.
    placeholder.replaceChildren('Neuer Artikeltext');
    await waitUntil(() => widgetsIn(placeholder).length === 1, 'the widget is put back');
    expect(shownText(placeholder)).to.deep.equal([]);
    expect(widgetsIn(placeholder)[0]!.getAttribute('computers')).to.equal('10');
    expect(win.paViolations).to.deep.equal([]);
    expect(win.paErrors).to.deep.equal([]);
  });

  it('leaves an iframe in a placeholder where it was, hidden, and does not load it again', async () => {
    const {doc} = await openFixture(HARD_CASES);
    const placeholder = makePlaceholder(doc, {computers: '10'});
    placeholder.removeAttribute('data-pa-migration-help');
    const frame = doc.createElement('iframe');
    frame.src = '/package.json';
    let loads = 0;
    frame.addEventListener('load', () => loads++);
    placeholder.append(frame);
    doc.body.append(placeholder);
    await waitUntil(() => loads === 1, 'the iframe loaded');
    placeholder.setAttribute('data-pa-migration-help', '');
    await waitUntil(() => widgetsIn(placeholder).length === 1, 'upgraded');
    await aTask();
    await aTask();
    expect(loads).to.equal(1);
    expect(frame.getClientRects().length, 'not shown').to.equal(0);
    expect(shownText(placeholder)).to.deep.equal([]);
  });

  it('hides a fallback that came marked as upgraded already (a copy of an upgraded page)', async () => {
    const {doc} = await openFixture(HARD_CASES);
    const placeholder = makePlaceholder(doc, {computers: '10'}, '');
    placeholder.setAttribute('data-pa-upgraded', '');
    const fallback = doc.createElement('div');
    fallback.setAttribute('data-pa-fallback', '');
    fallback.textContent = 'Kopierter Text';
    placeholder.append(fallback);
    doc.body.append(placeholder);
    await waitUntil(() => widgetsIn(placeholder).length === 1, 'upgraded');
    expect(shownText(placeholder)).to.deep.equal([]);
  });

  it('upgrades only the outermost of nested placeholders', async () => {
    const {win, doc} = await openFixture(HARD_CASES);
    const outer = doc.getElementById('outer')!;
    const inner = doc.getElementById('inner')!;
    expect(widgetsIn(outer)).to.have.length(1);
    expect(widgetsIn(inner)).to.have.length(0);
    expect(inner.hasAttribute('data-pa-upgraded')).to.equal(false);
    // The inner placeholder's French never takes over the page.
    const widget = widgetsIn(outer)[0]!;
    await waitUntil(() => speaks(widget, 'Lizenzpaket'), 'the outer widget speaks German', {timeout: 5000});
    await aTask();
    expect(speaks(widget, 'Lizenzpaket')).to.equal(true);
    expect(win.paErrors).to.deep.equal([]);
  });

  it('gives the widget to a placeholder that comes to hold an upgraded one', async () => {
    const {win, doc} = await openFixture(HARD_CASES);
    const wrapper = doc.createElement('section');
    const inner = makePlaceholder(doc, {lang: 'de', computers: '3'});
    wrapper.append(inner);
    doc.body.append(wrapper);
    await waitUntil(() => widgetsIn(inner).length === 1, 'the placeholder is upgraded');

    Object.assign(wrapper.dataset, {lang: 'de', computers: '30', expiry: '2021-04-01', today: '2021-01-15'});
    wrapper.setAttribute('data-pa-migration-help', '');
    await waitUntil(() => widgetsIn(inner).length === 0, 'the inner widget is removed');
    expect(widgetsIn(wrapper)).to.have.length(1);
    expect(widgetsIn(wrapper)[0]!.getAttribute('computers')).to.equal('30');
    expect(inner.hasAttribute('data-pa-upgraded')).to.equal(false);
    expect(shownText(wrapper)).to.deep.equal([]);
    expect(win.paErrors).to.deep.equal([]);
  });

  it('upgrades an element that becomes a placeholder later, and restores it when it stops being one', async () => {
    const {win, doc} = await openFixture(HARD_CASES);
    const element = doc.createElement('div');
    element.append('Erst später ein Platzhalter');
    doc.body.append(element);
    await aTask();
    Object.assign(element.dataset, {computers: '26', expiry: '2021-04-01', today: '2021-01-15'});
    element.setAttribute('data-pa-migration-help', '');
    await waitUntil(() => widgetsIn(element).length === 1, 'the new placeholder is upgraded');
    expect(widgetsIn(element)[0]!.getAttribute('computers')).to.equal('26');
    expect(shownText(element)).to.deep.equal([]);

    element.removeAttribute('data-pa-migration-help');
    await waitUntil(() => widgetsIn(element).length === 0, 'the widget is removed');
    expect(shownText(element)).to.deep.equal(['Erst später ein Platzhalter']);
    expect(element.hasAttribute('data-pa-upgraded')).to.equal(false);
    expect(win.paErrors).to.deep.equal([]);
  });

  it('upgrades placeholders in open shadow roots, at start and later', async () => {
    const {win, doc} = await openFixture(HARD_CASES);
    // In a declarative shadow root of the page.
    const shadowRoot = doc.getElementById('shadow-host')!.shadowRoot!;
    const atStart = shadowRoot.getElementById('in-shadow')!;
    expect(widgetsIn(atStart)).to.have.length(1);
    expect(widgetsIn(atStart)[0]!.getAttribute('computers')).to.equal('12');

    // Added later to a shadow root already there.
    const addedToRoot = makePlaceholder(doc, {lang: 'de', computers: '13'});
    shadowRoot.append(addedToRoot);
    // Inside a host added later with its shadow root.
    const host = doc.createElement('div');
    const inHost = makePlaceholder(doc, {lang: 'de', computers: '14'});
    host.attachShadow({mode: 'open'}).append(inHost);
    doc.body.append(host);
    // Inside a custom element whose shadow root comes when it is defined, after it was added.
    const late = doc.createElement('x-late-host');
    doc.body.append(late);
    await aTask();
    const inLate = makePlaceholder(doc, {lang: 'de', computers: '15'});
    const FrameElement = (win as unknown as typeof globalThis).HTMLElement;
    win.customElements.define(
      'x-late-host',
      class extends FrameElement {
        constructor() {
          super();
          this.attachShadow({mode: 'open'}).append(inLate);
        }
      },
    );
    for (const [placeholder, computers] of [
      [addedToRoot, '13'],
      [inHost, '14'],
      [inLate, '15'],
    ] as const) {
      await waitUntil(() => widgetsIn(placeholder).length === 1, `the placeholder for ${computers} computers is upgraded`);
      expect(widgetsIn(placeholder)[0]!.getAttribute('computers')).to.equal(computers);
      expect(shownText(placeholder)).to.deep.equal([]);
    }
    // A placeholder made a placeholder inside a shadow root later.
    const becomes = doc.createElement('div');
    shadowRoot.append(becomes);
    await aTask();
    becomes.setAttribute('data-pa-migration-help', '');
    await waitUntil(() => widgetsIn(becomes).length === 1, 'the attribute set in a shadow root upgrades it');
    expect(win.paErrors).to.deep.equal([]);
  });

  it("follows changes of the placeholder's data attributes after the upgrade", async () => {
    const {win, doc} = await openFixture('placeholders.html');
    const placeholder = doc.querySelector<HTMLElement>('[data-pa-migration-help]')!;
    const widget = placeholder.querySelector('pa-migration-help')!;
    placeholder.dataset.computers = '26';
    placeholder.dataset.packSize = '10';
    delete placeholder.dataset.pricePerPack;
    await waitUntil(
      () =>
        widget.getAttribute('computers') === '26' && widget.getAttribute('pack-size') === '10' && !widget.hasAttribute('price-per-pack'),
      'the widget takes the changed, added and removed values',
    );
    await waitUntil(() => packsOf(doc) === 3, '26 computers in packs of 10');

    placeholder.dataset.lang = 'fr';
    await waitUntil(() => speaks(widget, 'renouvellement'), 'the widget switches to French', {timeout: 5000});
    delete placeholder.dataset.lang;
    await waitUntil(() => !widget.hasAttribute('lang'), 'the lang attribute is removed');
    expect(win.paErrors).to.deep.equal([]);
  });
});
