import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {RenewalResult} from '../../core/renewal.js';
import type {RenewalFormText} from '../../core/renewal-form.js';
import {readShareHash, shareHash} from '../../core/share-link.js';

type Host = ReactiveControllerHost & {readonly renderRoot: ParentNode; readonly updateComplete: Promise<boolean>};

/**
 * Links that restore a result: "Copy link to this result" puts the inputs
 * into the page URL's hash (`#pa-calc=…`) and copies the URL; opening such a
 * link, or a hash change to one, fills the form with them.
 */
export class ResultLinkController implements ReactiveController {
  /** The link last put into the URL, and whether the clipboard took it. */
  private shared?: {url: string; copied: boolean};

  /** @param restore - fills the form with the inputs a link carries. */
  constructor(
    private readonly host: Host,
    private readonly restore: (text: RenewalFormText) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.restoreFromUrl);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.restoreFromUrl);
  }

  /** Fills the form from a `#pa-calc=…` link in the page URL, if there is one. */
  readonly restoreFromUrl = (): void => {
    const text = readShareHash(location.hash);
    if (text) this.restore(text);
  };

  /**
   * After an edit, a result link in the URL no longer says what the form
   * holds: it goes, so that it is not copied from the address bar, nor
   * restored over the edit by Back.
   */
  forgetStaleLink(): void {
    if (readShareHash(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
  }

  /** Puts the inputs into the URL's hash, replacing the history entry so that Back still leaves the page, and copies the URL. */
  async copy(r: RenewalResult): Promise<void> {
    const url = new URL(location.href);
    url.hash = shareHash(r);
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

  private async setShared(shared: {url: string; copied: boolean} | undefined): Promise<void> {
    this.shared = shared;
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /** The outcome of the last copy, while the link still matches the inputs. */
  renderStatus(r: RenewalResult): TemplateResult {
    const link = this.shared?.url.endsWith(shareHash(r)) ? this.shared : undefined;
    return html`<div part="share-status" role="status">
      ${
        !link
          ? nothing
          : link.copied
            ? msg('Link copied.', {id: 'calc.share.copied'})
            : html`<label for="share-url">${msg('Copy this link:', {id: 'calc.share.copy-manually'})}</label>
              <input id="share-url" part="input" type="url" readonly .value=${link.url} />`
      }
    </div>`;
  }
}
