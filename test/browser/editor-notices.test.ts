// What an editor gets wrong in the markup shows in the widget, in preview
// only: with editorNotices set (a configurator) or ?pa-debug / #pa-debug in
// the page's URL; a customer on the published page sees nothing of it.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {LitElement} from 'lit';
import '../../src/define.js';
import {watchPlaceholders} from '../../src/placeholders.js';
import {settled} from './helpers.js';

const noticeOf = (widget: Element) => widget.shadowRoot!.querySelector('.editor-notice');

async function mountIn(markup: string): Promise<HTMLElement> {
  const column = await fixture<HTMLElement>(html`<div></div>`);
  column.append(document.createRange().createContextualFragment(markup));
  return column;
}

describe('editor notices', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search.replace(/[?&]pa-debug\b/, '')));

  it('show nothing on a published page, however wrong the markup', async () => {
    const column = await mountIn('<pa-migration-help data-price="1" lang="german" renew-url="my.parallels.com"></pa-migration-help>');
    const widget = column.querySelector<LitElement>('pa-migration-help')!;
    await settled(widget);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(noticeOf(widget)).to.equal(null);
  });

  it('list the mistakes of the element, its placeholder and the site settings where the editor previews', async () => {
    const column = await mountIn(`
      <pa-migration-help-settings price-per-pack="99,99"></pa-migration-help-settings>
      <div data-pa-migration-help data-price="99.99" data-renew-url="my.parallels.com/renew" data-lang="german"></div>`);
    watchPlaceholders(document);
    await waitUntil(() => column.querySelector('pa-migration-help'), 'upgraded');
    const widget = column.querySelector<LitElement & {editorNotices: boolean}>('pa-migration-help')!;
    widget.editorNotices = true;
    await waitUntil(() => noticeOf(widget), 'the notice');
    const text = noticeOf(widget)!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('did you mean data-price-per-pack?');
    expect(text).to.contain('write https://my.parallels.com/renew');
    expect(text).to.contain('does not speak "german"');
    expect(text).to.contain('with a point, not a comma');
    await expect(widget).to.be.accessible();
    document.querySelector('pa-migration-help-settings')!.remove();
  });

  it('show with #pa-debug in the URL', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#pa-debug`);
    const column = await mountIn('<pa-renewal-calculator price-per-pack="$99"></pa-renewal-calculator>');
    const calculator = column.querySelector<LitElement>('pa-renewal-calculator')!;
    await waitUntil(() => noticeOf(calculator), 'the notice');
    expect(noticeOf(calculator)!.textContent).to.contain('the currency goes in currency="…"');
  });
});
