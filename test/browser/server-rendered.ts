// Pages holding the build's server-rendered HTML (dist/html), and the built
// module bundle run in them: what the hydration tests share.
import {oneEvent, waitUntil} from '@open-wc/testing';
import type {LitElement} from 'lit';
import {recordProblems} from './fixture-pages.js';

export interface Page {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  errors: string[];
  warnings: string[];
}

/** A page holding the ready-made HTML of `tag` in `locale`, with a heading above and text below, and no script yet. */
export async function serverRenderedPage(
  locale: string,
  tag: string,
  pageLang = locale,
  after = '',
  edit = (html: string) => html,
): Promise<Page> {
  const snippet = edit(await (await fetch(`/dist/html/${locale}/${tag}.html`)).text());
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '800';
  const loaded = oneEvent(frame, 'load');
  frame.srcdoc = `<!doctype html><html lang="${pageLang}"><head><meta charset="utf-8"></head>
    <body><h1>Help article</h1>${snippet}<p id="below">Below the widget.</p>${after}</body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const {errors, warnings} = recordProblems(win);
  return {frame, doc: frame.contentDocument!, win, errors, warnings};
}

/** Runs the built module bundle in the page, touches each widget, and waits until every widget in it has rendered twice (hydration, then the browser's own). */
export async function runBundle({doc, win}: Page): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/browser/define.js';
  doc.head.append(script);
  await waitUntil(() => win.customElements.get('pa-migration-help'), 'the bundle defined the elements', {timeout: 5000});
  const widgets = () => [...doc.querySelectorAll<LitElement>('pa-migration-help, pa-migration-faq, pa-renewal-calculator')];
  // A reader's touch: the calculator's code comes then, wherever its form is (src/browser/calculator-on-demand.ts).
  for (const widget of widgets()) widget.dispatchEvent(new win.PointerEvent('pointerdown', {bubbles: true, composed: true}));
  const inner = () =>
    widgets().flatMap((widget) => [...widget.shadowRoot!.querySelectorAll<LitElement>('pa-migration-faq, pa-renewal-calculator')]);
  await waitUntil(() => [...widgets(), ...inner()].every((widget) => widget.hasUpdated), 'hydrated', {timeout: 5000});
  for (const widget of [...widgets(), ...inner()]) await widget.updateComplete;
  await new Promise((resolve) => {
    win.requestAnimationFrame(resolve);
    setTimeout(resolve, 500);
  });
}

export const inner = (host: Element, selector: string) => host.shadowRoot!.querySelector(selector)!;
export const faqOf = (widget: Element) => inner(widget, 'pa-migration-faq');
export const calculatorOf = (widget: Element) => inner(widget, 'pa-renewal-calculator');
