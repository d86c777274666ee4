import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {msg, str} from '@lit/localize';
import {EARLIEST_DATE, LATEST_DATE} from '../../core/calendar-date.js';
import type {RenewalFormText} from '../../core/renewal-form.js';
import {computersText} from '../../localization/counted.js';

export type FormField = keyof RenewalFormText;

/** What a field says above its input, in the active language. */
export function fieldLabels(field: FormField, packSize: number): {label: string; hint: string} {
  switch (field) {
    case 'computers':
      return {
        label: msg('Remote computers to cover', {id: 'calc.remote-computers-to-cover'}),
        hint: msg(str`One pack covers up to ${computersText(packSize)}.`, {id: 'calc.one-pack-covers-up'}),
      };
    case 'currentExpiry':
      return {
        label: msg('Current subscription valid until', {id: 'calc.current-subscription-valid-until'}),
        hint: msg('The expiry date shown in your Parallels account.', {id: 'calc.the-expiry-date-in'}),
      };
    default:
      return {
        label: msg('Packs on your current subscription (optional)', {id: 'calc.packs-on-your-current'}),
        hint: msg('Leave empty if you do not know.', {id: 'calc.leave-empty-if-you'}),
      };
  }
}

export interface RenewalFieldOptions {
  field: FormField;
  label: string;
  hint: string;
  value: string;
  /** The message under the field, while its error shows. */
  error?: string;
  /** A warning about a value that can be used but is likely a mistake. */
  warning?: string;
  /** The entered value again, as the widget writes it (a date in the page's language). */
  echo?: string;
  onInput: (value: string) => void;
  /** The field was left or committed: its error may show now. */
  onDone: () => void;
}

/**
 * One field of the calculator: label, hint, input and error, tied together
 * for assistive technology. The value is written only where it differs from
 * what the field holds (`live`): writing back what the field just reported
 * restarts a date field's typing (Chromium's, mid-way through a date).
 */
export function renewalField({field, label, hint, value, error, warning, echo, onInput, onDone}: RenewalFieldOptions): TemplateResult {
  const isDate = field === 'currentExpiry';
  const describedBy = [`${field}-hint`, echo && `${field}-echo`, error && `${field}-error`, warning && `${field}-warning`];
  return html`
    <div part="field" class=${isDate ? 'field date-field' : 'field'}>
      <label part="label" for=${field}>${label}</label>
      <span part="hint" class="hint" id="${field}-hint">${hint}</span>
      <input
        part="input"
        id=${field}
        name=${field}
        type=${isDate ? 'date' : 'text'}
        inputmode=${isDate ? nothing : 'numeric'}
        autocomplete="off"
        min=${isDate ? EARLIEST_DATE : nothing}
        max=${isDate ? LATEST_DATE : nothing}
        aria-required=${field === 'currentPacks' ? 'false' : 'true'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy.filter(Boolean).join(' ')}
        .value=${live(value)}
        @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
        @change=${onDone}
        @blur=${onDone}
      />
      ${echo ? html`<span part="echo" class="echo" id="${field}-echo">${echo}</span>` : nothing}
      ${error ? html`<span part="error" class="error" id="${field}-error">${error}</span>` : nothing}
      ${warning ? html`<span part="notice" class="notice" id="${field}-warning">${warning}</span>` : nothing}
    </div>
  `;
}
