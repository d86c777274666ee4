// Printed, the widget shows every answer, every result and the timeline, and no buttons.
import {expect} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {FAQ_ITEM_IDS} from '../../src/index.js';
import '../../src/define.js';
import {calculatorOf, faqOf, inShadow, mount} from './helpers.js';

describe('print', () => {
  before(async function () {
    try {
      await emulateMedia({media: 'print'});
    } catch {
      this.skip(); // the engine's driver cannot emulate print media
    }
  });
  after(() => emulateMedia({media: 'screen'}).catch(() => undefined));

  it('opens every answer and hides the buttons', async () => {
    const widget = await mount('pa-migration-help', {computers: '11', expiry: '2021-04-01', today: '2021-01-15', 'renew-url': '/renew'});
    const faq = faqOf(widget);
    for (const id of FAQ_ITEM_IDS) {
      expect(inShadow(faq, `#pa-faq-${id}-answer`).getBoundingClientRect().height, id).to.be.greaterThan(10);
    }
    expect(getComputedStyle(inShadow(faq, '[part="toggle-all"]')).display).to.equal('none');
    const calculator = calculatorOf(widget);
    expect(getComputedStyle(inShadow(calculator, '[part="renew-link"]')).display).to.equal('none');
    expect(inShadow(calculator, '[part="results"]').getBoundingClientRect().height).to.be.greaterThan(100);
    expect(inShadow(calculator, '[part="timeline"]').getBoundingClientRect().height).to.be.greaterThan(30);
    expect(getComputedStyle(inShadow(widget, '[part="jump-button"]')).display).to.equal('none');
    for (const button of ['calendar-button', 'share-button']) {
      expect(inShadow(calculator, `[part="${button}"]`).getBoundingClientRect().height, button).to.equal(0);
    }
  });
});
