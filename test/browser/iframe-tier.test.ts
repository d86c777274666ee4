// The iframe tier: the host page's frame, the hosted page inside it, and the
// resize messages between them, from the build (dist/browser).
import {expect, waitUntil} from '@open-wc/testing';
import {calculatorIn, GERMAN_QUESTION, packsOf, shadowText, type FixtureWindow} from './fixture-pages.js';
import {loadFrame} from './helpers.js';

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('iframe tier', () => {
  /** The host fixture page, its widget's frame, the page inside it, and the height that page's widget needs. */
  async function openHost() {
    const host = await loadFrame('/test/fixtures/iframe-host.html', {width: 800, height: 900});
    const frame = host.contentDocument!.querySelector<HTMLIFrameElement>('iframe[data-pa-migration-help-frame]')!;
    await waitUntil(() => frame.contentDocument && packsOf(frame.contentDocument) !== undefined, 'the embedded widget', {timeout: 8000});
    const inner = frame.contentDocument!;
    const content = () => Math.ceil(inner.querySelector('pa-migration-help')!.getBoundingClientRect().height);
    return {win: host.contentWindow as FixtureWindow, frame, inner, content};
  }

  it('configures the widget from the query string', async () => {
    const {inner} = await openHost();
    const widget = inner.querySelector('pa-migration-help')!;
    expect(widget.getAttribute('lang')).to.equal('de');
    // embed.html, the English page, in the language of the query once hydrated.
    await waitUntil(() => shadowText(inner).includes(GERMAN_QUESTION), 'the German FAQ');
    expect(packsOf(inner)).to.equal(2);
    expect(inner.querySelector('base')?.getAttribute('target')).to.equal('_top');
  });

  it('takes no vendor setting and no date to count from out of the query string, which anyone can write', async () => {
    const {inner} = await openHost();
    const widget = inner.querySelector('pa-migration-help')!;
    for (const name of ['renew-url', 'price-per-pack', 'currency', 'pack-size', 'today']) {
      expect(widget.hasAttribute(name), name).to.equal(false);
    }
    // The fixture's query says today=2099-01-01: the widget counts from the real date.
    expect(calculatorIn(inner)?.result?.lapsed).to.equal(true);
    expect(calculatorIn(inner)?.result?.newExpiry.startsWith('2099')).to.equal(false);
  });

  it('keeps its scrollbar until the host script sizes the frame', async () => {
    const frame = await loadFrame('/dist/browser/embed.html?computers=10&expiry=2021-04-01&today=2021-01-15', {height: 200});
    await waitUntil(() => packsOf(frame.contentDocument!) !== undefined, 'the embedded widget');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(frame.contentDocument!.documentElement.style.overflow).to.equal('');
  });

  it('keeps its scrollbar when a parent says it sized the frame but did not', async () => {
    const frame = await loadFrame('/dist/browser/embed.html?computers=10&expiry=2021-04-01&today=2021-01-15', {height: 300});
    await waitUntil(() => packsOf(frame.contentDocument!) !== undefined, 'the embedded widget');
    frame.contentWindow!.postMessage({type: 'pa-migration-help:sized', version: 1}, '*');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(frame.contentDocument!.documentElement.scrollHeight).to.be.greaterThan(1000);
    expect(frame.contentDocument!.documentElement.style.overflow).to.equal('');
  });

  it('sizes the frame when the host script arrives after the frame told its height, and passes on the look', async () => {
    const host = await loadFrame('/test/fixtures/iframe-host-late.html', {width: 800, height: 900});
    const doc = host.contentDocument!;
    const frame = doc.querySelector<HTMLIFrameElement>('iframe[data-pa-migration-help-frame]')!;
    await waitUntil(() => frame.contentDocument && packsOf(frame.contentDocument) !== undefined, 'the embedded widget', {timeout: 8000});
    await new Promise((resolve) => setTimeout(resolve, 300));
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/browser/resize-frames.js';
    doc.head.append(script);
    const inner = frame.contentDocument!;
    const widget = inner.querySelector('pa-migration-help')!;
    const content = () => Math.ceil(widget.getBoundingClientRect().height);
    await waitUntil(() => Number(frame.height) === content(), 'the frame takes its content height', {timeout: 5000});
    await waitUntil(() => inner.documentElement.style.overflow === 'hidden', 'sized, the page stops scrolling');
    expect(getComputedStyle(frame).borderTopWidth).to.equal('0px');
    expect(inner.defaultView!.getComputedStyle(inner.body).fontFamily).to.contain('Georgia');
    expect(inner.defaultView!.getComputedStyle(widget).getPropertyValue('--pa-accent').trim()).to.equal('rgb(200, 16, 46)');
  });

  it('sizes the frame to its content, so it never scrolls', async () => {
    const {frame, inner, content} = await openHost();
    await waitUntil(() => Number(frame.height) === content(), 'the frame takes its content height');
    expect(Number(frame.height)).to.be.greaterThan(300);
    await waitUntil(() => inner.documentElement.style.overflow === 'hidden', 'sized, the page stops scrolling');
    expect(inner.documentElement.scrollHeight).to.be.at.most(Number(frame.height) + 1);

    const faq = inner.querySelector('pa-migration-help')!.shadowRoot!.querySelector('pa-migration-faq')!;
    (faq.shadowRoot!.querySelector('[part="toggle-all"]') as HTMLElement).click();
    await waitUntil(() => Number(frame.height) === content() && content() > 600, 'the frame grows with opened answers');
  });

  it('ignores resize messages from any other window', async () => {
    const {win, frame, content} = await openHost();
    await waitUntil(() => Number(frame.height) > 300, 'sized once');
    win.postMessage({type: 'pa-migration-help:resize', version: 1, height: 5}, '*');
    frame.contentWindow!.parent.postMessage({type: 'pa-migration-help:resize', version: 1, height: 7}, '*');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The frame follows its content (which may still grow as fonts load), never the forged heights.
    expect(['5', '7']).not.to.include(frame.height);
    await waitUntil(() => Number(frame.height) === content(), 'still sized to its content');
  });
});
