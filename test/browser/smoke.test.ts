import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';

it('renders', async () => {
  const el = await fixture(html`<pa-migration-help computers="11" expiry="2021-04-01" today="2021-01-15"></pa-migration-help>`);
  const calc = el.shadowRoot!.querySelector('pa-renewal-calculator')!;
  await calc.updateComplete;
  console.log(calc.shadowRoot!.querySelector('[part=results]')?.textContent?.replace(/\s+/g, ' '));
  expect(calc.result?.packs).to.equal(3);
});
