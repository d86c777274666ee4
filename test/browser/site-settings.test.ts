// The vendor's values set once for a site, in <pa-migration-help-settings>
// elements (one for every language, one per language where it differs):
// each widget takes what it does not set itself, and a change reaches them all.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {LitElement} from 'lit';
import '../../src/define.js';
import {calculatorOf, part, settled} from './helpers.js';

const inputs = 'computers="10" expiry="2027-04-01" today="2026-12-01"';

/** A page of `markup`, its widgets rendered. */
async function page(markup: string): Promise<HTMLElement> {
  const column = await fixture<HTMLElement>(html`<div></div>`);
  column.append(document.createRange().createContextualFragment(markup));
  for (const widget of column.querySelectorAll<LitElement>('pa-migration-help')) await settled(widget);
  return column;
}

/** What a widget's calculator shows: the price of a year (minor digits) and where Renew leads. */
async function shown(widget: Element) {
  const calculator = calculatorOf(widget) as LitElement;
  await calculator.updateComplete;
  return {
    price: part(calculator, 'price')?.dataset.value,
    priceText: part(calculator, 'price')?.textContent?.replace(/\s+/g, ' ').trim(),
    renew: part(calculator, 'renew-link')?.getAttribute('href'),
  };
}

const SETTINGS = `
  <pa-migration-help-settings price-per-pack="99.99" currency="USD" renew-url="https://example.com/renew"></pa-migration-help-settings>
  <pa-migration-help-settings lang="de" price-per-pack="89.99" currency="EUR" renew-url="https://example.com/de/renew"></pa-migration-help-settings>`;

describe('<pa-migration-help-settings>', () => {
  afterEach(() => {
    for (const settings of document.querySelectorAll('pa-migration-help-settings')) settings.remove();
  });

  it("gives a widget the site's values for the language it speaks, under its own attributes", async () => {
    const column = await page(`${SETTINGS}<pa-migration-help ${inputs}></pa-migration-help>`);
    const widget = column.querySelector('pa-migration-help')!;
    expect(await shown(widget)).to.include({price: '199.98', renew: 'https://example.com/renew'});
    // de-AT speaks German: the German settings over the general ones.
    widget.setAttribute('lang', 'de-AT');
    await waitUntil(async () => (await shown(widget)).price === '179.98', 'the German price');
    expect(await shown(widget)).to.include({renew: 'https://example.com/de/renew'});
    expect((await shown(widget)).priceText).to.contain('€');
    // A language without settings of its own takes the general ones.
    widget.setAttribute('lang', 'fr');
    await waitUntil(async () => (await shown(widget)).price === '199.98', 'the general price');
    // The element's own attribute first, then the site's setting for its language.
    widget.setAttribute('lang', 'de');
    widget.setAttribute('price-per-pack', '10');
    // The German settings once German has loaded again; its own price at once.
    await waitUntil(async () => (await shown(widget)).renew === 'https://example.com/de/renew', 'the German link');
    expect(await shown(widget)).to.include({price: '20.00'});
  });

  for (const lang of ['en', 'ja', 'de']) {
    it(`a price change is one edit: the widget in ${lang} shows the new price`, async () => {
      const column = await page(`${SETTINGS}<pa-migration-help lang="${lang}" ${inputs}></pa-migration-help>`);
      const widget = column.querySelector('pa-migration-help')!;
      const expected = lang === 'de' ? '199.98' : '219.98';
      document.querySelector('pa-migration-help-settings:not([lang])')!.setAttribute('price-per-pack', '109.99');
      document.querySelector('pa-migration-help-settings[lang="de"]')!.setAttribute('price-per-pack', '99.99');
      await waitUntil(async () => (await shown(widget)).price === expected, `the new price, ${expected}`);
    });
  }

  it('reaches widgets placed before it, as when the settings sit at the end of the page', async () => {
    const column = await page(`<pa-migration-help ${inputs}></pa-migration-help>`);
    const widget = column.querySelector('pa-migration-help')!;
    expect((await shown(widget)).price).to.equal(undefined);
    document.body.append(document.createRange().createContextualFragment(SETTINGS));
    await waitUntil(async () => (await shown(widget)).price === '199.98', 'the site price');
  });
});
