// Screenshots of the widget compared with committed baselines (Chromium only).
// The date is pinned and the font is DejaVu Sans, which CI installs, so a
// baseline does not drift with the day or the machine's fonts.
import {emulateMedia} from '@web/test-runner-commands';
import {visualDiff} from '@web/test-runner-visual-regression';
import '../../src/define.js';
import {inLocale, mount} from './helpers.js';

const filled = {
  computers: '11',
  'current-packs': '4',
  expiry: '2027-04-01',
  today: '2026-11-28',
  'price-per-pack': '99.99',
  'renew-url': '/renew',
  open: 'pay-full-year',
};

const CASES: Array<{name: string; width: string; lang?: string; scheme?: 'light' | 'dark'}> = [
  {name: 'light-wide', width: '1000px'},
  {name: 'dark-wide', width: '1000px', scheme: 'dark'},
  {name: 'light-narrow', width: '380px'},
  // A 250 px column (a help-center sidebar): the timeline is drawn down, its text unshrunk.
  {name: 'light-column', width: '250px'},
  {name: 'ar-wide', width: '1000px', lang: 'ar'},
];

describe('visual regression', () => {
  before(function () {
    if (!/Chrome/.test(navigator.userAgent)) this.skip();
  });
  // Runs in every engine, also where the suite skipped and the driver cannot emulate media.
  after(() => emulateMedia({colorScheme: 'light'}).catch(() => undefined));

  for (const {name, width, lang = 'en', scheme = 'light'} of CASES) {
    it(name, async () => {
      await emulateMedia({colorScheme: scheme});
      const widget = await mount('pa-migration-help', {...filled, lang}, width);
      widget.parentElement!.classList.add('visual');
      widget.parentElement!.style.fontFamily = "'DejaVu Sans'";
      widget.parentElement!.style.fontSize = '16px';
      await inLocale(widget, lang);
      await document.fonts.ready;
      await visualDiff(widget, name);
    });
  }
});
