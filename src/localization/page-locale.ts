// The page-wide choice of locale: @lit/localize keeps one locale per page, so
// every widget on a page speaks the same language, the one its outermost
// widget that connected last asks for.
import type {ReactiveController} from 'lit';
import type {WidgetElement} from '../internal/widget-element.js';
import {setPageLocale} from './active-locale.js';
import {requestedLocale} from './requested-locale.js';

/** Every connected widget element, and the outermost ones in connection order. */
const hosts = new Set<Element>();

/** Whether widgets in the page already speak its locale: one connecting later must not change it. */
export const pageLocaleInEffect = (): boolean => hosts.size > 0;
const outermost: Element[] = [];

/**
 * Sets the page's locale from the outermost widget that connected last; the
 * others follow it. setLocale itself ignores a request for the locale already
 * shown or loading, so a quick de → en → de never leaves a stale load to win.
 */
export function applyLocale(): void {
  const widget = outermost.at(-1);
  if (widget) void setPageLocale(requestedLocale(widget));
}

// A `lang` change anywhere in the page (on <html>, a wrapper, or a widget)
// re-resolves the locale. Made with the first widget, so that this module
// also loads where there is no DOM (Node, a server).
let langObserver: MutationObserver | undefined;

/**
 * Keeps the page's locale in step with the `lang` of the widgets and of the
 * page around them. Pair it with `updateWhenLocaleChanges`, which re-renders
 * the host when the locale changes.
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: WidgetElement) {
    host.addController(this);
    // Over server-rendered HTML, after hydration: that renders in the server's locale.
    host.whenInPage(() => this.join());
  }

  private join(): void {
    if (hosts.size === 0) {
      langObserver ??= new MutationObserver(applyLocale);
      langObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
    }
    hosts.add(this.host);
    // An element inside another widget's shadow root (the FAQ inside
    // <pa-migration-help>) follows that widget; it would otherwise read the
    // lang the widget itself renders.
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot && hosts.has(root.host)) return;
    outermost.push(this.host);
    applyLocale();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    const index = outermost.indexOf(this.host);
    if (index >= 0) outermost.splice(index, 1);
    if (hosts.size === 0) langObserver?.disconnect();
    else if (index >= 0) applyLocale();
  }
}
