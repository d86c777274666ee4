import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {minorDigits} from '../../core/money.js';
import type {RenewalResult} from '../../core/renewal.js';
import {packsText} from '../../localization/counted.js';
import {formatCount} from '../../localization/formats.js';
import type {ResultMessages} from './result-messages.js';

/**
 * The answer at a glance: a status line when the subscription has lapsed or
 * expires soon, then "Select 2 packs" in large type and the values a customer
 * checks (price, new expiry, next charge), each with its machine value.
 */
export function renewalSummary(r: RenewalResult, said: ResultMessages): TemplateResult {
  const value = (name: string, data: string, term: string, text: string) =>
    html`<div part=${name} class="value" data-value=${data}><dt>${term}</dt><dd>${text}</dd></div>`;
  return html`
    ${
      said.status
        ? html`<p part="days-left status" class="status ${said.status.tone}" data-value=${r.daysUntilExpiry}>${said.status.text}</p>`
        : nothing
    }
    <div part="summary" class="summary">
      <p part="packs" class="instruction" data-value=${r.packs}>${instruction(r, said.instruction)}</p>
      <dl class="values">
        ${
          said.price === undefined || r.annualPrice === undefined
            ? nothing
            : value(
                'price',
                r.annualPrice.toFixed(minorDigits(r.currency)),
                msg('Pay today, for one year', {id: 'calc.pay-today'}),
                said.price,
              )
        }
        ${value('new-expiry', r.newExpiry, msg('New expiry date', {id: 'calc.new-expiry-date'}), said.newExpiry)}
        ${value('next-charge', r.nextChargeDate, msg('Next auto-renewal charge', {id: 'calc.next-charge'}), said.nextCharge)}
      </dl>
    </div>
  `;
}

/** "Select 2 packs" with the pack phrase set apart, its digits the most (Arabic's dual has none: the whole phrase). */
function instruction(r: RenewalResult, text: string): TemplateResult | string {
  const phrase = packsText(r.packs);
  const count = formatCount(r.packs);
  const at = text.indexOf(phrase);
  if (at < 0) return text;
  const digits = phrase.indexOf(count);
  const emphasis =
    digits < 0
      ? html`<strong class="count">${phrase}</strong>`
      : html`<strong>${phrase.slice(0, digits)}<span class="count">${count}</span>${phrase.slice(digits + count.length)}</strong>`;
  return html`${text.slice(0, at)}${emphasis}${text.slice(at + phrase.length)}`;
}
