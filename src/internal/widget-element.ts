import {isServer, LitElement, type PropertyDeclarations, type PropertyValues, ReactiveElement, render} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {activeLocale, setPageLocale} from '../localization/active-locale.js';
import {shippedLocale} from '../localization/locales.js';
import {applyLocale, LocaleController, pageLocaleInEffect} from '../localization/page-locale.js';
import {requestedLocale} from '../localization/requested-locale.js';
import {restyleAfterMove} from '../styles/adopt-styles.js';

type Hydrate = typeof import('./hydrate-server-html.js').hydrateServerHtml;

/** Resolves in a later task than the one running. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** The host attribute a server writes the locale it rendered in: hydration renders in it too. */
const RENDERED_IN = 'data-pa-locale';

/**
 * The base of the three elements. It renders in the page's locale, follows
 * the element when it moves to another document, and owns server rendering:
 * over server-rendered HTML (a declarative shadow root) the first render
 * hydrates it in place, in the locale the server used, and only then does
 * the element read the page it is in. Elements declare those reads (the
 * headings around them, a `#pa-…` link, the reader's date) with `whenInPage`
 * and know nothing of servers.
 *
 * Hydration is built in rather than taken from Lit's
 * `lit-element-hydrate-support` module, which must load before every Lit
 * element on every page: here its ~2 KB load only where a page holds
 * server-rendered widgets, and only with their language.
 */
export class WidgetElement extends LitElement {
  // Set by a server-rendered widget on those it holds: they hydrate after it.
  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: Lit's getter, read for the subclass it is called on
    return [...super.observedAttributes, 'defer-hydration'];
  }

  static override properties: PropertyDeclarations = {editorNotices: {attribute: false}};

  /** The version of pa-migration-help that defined the element: `customElements.get('pa-migration-help').version`. */
  static readonly version: string = __PA_VERSION__;

  /**
   * Shows the page's editor what the widget cannot read as meant in the
   * markup around it (a configurator's preview sets it). A property only,
   * never an attribute, so that no published page shows it to customers;
   * `?pa-debug` or `#pa-debug` in a page's URL shows it too.
   */
  editorNotices = false;

  /** Whether the shadow root holds server-rendered HTML not yet hydrated. */
  private overServerHtml: boolean;
  /** Lit's hydration, once loaded for the first render over server-rendered HTML. */
  private hydrate?: Hydrate;
  /** The locale the server rendered in. */
  private renderedIn?: string;
  private readonly pageReads: {read: () => void; once: boolean}[] = [];
  /** The latest connection, while it waits for what the first render needs. */
  private connection?: object;

  constructor() {
    super();
    this.overServerHtml = !isServer && this.shadowRoot !== null;
    if (isServer) this.setAttribute(RENDERED_IN, activeLocale());
    updateWhenLocaleChanges(this);
    new LocaleController(this);
  }

  /**
   * Runs `read`, which reads the browser's page, each time the element is
   * connected (only the first time with `once`): before its first render, or,
   * over server-rendered HTML, just after hydration, whose render must repeat
   * the server's, which knew nothing of the page. Never on a server.
   */
  whenInPage(read: () => void, {once = false} = {}): void {
    this.pageReads.push({read, once});
  }

  private readPage(): void {
    for (const entry of [...this.pageReads]) {
      if (entry.once) this.pageReads.splice(this.pageReads.indexOf(entry), 1);
      entry.read();
    }
  }

  override connectedCallback(): void {
    if (this.overServerHtml && this.hasAttribute('defer-hydration')) return;
    // The first render speaks the language it must: over server-rendered HTML
    // the server's (msg() must give its text, or the templates would not
    // match), else the page's, so that no English frame shows before the
    // page's translation has loaded.
    if (this.overServerHtml) this.renderedIn = shippedLocale(this.getAttribute(RENDERED_IN) ?? '');
    const first = !this.hasUpdated;
    // Not the server's over a page whose widgets already speak another (a
    // calculator that loads when a reader may use it): then it renders anew.
    const serverLocale = pageLocaleInEffect() ? undefined : this.renderedIn;
    const locale = first ? (this.overServerHtml ? serverLocale : requestedLocale(this)) : undefined;
    const loaded = locale && locale !== activeLocale() ? setPageLocale(locale) : undefined;
    const needs = first ? this.firstRenderNeeds() : undefined;
    const connection = {};
    this.connection = connection;
    if (this.overServerHtml) {
      // Each element hydrates in a task of its own (the widget, then the two it
      // holds), so that no one task keeps the page from answering for long.
      Promise.all([import('./hydrate-server-html.js'), loaded, needs, nextTask()]).then(
        ([{hydrateServerHtml: hydrate}]) => this.connectWhenReady(connection, () => this.connectOverServerHtml(hydrate)),
        // No hydration code (offline, a chunk gone after a deploy): rendered anew.
        () => this.connectWhenReady(connection, () => this.connectOverServerHtml(undefined)),
      );
    } else if (loaded || needs) {
      const connect = () => this.connectWhenReady(connection, () => this.connect());
      Promise.all([loaded, needs]).then(connect, connect);
    } else {
      this.connect();
    }
  }

  /**
   * What an element's first render needs loaded, beyond its locale: code it
   * loads on demand that this render would use (a server-rendered result).
   */
  protected firstRenderNeeds(): Promise<unknown> | undefined {
    return undefined;
  }

  private connect(): void {
    super.connectedCallback();
    this.readPage();
  }

  /** Connects once what the first render needs has loaded, unless the element was removed or connected again meanwhile. */
  private connectWhenReady(connection: object, connect: () => void): void {
    if (!this.isConnected) {
      // Removed while its language loaded: the page's widgets choose the locale again.
      applyLocale();
      return;
    }
    if (connection === this.connection) connect();
  }

  private connectOverServerHtml(hydrate: Hydrate | undefined): void {
    if (hydrate) this.hydrate = hydrate;
    else this.shadowRoot?.replaceChildren();
    super.connectedCallback();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'defer-hydration') super.attributeChangedCallback(name, old, value);
    else if (value === null && this.isConnected) this.connectedCallback();
  }

  // The server-rendered root as it is, with the styles adopted: LitElement's
  // own would render later updates before its first node instead of into the
  // hydrated content.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.overServerHtml ? ReactiveElement.prototype['createRenderRoot'].call(this) : super.createRenderRoot();
  }

  protected override update(changed: PropertyValues): void {
    if (!this.overServerHtml) {
      super.update(changed);
      return;
    }
    this.overServerHtml = false;
    this.removeAttribute(RENDERED_IN);
    // After this update has completed, not from within it: Lit asks for that.
    void this.updateComplete.then(() => {
      this.readPage();
      this.requestUpdate();
    });
    const hydrate = this.hydrate;
    this.hydrate = undefined;
    if (!hydrate) {
      super.update(changed);
      return;
    }
    const value = this.render();
    // ReactiveElement's part of the update, as Lit's own hydrate support does: LitElement's would render anew.
    ReactiveElement.prototype['update'].call(this, changed);
    // Another widget may have changed the page's locale meanwhile: hydrate()
    // does not compare text, so the server's would stay. Rendered anew instead.
    if (this.renderedIn && this.renderedIn !== activeLocale()) {
      this.renderAnew(value);
      return;
    }
    // HTML that is not what this version renders is replaced, not left dead or doubled.
    const mismatch = hydrate(value, this.renderRoot, this.renderOptions);
    if (mismatch === undefined) return;
    console.warn(`pa-migration-help: <${this.localName}>'s server-rendered HTML does not match it (${mismatch}); rendering it anew.`);
    this.renderAnew(value);
  }

  private renderAnew(value: unknown): void {
    this.renderRoot.replaceChildren();
    render(value, this.renderRoot, this.renderOptions);
  }

  adoptedCallback(): void {
    restyleAfterMove(this);
  }
}
