// The calculator's answer: the rules applied to the fields, the result's
// messages and its template, in a module of their own that loads with the
// form's first input (results-view.ts), so that the elements first render,
// or hydrate, without them.
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {RenewalResult} from '../../core/renewal.js';
import {shareHash} from '../../core/share-link.js';
import type {SharedLink} from './result-link-controller.js';
import type {ResultMessages} from './result-messages.js';
import {renewalSteps} from './renewal-steps.js';
import {renewalSummary} from './renewal-summary.js';

export {evaluateRenewalForm} from '../../core/renewal-form.js';
export {resultMessages} from './result-messages.js';

/** What the result shows beside the result itself, and what its buttons do. */
export interface ResultsView {
  renewLink: string | undefined;
  /** The link last copied. */
  shared: SharedLink | undefined;
  /** Copies a link to the result, whose hash (`#pa-calc=…`) it is given. */
  onShare: (hash: string) => void;
}

/** The summary, the renew link, the explanations, the steps and the actions. */
export function renewalResults(r: RenewalResult, said: ResultMessages, view: ResultsView): TemplateResult {
  return html`
    <div part="results" class="results">
      ${renewalSummary(r, said)}
      ${view.renewLink ? html`<a part="renew-link" class="primary" href=${view.renewLink}>${said.renew}</a>` : nothing}
      <div part="details" class="details">
        <p>${said.packsWhy}</p>
        <p part="seats" data-value=${r.seats}>${said.seats}</p>
        ${said.priceWhy ? html`<p>${said.priceWhy}</p>` : nothing}
        ${said.expiryState ? html`<p part="days-left" data-value=${r.daysUntilExpiry}>${said.expiryState}</p>` : nothing}
        <p>${said.newExpiryWhy}</p>
        ${said.leapDayNote ? html`<p part="note">${said.leapDayNote}</p>` : nothing}
      </div>
      ${renewalSteps(said.steps)}
      <div class="actions">
        <button part="calendar-button" type="button" @click=${() => void downloadReminder(r)}>
          ${msg('Add the next charge to my calendar', {id: 'calc.add-the-next-charge'})}
        </button>
        <button part="share-button" type="button" @click=${() => view.onShare(shareHash(r))}>
          ${msg('Copy link to this result', {id: 'calc.share.copy-link'})}
        </button>
      </div>
      ${shareStatus(r, view.shared)}
    </div>
  `;
}

async function downloadReminder(r: RenewalResult): Promise<void> {
  // Loaded on the first click: most readers never ask for a calendar file.
  const calendar = await import('./calendar-download.js');
  calendar.downloadReminder(r);
}

/** The outcome of the last copy, while the link still matches the inputs. */
function shareStatus(r: RenewalResult, shared: SharedLink | undefined): TemplateResult {
  const link = shared?.url.endsWith(shareHash(r)) ? shared : undefined;
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
