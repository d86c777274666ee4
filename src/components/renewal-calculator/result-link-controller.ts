import type {ReactiveController} from 'lit';
import type {RenewalFormText} from '../../core/renewal-form.js';
import {readShareHash} from '../../core/share-link.js';
import type {WidgetElement} from '../../internal/widget-element.js';

/** A link to a result put into the URL, and whether the clipboard took it. */
export interface SharedLink {
  url: string;
  copied: boolean;
}

/**
 * Links that restore a result: "Copy link to this result" puts the inputs
 * into the page URL's hash (`#pa-calc=…`) and copies the URL; opening such a
 * link, or a hash change to one, gives the host the inputs to fill in.
 */
export class ResultLinkController implements ReactiveController {
  /** The link last put into the URL, and whether the clipboard took it. */
  shared?: SharedLink;
  /** The inputs of a link in the URL, until the host takes them. */
  private linked?: RenewalFormText;

  constructor(private readonly host: WidgetElement) {
    host.addController(this);
    host.whenInPage(this.readUrl, {once: true});
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.readUrl);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.readUrl);
  }

  /** Reads a `#pa-calc=…` link in the page URL, if there is one. */
  private readonly readUrl = (): void => {
    this.linked = readShareHash(location.hash) ?? undefined;
    if (this.linked) this.host.requestUpdate();
  };

  /** The inputs of a link the page was opened with or moved to, once. */
  takeLinkedInputs(): RenewalFormText | undefined {
    const linked = this.linked;
    this.linked = undefined;
    return linked;
  }

  /**
   * After an edit, a result link in the URL no longer says what the form
   * holds: it goes, so that it is not copied from the address bar, nor
   * restored over the edit by Back.
   */
  forgetStaleLink(): void {
    if (readShareHash(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
  }

  /**
   * Puts a result's hash (`#pa-calc=…`) into the URL, replacing the history
   * entry so that Back still leaves the page, and copies the URL.
   */
  async copy(hash: string): Promise<void> {
    const url = new URL(location.href);
    url.hash = hash;
    // Emptied first, so that the status region announces a second copy too.
    await this.setShared(undefined);
    try {
      history.replaceState(history.state, '', url);
      await navigator.clipboard.writeText(url.href);
      await this.setShared({url: url.href, copied: true});
    } catch {
      // No clipboard (a page without HTTPS, a refused permission) or a sandboxed
      // frame's history: the link is shown to copy by hand.
      await this.setShared({url: url.href, copied: false});
      const field = this.host.renderRoot.querySelector<HTMLInputElement>('#share-url');
      field?.focus();
      field?.select();
    }
  }

  private async setShared(shared: SharedLink | undefined): Promise<void> {
    this.shared = shared;
    this.host.requestUpdate();
    await this.host.updateComplete;
  }
}
