// The iframe tier's hosted pages from the build (dist/browser/embed.html and
// embed/<locale>.html, made by `npm run build`): the widget server-rendered,
// readable and laid out before any script runs, then hydrated in place by
// embed.js, which only then applies the query string.
import {expect, waitUntil} from '@open-wc/testing';
import {isFrameResizeMessage} from '../../src/embed/frame-message.js';
import {recordProblems} from './fixture-pages.js';

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

type FrameWindow = Window & typeof globalThis;

/**
 * Opens `src` in a 1000 × 900 frame and resolves once the widget is parsed:
 * with `scripts: false` in a sandbox that runs none. A page whose query holds
 * `pa-hold-end` runs no script yet either: the test server holds back the end
 * of the page (web-test-runner.config.js), and module scripts run only after
 * the whole page is parsed.
 */
async function openPage(src: string, {scripts = true} = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '900';
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.src = src;
  document.body.append(frame);
  const path = new URL(src, location.href).pathname;
  // Something after the widget: the parser has closed it.
  await waitUntil(
    () => frame.contentWindow?.location.pathname === path && frame.contentDocument!.querySelector('pa-migration-help')?.nextSibling,
    `${src}: the widget parsed`,
    {timeout: 5000},
  );
  return frame;
}

const inner = (host: Element, selector: string) => host.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** The widget in a hosted page, and the nodes the tests follow inside its shadow roots. */
function widgetIn(doc: Document) {
  const widget = doc.querySelector('pa-migration-help')!;
  const faq = inner(widget, 'pa-migration-faq');
  const calculator = inner(widget, 'pa-renewal-calculator') as HTMLElement & {result?: {packs: number} | null};
  return {widget, faq, calculator, question: inner(faq, '[part="question"]'), field: inner(calculator, '#computers') as HTMLInputElement};
}

/** Whether two boxes sit side by side: the same top, neither overlapping the other. */
const sideBySide = (a: DOMRect, b: DOMRect) => Math.abs(a.top - b.top) < 1 && (b.left >= a.right - 1 || b.right <= a.left + 1);

describe('the hosted pages, server-rendered', () => {
  const pages = [
    ['embed/de.html', 'de', 'ltr', 'Muss ich jetzt schon migrieren?'],
    ['embed/ar.html', 'ar', 'rtl', ''],
    // The URL of the first releases: the English page.
    ['embed.html', 'en', 'ltr', 'Do I have to migrate now?'],
  ] as const;
  for (const [page, locale, dir, question] of pages) {
    it(`${page} shows the FAQ and the form, laid out, with scripts blocked`, async () => {
      const frame = await openPage(`/dist/browser/${page}?computers=10&expiry=2021-04-01`, {scripts: false});
      const doc = frame.contentDocument!;
      // Booleans: an element class of another window in a failed assertion would stall the test runner's report.
      expect((frame.contentWindow as FrameWindow).customElements.get('pa-migration-help') === undefined, 'no script ran').to.equal(true);
      expect(doc.querySelector('pa-migration-help')?.shadowRoot?.mode, 'the widget and its shadow root, in the HTML').to.equal('open');
      expect([doc.documentElement.lang, doc.documentElement.dir]).to.deep.equal([locale, dir]);
      const {widget, faq, calculator, question: first, field} = widgetIn(doc);
      // Rendered in the page's language, not fixed to it: the page's lang decides once the script runs.
      expect(widget.getAttribute('data-pa-locale')).to.equal(locale);
      expect(inner(faq, '.root').getAttribute('lang')).to.equal(locale);
      expect(first.textContent).to.contain(question);
      expect(first.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(field.getBoundingClientRect().height).to.be.greaterThan(10);
      // Styled as the script would: the inline <style> elements passed the page's policy.
      expect(sideBySide(faq.getBoundingClientRect(), calculator.getBoundingClientRect()), 'FAQ and calculator side by side').to.equal(true);
      expect(widget.getBoundingClientRect().left, 'no margin around the widget').to.equal(0);
      // The query is the script's to apply: the HTML is the same for every visitor.
      expect(field.value).to.equal('');
    });
  }

  it('hydrates the German page in place, then takes the query, with no error and a resize message', async () => {
    const token = String(Math.random()).slice(2);
    const heights: number[] = [];
    let frame: HTMLIFrameElement | undefined;
    const onMessage = (event: MessageEvent) => {
      if (frame && event.source === frame.contentWindow && isFrameResizeMessage(event.data)) heights.push(event.data.height);
    };
    window.addEventListener('message', onMessage);
    try {
      frame = await openPage(`/dist/browser/embed/de.html?lang=de&computers=10&expiry=2021-04-01&pa-hold-end=${token}`);
      const win = frame.contentWindow as FrameWindow;
      const doc = frame.contentDocument!;

      // Before the script: the German FAQ and the form, laid out.
      expect(win.customElements.get('pa-migration-help') === undefined, 'embed.js has not run yet').to.equal(true);
      const before = widgetIn(doc);
      const text = before.question.textContent;
      expect(text).to.contain('Muss ich jetzt schon migrieren?');
      const questionBox = before.question.getBoundingClientRect();
      const fieldBox = before.field.getBoundingClientRect();
      expect(questionBox.height).to.be.greaterThan(10);
      expect(fieldBox.height).to.be.greaterThan(10);

      const {errors} = recordProblems(win);
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      expect(heights, 'no message before the script').to.deep.equal([]);

      expect(doc.readyState, 'the page is still loading').to.equal('loading');
      await fetch(`/__pa-release?token=${token}`);
      await waitUntil(() => win.customElements.get('pa-migration-help') !== undefined, 'embed.js ran', {timeout: 5000});
      await waitUntil(() => widgetIn(doc).calculator.result?.packs === 2, "the query's values, after hydration", {timeout: 8000});

      // Hydrated, not rendered anew: the same nodes, the same text, where they were.
      const after = widgetIn(doc);
      for (const name of ['widget', 'faq', 'calculator', 'question', 'field'] as const) {
        expect(after[name] === before[name], `the same ${name} node`).to.equal(true);
      }
      expect(after.question.textContent).to.equal(text);
      expect(after.question.getBoundingClientRect().top).to.equal(questionBox.top);
      expect(after.field.getBoundingClientRect().top).to.equal(fieldBox.top);
      expect(after.field.value).to.equal('10');
      expect(after.widget.getAttribute('lang')).to.equal('de');

      const height = () => Math.ceil(after.widget.getBoundingClientRect().height);
      await waitUntil(() => heights.at(-1) === height(), 'the frame told the height of the widget with its result');
      expect(errors).to.deep.equal([]);
      expect(violations).to.deep.equal([]);
    } finally {
      window.removeEventListener('message', onMessage);
    }
  });

  it('restores a copied result link over the query the frame was opened with', async () => {
    // The reader typed 99 computers and copied the link: the query still says 10.
    const frame = await openPage('/dist/browser/embed/en.html?computers=10&expiry=2030-04-01#pa-calc=computers:99;expiry:2030-04-01');
    const {calculator} = widgetIn(frame.contentDocument!);
    await waitUntil(() => calculator.result?.packs !== undefined, 'a result', {timeout: 8000});
    // Past the query's own turn, which comes once the widget has hydrated.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calculator.result?.packs).to.equal(20);
    expect(widgetIn(frame.contentDocument!).field.value).to.equal('99');
  });

  it("still makes the widget in a copy of the older embed.html, which holds none, with the copy's values", async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/embed-older-copy.html?lang=de&computers=10&expiry=2021-04-01&price-per-pack=1';
    document.body.append(frame);
    await waitUntil(
      () => {
        // An element has no shadow root while what its first render needs loads (its language, the result's template).
        try {
          return widgetIn(frame.contentDocument!).calculator.result?.packs === 2;
        } catch {
          return false;
        }
      },
      'a result',
      {
        timeout: 8000,
      },
    );
    const widget = frame.contentDocument!.querySelector('pa-migration-help')!;
    expect(['lang', 'price-per-pack', 'currency'].map((name) => widget.getAttribute(name))).to.deep.equal(['de', '19.99', 'EUR']);
    expect(frame.contentDocument!.body.style.margin).to.equal('0px');
  });
});
