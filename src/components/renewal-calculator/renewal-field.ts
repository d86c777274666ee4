import {html, nothing, type TemplateResult} from 'lit';
import {EARLIEST_DATE, LATEST_DATE} from '../../core/calendar-date.js';
import type {RenewalFormText} from '../../core/renewal-form.js';

export type FormField = keyof RenewalFormText;

export interface RenewalFieldOptions {
  field: FormField;
  label: string;
  hint: string;
  value: string;
  /** The message under the field, while its error shows. */
  error?: string;
  onInput: (value: string) => void;
  /** The field was left or committed: its error may show now. */
  onDone: () => void;
}

/** One field of the calculator: label, hint, input and error, tied together for assistive technology. */
export function renewalField({field, label, hint, value, error, onInput, onDone}: RenewalFieldOptions): TemplateResult {
  const isDate = field === 'currentExpiry';
  return html`
    <div part="field" class="field">
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
        aria-describedby=${error ? `${field}-hint ${field}-error` : `${field}-hint`}
        .value=${value}
        @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
        @change=${onDone}
        @blur=${onDone}
      />
      ${error ? html`<span part="error" class="error" id="${field}-error">${error}</span>` : nothing}
    </div>
  `;
}
