// axe over every element, state, theme and writing direction; motion; keyboard order.
import {expect} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import {FAQ_ITEM_IDS} from '../../src/index.js';
import {inLocale, inShadow, mount} from './helpers.js';

const STATES: Record<string, Record<string, string>> = {
  default: {},
  filled: {computers: '11', expiry: '2021-04-01', today: '2021-01-15', 'price-per-pack': '19.99', 'renew-url': '/renew'},
  error: {computers: '1.5', 'current-packs': '0', expiry: '2021-02-30', today: '2021-01-15'},
  lapsed: {computers: '7', expiry: '2021-04-01', today: '2021-04-11'},
  'packs that look like computers': {computers: '10', 'current-packs': '10', expiry: '2021-04-01', today: '2021-01-15'},
  decrease: {computers: '11', 'current-packs': '4', expiry: '2021-04-01', today: '2021-01-15', 'price-per-pack': '19.99'},
  'expires soon': {computers: '11', expiry: '2021-04-01', today: '2021-03-20', 'renew-url': '/renew'},
  'all answers open': {open: 'migrate-now pay-full-year higher-price change-licenses'},
};
const THEMES = [
  {name: 'light', media: {colorScheme: 'light', forcedColors: 'none'}},
  {name: 'dark', media: {colorScheme: 'dark', forcedColors: 'none'}},
  {name: 'forced colours', media: {colorScheme: 'light', forcedColors: 'active'}},
] as const;
const TAGS = ['pa-migration-help', 'pa-renewal-calculator', 'pa-migration-faq'] as const;

const DEFAULT_MEDIA = {colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference'} as const;

/**
 * Emulates media features, or skips where the engine's driver cannot, unless
 * what is asked is the browser's default anyway.
 */
async function emulateOrSkip(context: Mocha.Context, media: Parameters<typeof emulateMedia>[0]): Promise<void> {
  try {
    await emulateMedia(media);
  } catch {
    const isDefault = Object.entries(media).every(([feature, value]) => DEFAULT_MEDIA[feature as keyof typeof DEFAULT_MEDIA] === value);
    if (!isDefault) context.skip();
  }
}

describe('accessibility matrix', () => {
  after(() => emulateMedia(DEFAULT_MEDIA).catch(() => undefined));

  for (const theme of THEMES) {
    for (const lang of ['en', 'ar']) {
      it(`passes axe for every element and state: ${theme.name}, ${lang}`, async function () {
        this.timeout(60_000);
        await emulateOrSkip(this, theme.media);
        for (const tag of TAGS) {
          for (const [state, attributes] of Object.entries(STATES)) {
            const element = await mount(tag, {...attributes, lang});
            await inLocale(element, lang);
            await expect(element, `${tag} ${state}`).to.be.accessible();
            element.parentElement!.remove();
          }
        }
      });
    }
  }

  it('keeps a visible border on fields and questions under forced colours', async function () {
    await emulateOrSkip(this, {forcedColors: 'active'});
    const calculator = await mount('pa-renewal-calculator');
    const field = inShadow(calculator, '#computers');
    expect(getComputedStyle(field).borderTopStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(field).borderTopWidth)).to.be.greaterThan(0);
    const faq = await mount('pa-migration-faq');
    expect(getComputedStyle(inShadow(faq, '.item')).borderBottomStyle).to.equal('solid');
  });

  it('removes motion under prefers-reduced-motion', async function () {
    const faq = await mount('pa-migration-faq');
    const chevron = inShadow(faq, '.chevron');
    await emulateOrSkip(this, {reducedMotion: 'no-preference'});
    expect(parseFloat(getComputedStyle(chevron).transitionDuration)).to.be.greaterThan(0);
    await emulateOrSkip(this, {reducedMotion: 'reduce'});
    expect(parseFloat(getComputedStyle(chevron).transitionDuration)).to.equal(0);
  });

  it('reaches every control with Tab, in reading order', async () => {
    const widget = await mount('pa-migration-help', {...STATES.filled});
    const before = document.createElement('button');
    before.textContent = 'before';
    widget.parentElement!.prepend(before);
    before.focus();
    const reached: string[] = [];
    // A date field may hold a Tab stop per segment (month, day, year): one control, reached once.
    for (let i = 0; i < 40 && reached.at(-1) !== 'renew-link'; i++) {
      await sendKeys({press: 'Tab'});
      let focused: Element | null = document.activeElement;
      while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
      const name = focused?.id || focused?.getAttribute('part') || focused?.localName || '';
      if (name !== reached.at(-1)) reached.push(name);
    }
    expect(reached).to.deep.equal([
      'toggle-all',
      ...FAQ_ITEM_IDS.map((id) => `pa-faq-${id}`),
      'computers',
      'currentExpiry',
      'currentPacks',
      'renew-link',
    ]);
  });
});
