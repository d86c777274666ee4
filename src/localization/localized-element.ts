import {isServer, LitElement, type PropertyValues, ReactiveElement, render} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {restyleAfterMove} from '../styles/adopt-styles.js';
import {activeLocale, applyLocale, LocaleController, loadLocale, serverLocaleOf} from './localization.js';

type Hydrate = typeof import('@lit-labs/ssr-client').hydrate;

/**
 * A Lit element that re-renders in the page's locale and helps choose it from
 * its `lang`; moved to another document, it keeps its styles; over
 * server-rendered HTML, it hydrates in place.
 *
 * Hydration is built in rather than taken from Lit's
 * `lit-element-hydrate-support` module, which must load before every Lit
 * element on every page: here its ~2 KB load only where a page holds
 * server-rendered widgets, and only after their language.
 */
export class LocalizedElement extends LitElement {
  // Set by a server-rendered widget on those it holds: they hydrate after it.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'defer-hydration'];
  }

  /**
   * Whether the element renders what a server can know: true on the server,
   * and in the browser for the first render over server-rendered HTML (a
   * declarative shadow root), which hydration must find identical. What only
   * the browser knows (the URL's hash, the headings around the element, the
   * clock without a `today`) comes in the renders after it.
   */
  serverView: boolean;
  /** Lit's hydration, loaded for the first render over server-rendered HTML. */
  private hydrate?: Hydrate;

  constructor() {
    super();
    this.serverView = isServer || this.shadowRoot !== null;
    updateWhenLocaleChanges(this);
    new LocaleController(this);
  }

  override connectedCallback(): void {
    if (!this.serverView || this.hasUpdated) {
      super.connectedCallback();
      return;
    }
    if (this.hasAttribute('defer-hydration')) return;
    // msg() must give the server's text, or the templates would not match.
    const locale = serverLocaleOf(this);
    const loaded = locale && locale !== activeLocale() ? loadLocale(locale) : undefined;
    Promise.all([import('@lit-labs/ssr-client'), loaded]).then(
      ([{hydrate}]) => this.connectOverServerHtml(hydrate),
      // No hydration code (offline, a chunk gone after a deploy): rendered anew.
      () => this.connectOverServerHtml(undefined),
    );
  }

  private connectOverServerHtml(hydrate: Hydrate | undefined): void {
    if (!this.isConnected) {
      // Removed while its language loaded: the page's widgets choose the locale again.
      applyLocale();
      return;
    }
    if (this.hasUpdated) return;
    if (hydrate) this.hydrate = hydrate;
    else this.shadowRoot?.replaceChildren();
    super.connectedCallback();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'defer-hydration') super.attributeChangedCallback(name, old, value);
    else if (value === null && this.isConnected) this.connectedCallback();
  }

  // The server-rendered root as it is: LitElement's own would render later
  // updates before its first node instead of into the hydrated content.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.serverView && this.shadowRoot ? ReactiveElement.prototype['createRenderRoot'].call(this) : super.createRenderRoot();
  }

  protected override update(changed: PropertyValues): void {
    const hydrate = this.hydrate;
    if (!hydrate) {
      super.update(changed);
      return;
    }
    this.hydrate = undefined;
    const value = this.render();
    // ReactiveElement's part of the update; LitElement's would render anew into the root.
    ReactiveElement.prototype['update'].call(this, changed);
    // Another widget may have changed the page's locale meanwhile: hydrate()
    // does not compare text, so the server's would stay. Rendered anew instead.
    const locale = serverLocaleOf(this);
    if (locale && locale !== activeLocale()) {
      this.renderAnew(value);
      return;
    }
    try {
      hydrate(value, this.renderRoot, this.renderOptions);
    } catch (error) {
      // HTML that is not what this version renders (edited by hand, or from
      // another version of the package) is replaced, not left dead.
      console.warn(`pa-migration-help: <${this.localName}>'s server-rendered HTML does not match it; rendering it anew.`, error);
      this.renderAnew(value);
    }
  }

  private renderAnew(value: unknown): void {
    this.renderRoot.replaceChildren();
    render(value, this.renderRoot, this.renderOptions);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (!this.serverView) return;
    this.serverView = false;
    // After this update has completed, not from within it: Lit asks for that.
    void this.updateComplete.then(() => this.requestUpdate());
  }

  adoptedCallback(): void {
    restyleAfterMove(this);
  }
}
