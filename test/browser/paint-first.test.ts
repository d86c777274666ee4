// Every documented tier paints the page before any of our work, and a page in
// another language never shows an English frame. Both are checked by order,
// not by time: test/fixtures/record-first-renders.js, first in each page,
// notes whether the page's first frame was painted when each element of ours
// was defined, and what each element's first render showed.
import {expect, waitUntil} from '@open-wc/testing';
import {loadFrame} from './helpers.js';

interface RecordingWindow extends Window {
  paDefined: {name: string; afterFirstFrame: boolean}[];
  paFirstRenders: {name: string; lang: string | null; text: string}[];
  paLayoutShift: number;
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

/**
 * Loads a tier's page and waits until the widget and the two elements it holds have rendered. Each page
 * replaces the last: a frame below the view gets no frames in WebKit, and would paint nothing.
 */
async function openTier(tier: string, lang: string): Promise<RecordingWindow> {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
  const frame = await loadFrame(`/test/fixtures/paint-first/${tier}.html?lang=${lang}`, {width: 390, height: 800});
  const win = frame.contentWindow as RecordingWindow;
  await waitUntil(() => win.paFirstRenders.length >= 2, `${tier} (${lang}): the widget and the FAQ rendered`, {timeout: 8000});
  // Where the HTML shows the calculator, its code comes when the form nears the view (src/browser/calculator-on-demand.ts).
  win.document.querySelector('pa-migration-help')?.shadowRoot?.querySelector('pa-renewal-calculator')?.scrollIntoView();
  await waitUntil(() => win.paFirstRenders.length >= 3, `${tier} (${lang}): the calculator rendered`, {timeout: 8000});
  return win;
}

/** Where the page's HTML holds the widget, hydrating it moves nothing (Chromium alone reports layout shifts). */
async function expectNoShiftIfServerRendered(win: RecordingWindow, tier: string, lang: string): Promise<void> {
  if (!SERVER_RENDERED.includes(tier)) return;
  // Past the hosted page's query, which it applies once hydrated.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(win.paLayoutShift, `${tier} (${lang}): layout shift`).to.equal(0);
}

const TIERS = ['module-script', 'classic-script', 'placeholders', 'client-only', 'client-only-classic', 'hosted-page'];
// The tiers whose HTML holds the widget before its script runs.
const SERVER_RENDERED = ['module-script', 'classic-script', 'hosted-page'];
// Text of the English source that no translated render holds: the calculator's heading and the first question.
const ENGLISH = ['Check your renewal', 'Do I have to migrate now?'];

describe('paint first', function () {
  this.timeout(60_000);

  it('defines no element of ours before the page has painted its first frame, in every tier', async () => {
    for (const tier of TIERS) {
      const win = await openTier(tier, 'en');
      expect(
        win.paDefined.map(({name}) => name),
        tier,
      ).to.include('pa-migration-help');
      expect(
        win.paDefined.filter(({afterFirstFrame}) => !afterFirstFrame).map(({name}) => name),
        tier,
      ).to.deep.equal([]);
      await expectNoShiftIfServerRendered(win, tier, 'en');
    }
  });

  it('renders a German or Arabic page in its language from the first frame, in every tier, and moves nothing where the HTML holds it', async () => {
    for (const lang of ['de', 'ar']) {
      for (const tier of TIERS) {
        const win = await openTier(tier, lang);
        await expectNoShiftIfServerRendered(win, tier, lang);
        for (const {name, lang: rendered, text} of win.paFirstRenders) {
          expect(rendered, `${tier} (${lang}): ${name}'s first render`).to.equal(lang);
          for (const english of ENGLISH) expect(text, `${tier} (${lang}): ${name}'s first render`).not.to.include(english);
        }
      }
    }
  });

  it("loads the calculator's rules and its result's view with the form's first input, not before", async () => {
    const win = await openTier('module-script', 'en');
    const loadedRules = () => win.performance.getEntriesByType('resource').some(({name}) => /\/renewal-results-[\w-]+\.js$/.test(name));
    expect(loadedRules(), 'before any input').to.equal(false);
    const calculator = win.document.querySelector('pa-migration-help')!.shadowRoot!.querySelector('pa-renewal-calculator')!;
    const field = calculator.shadowRoot!.querySelector<HTMLInputElement>('#computers')!;
    field.value = 'x';
    field.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await waitUntil(() => calculator.shadowRoot!.querySelector('#computers-error')?.textContent?.trim(), 'the field error shows', {
      timeout: 8000,
    });
    expect(loadedRules(), 'after the first input').to.equal(true);
  });

  it('loads the calculator where the HTML shows its form only when a reader may use it: near the view, or on touching the widget', async () => {
    const calculatorLoaded = (win: Window) =>
      win.performance.getEntriesByType('resource').some(({name}) => /\/renewal-calculator-[\w-]+\.js$/.test(name));
    const open = async () => {
      for (const frame of document.querySelectorAll('iframe')) frame.remove();
      const frame = await loadFrame('/test/fixtures/paint-first/module-script.html?lang=en', {width: 390, height: 500});
      const win = frame.contentWindow as RecordingWindow;
      await waitUntil(() => win.paFirstRenders.length >= 2, 'the widget and the FAQ rendered', {timeout: 8000});
      // Time for a request the loader had made at once to show.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const widget = win.document.querySelector('pa-migration-help')!;
      return {win, widget, calculator: widget.shadowRoot!.querySelector('pa-renewal-calculator')!};
    };

    const scrolled = await open();
    expect(calculatorLoaded(scrolled.win), 'with the form out of view').to.equal(false);
    expect(scrolled.win.customElements.get('pa-renewal-calculator'), 'with the form out of view').to.equal(undefined);
    scrolled.calculator.scrollIntoView();
    await waitUntil(() => scrolled.win.customElements.get('pa-renewal-calculator'), 'defined once near the view', {timeout: 8000});
    expect(calculatorLoaded(scrolled.win)).to.equal(true);

    // The jump button to the form: the calculator loads, and its first field takes the focus once it has.
    const jumped = await open();
    expect(calculatorLoaded(jumped.win), 'before the jump').to.equal(false);
    // A click alone, as a screen reader's browse mode activates it: no focus, no touch first.
    jumped.widget.shadowRoot!.querySelector<HTMLButtonElement>('[part="jump-button"]')!.click();
    await waitUntil(() => jumped.calculator.shadowRoot!.activeElement?.id === 'computers', 'the first field focused', {timeout: 8000});
  });

  it("keeps the page's language when the calculator comes later, and renders a widget added in another component's shadow root", async () => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    const frame = await loadFrame('/test/fixtures/paint-first/module-script.html?lang=en', {width: 390, height: 500});
    const win = frame.contentWindow as RecordingWindow;
    await waitUntil(() => win.paFirstRenders.length >= 2, 'the widget and the FAQ rendered', {timeout: 8000});
    const widget = win.document.querySelector('pa-migration-help')!;
    const text = (element: Element) => element.shadowRoot!.textContent ?? '';
    const faq = widget.shadowRoot!.querySelector('pa-migration-faq')!;
    // The page turns German (a language switcher): the English HTML follows it, then the calculator comes.
    win.document.documentElement.lang = 'de';
    await waitUntil(() => text(faq).includes('Muss ich jetzt schon migrieren?'), 'the FAQ in German', {timeout: 8000});
    const calculator = widget.shadowRoot!.querySelector('pa-renewal-calculator')!;
    calculator.scrollIntoView();
    await waitUntil(() => text(calculator).includes('Verlängerung'), 'the calculator in German', {timeout: 8000});
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(text(faq)).to.include('Muss ich jetzt schon migrieren?');
    expect(text(calculator)).not.to.include('Check your renewal');

    // An app's component adds the widget in its own shadow root: the browser renders it, calculator included.
    const host = win.document.createElement('div');
    win.document.body.append(host);
    const added = win.document.createElement('pa-migration-help');
    host.attachShadow({mode: 'open'}).append(added);
    await waitUntil(() => added.shadowRoot?.querySelector('pa-renewal-calculator')?.shadowRoot?.querySelector('#computers'), 'its form', {
      timeout: 8000,
    });
  });
});
