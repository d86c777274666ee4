// Screenshots of the widget compared with committed baselines (Chromium only):
// they guard the layout (CSS, markup, parts, direction, colour schemes), not
// the words. Before each screenshot every text node in the widget's shadow
// trees is replaced with fixture text that depends only on where it sits (a
// sentence in a paragraph, list item or description, two words anywhere else;
// Arabic words in a right-to-left widget), so rewording an English message or
// a translation leaves the baselines alone, while a change of layout, styles
// or markup still shows. (A message that gains or loses a run of text, such as
// words before a placeholder that had none, changes the markup's text runs and
// can show.) Lists of like things keep a fixed number of entries (questions,
// summary rows, explanations, steps), so adding a question or a result row,
// the content changes the project expects, leaves the baselines alone too.
// The words themselves are checked by the localization and
// component tests. The date is pinned and the font is DejaVu Sans, which CI
// installs, so a baseline does not drift with the day or the machine's fonts.
// After a layout change: npm run test:visual:update.
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

/** Fixture text for each writing direction: words of a fixed length, whatever the messages say. */
const FIXTURE_TEXT = {
  ltr: {short: 'Fixed text', long: 'Fixture text of a fixed length, the same in every release and every language.'},
  rtl: {short: 'نص ثابت', long: 'نص ثابت الطول للاختبار، هو نفسه في كل إصدار وفي كل لغة.'},
};
const SENTENCE_HOLDERS = new Set(['p', 'li', 'dd']);

/** Replaces every visible text node under `root` and in the shadow roots inside it with fixture text. */
function fixText(root: Element | ShadowRoot, dir: 'ltr' | 'rtl'): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (node.shadowRoot) fixText(node.shadowRoot, dir);
      continue;
    }
    const parent = node.parentElement;
    if (!parent || parent.localName === 'style' || !node.textContent?.trim()) continue;
    const {short, long} = FIXTURE_TEXT[dir];
    node.textContent = SENTENCE_HOLDERS.has(parent.localName) ? long : short;
  }
}

/** Lists of like things, and how many of each entry a screenshot keeps. */
const FIXED_COUNTS: Array<[selector: string, count: number]> = [
  ['[part~="item"]', 3],
  ['.values > .value', 3],
  ['.details > p', 4],
  ['[part~="timeline"] > li', 5],
];

/** Keeps a fixed number of each list's entries under `root` and in the shadow roots inside it. */
function fixCounts(root: Element | ShadowRoot): void {
  for (const [selector, count] of FIXED_COUNTS) for (const extra of [...root.querySelectorAll(selector)].slice(count)) extra.remove();
  for (const host of root.querySelectorAll('*')) if (host.shadowRoot) fixCounts(host.shadowRoot);
}

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
      fixCounts(widget.shadowRoot!);
      // Twice, a frame apart: a live region may render its text late.
      fixText(widget.shadowRoot!, lang === 'ar' ? 'rtl' : 'ltr');
      await new Promise(requestAnimationFrame);
      fixText(widget.shadowRoot!, lang === 'ar' ? 'rtl' : 'ltr');
      await document.fonts.ready;
      await visualDiff(widget, name);
    });
  }
});
