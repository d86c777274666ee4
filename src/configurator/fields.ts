/**
 * The configurator's inputs: a text field with its hint and its problem
 * beside it, a checkbox with its hint, and the site's values (price,
 * currency, pack size, renew link) for all languages or for one.
 */
import {html, nothing} from 'lit';
import {live} from 'lit/directives/live.js';
import type {Checked} from './check.js';
import type {Config, Locale, VendorField} from './config.js';

/** Changes the editor's choices: the page redraws from the changed copy. */
export type Update = (change: (draft: Config) => void) => void;

interface FieldOptions {
  id: string;
  label: string;
  hint?: string;
  value: string;
  problem: string | undefined;
  onInput: (value: string) => void;
  inputmode?: 'decimal' | 'numeric' | 'url' | 'text';
  autocapitalize?: string;
}

export function field({id, label, hint, value, problem, onInput, inputmode = 'text', autocapitalize}: FieldOptions) {
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    <input
      id=${id}
      type="text"
      inputmode=${inputmode}
      autocomplete="off"
      spellcheck="false"
      autocapitalize=${autocapitalize ?? 'off'}
      .value=${live(value)}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />
    ${problem ? html`<p class="error" id="${id}-error">${problem}</p>` : nothing}
  </div>`;
}

/** A checkbox with its label and the hint it is described by. */
export function checkbox(id: string, label: string, hint: string, checked: boolean, onChange: (checked: boolean) => void) {
  return html`<div class="choice">
    <input
      type="checkbox"
      id=${id}
      .checked=${live(checked)}
      aria-describedby="${id}-hint"
      @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
    />
    <label for=${id}>${label}</label>
    <p class="hint" id="${id}-hint">${hint}</p>
  </div>`;
}

const FIELD_LABELS: Record<VendorField, {label: string; hint: string; inputmode: FieldOptions['inputmode']}> = {
  price: {
    label: 'Price per pack, for one year',
    hint: 'A number with a point, no currency sign: 99.99. Empty: the calculator shows no price.',
    inputmode: 'decimal',
  },
  currency: {label: 'Currency', hint: 'Its ISO 4217 code: USD, EUR, JPY.', inputmode: 'text'},
  packSize: {label: 'Computers per pack', hint: 'A whole number; 5 unless your packs differ.', inputmode: 'numeric'},
  renewUrl: {label: 'Renew link', hint: 'Where "Renew: select 2 packs" leads: an https:// address. Empty: no link.', inputmode: 'url'},
};

/** The site's values for all languages, or, with a locale, that language's own (the pack size is the site's only). */
export function vendorFields(config: Config, checked: Checked, update: Update, locale?: Locale) {
  const values = locale ? (config.perLanguage[locale] ?? {}) : config.general;
  const fields: VendorField[] = locale ? ['price', 'currency', 'renewUrl'] : ['price', 'currency', 'packSize', 'renewUrl'];
  return fields.map((name) => {
    const id = locale ? `${locale}.${name}` : name;
    const {label, hint, inputmode} = FIELD_LABELS[name];
    return field({
      id: `field-${id.replace('.', '-')}`,
      label,
      hint: locale ? `Empty: as for all languages (${config.general[name] || 'none'}).` : hint,
      value: values[name] ?? '',
      problem: checked.problems.get(id),
      inputmode,
      ...(name === 'currency' ? {autocapitalize: 'characters'} : {}),
      onInput: (value) =>
        update((draft) => {
          if (locale) draft.perLanguage[locale] = {...draft.perLanguage[locale], [name]: value};
          else draft.general[name] = value;
        }),
    });
  });
}
