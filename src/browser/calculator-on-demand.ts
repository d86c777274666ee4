import {CALCULATOR_NEEDED, SETTINGS_TAG, TAGS} from '../internal/elements.js';
import {shippedLocale} from '../localization/locales.js';
import {requestedLocale} from '../localization/requested-locale.js';
import {reportFailure, serverRendered} from './start.js';

const WIDGETS = `${TAGS.help}, ${TAGS.calculator}`;

/** Whether a widget's server HTML is in another language than the one it will speak. */
const speaksOtherLanguage = (widget: Element) => shippedLocale(widget.getAttribute('data-pa-locale') ?? '') !== requestedLocale(widget);

/**
 * Loads the calculator when a reader may use it, not with the FAQ: where the
 * page's HTML already shows its form (server-rendered), its code comes when
 * the form nears the view, or the reader touches, focuses, clicks or types
 * into a widget (autofill types without focus), or a widget asks for it (one
 * the browser renders, a jump button to the form: CALCULATOR_NEEDED). What is typed meanwhile is kept (the calculator reads the fields as
 * it hydrates). It loads at once where the browser must render a widget (no
 * server HTML, one added later, or a widget's HTML it renders anew), where
 * the HTML is in another language than the page's or the site sets a pack
 * size (the form's hint names it; the server knew neither), for a link to a
 * result (`#pa-calc=…`), and for an editor's notices (`pa-debug`).
 *
 * Where Lit cannot start, that is start()'s one error; where only the
 * calculator's file fails (gone after a new deployment, or offline), the
 * widgets that work keep working, and the form that cannot calculate hides.
 */
export function loadCalculatorWhenNeeded(load: () => Promise<unknown>): void {
  const stops: (() => void)[] = [];
  let loading = false;
  const begin = () => {
    if (loading) return;
    loading = true;
    for (const stop of stops) stop();
    load().catch((error: unknown) => {
      if (/lit-html/.test(String(error))) {
        reportFailure(error);
        return;
      }
      console.error('pa-migration-help: the calculator could not load, and is hidden; the rest of the widget works.', error);
      for (const element of serverRendered(document)) {
        if (element.localName === TAGS.calculator && !customElements.get(TAGS.calculator)) element.setAttribute('hidden', '');
      }
    });
  };
  const asksForIt = () => /[?&#]pa-(debug\b|calc=)/.test(location.search + location.hash);

  const widgets = [...document.querySelectorAll(WIDGETS)];
  const stale = (widget: Element) => !widget.shadowRoot || speaksOtherLanguage(widget);
  if (asksForIt() || widgets.some(stale) || document.querySelector(`${SETTINGS_TAG}[pack-size]`)) {
    begin();
    return;
  }
  document.addEventListener(CALCULATOR_NEEDED, begin);
  stops.push(() => document.removeEventListener(CALCULATOR_NEEDED, begin));
  const forms = widgets.flatMap((widget) =>
    widget.localName === TAGS.calculator ? [widget] : [...widget.shadowRoot!.querySelectorAll(TAGS.calculator)],
  );
  // Half a screen ahead, either way: the form is working by the time it shows.
  const near = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && begin(), {
    rootMargin: '50% 0px',
  });
  for (const form of forms) near.observe(form);
  stops.push(() => near.disconnect());
  for (const widget of widgets) {
    for (const type of ['focusin', 'pointerdown', 'click', 'input']) {
      widget.addEventListener(type, begin);
      stops.push(() => widget.removeEventListener(type, begin));
    }
  }
  const onHash = () => asksForIt() && begin();
  window.addEventListener('hashchange', onHash);
  stops.push(() => window.removeEventListener('hashchange', onHash));
  // In the page, and in a widget's own HTML, which it renders anew where the server's does not match it.
  const added = new MutationObserver((records) => {
    const isWidget = (node: Node) => node instanceof Element && (node.matches(WIDGETS) || node.querySelector(WIDGETS) !== null);
    if (records.some((record) => [...record.addedNodes].some(isWidget))) begin();
  });
  for (const root of [document, ...widgets.map((widget) => widget.shadowRoot!)]) added.observe(root, {childList: true, subtree: true});
  stops.push(() => added.disconnect());
}
