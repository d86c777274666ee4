/**
 * The configurator page (configurator.html in dist/browser/): a form an
 * editor fills in, a preview of the real widget in each chosen language,
 * and the snippets to paste. Rendered with Lit templates into the page's
 * light DOM: every value, the snippets' text included, is bound as text.
 * The package's own files it quotes (the placeholders, the server-rendered
 * widget, csp.txt's hashes) are built into `virtual:pa-configurator-data`.
 */
import {html, nothing, render, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import texts from 'virtual:pa-configurator-data';
import {PREVIEW_HEIGHT_MESSAGE} from './preview-message.js';
import {
  articleSnippet,
  check,
  checklist,
  cspSnippet,
  type Checked,
  type Config,
  DEFAULT_CONFIG,
  hostedPagesSnippet,
  LANGUAGE_NAMES,
  type Locale,
  LOCALES,
  PLATFORMS,
  type Platform,
  type Snippet,
  themeSnippet,
  type VendorField,
  type VendorValues,
} from './snippets.js';

const app = document.querySelector<HTMLElement>('#configurator')!;
// The notice for a page opened as a file: module scripts never run there, so this script hides it.
for (const notice of document.querySelectorAll<HTMLElement>('[data-needs-server]')) notice.hidden = true;

let config: Config = structuredClone(DEFAULT_CONFIG);
let previewLocale: Locale = 'en';
const copyStatus = new Map<string, string>();
let announcement = '';
let lastAnnounced = '';
let announceTimer: ReturnType<typeof setTimeout> | undefined;

const update = (change: (draft: Config) => void) => {
  const draft = structuredClone(config);
  change(draft);
  config = draft;
  draw();
  scheduleAnnouncement();
};

const set = <K extends keyof Config>(key: K, value: Config[K]) =>
  update((draft) => {
    draft[key] = value;
  });

// ——— Fields ———

interface FieldOptions {
  id: string;
  label: string;
  hint?: string;
  value: string;
  problem: string | undefined;
  onInput: (value: string) => void;
  inputmode?: 'decimal' | 'numeric' | 'url' | 'text';
  placeholder?: string;
  autocapitalize?: string;
}

function field({id, label, hint, value, problem, onInput, inputmode = 'text', placeholder, autocapitalize}: FieldOptions) {
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
      placeholder=${placeholder ?? nothing}
      .value=${live(value)}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />
    ${problem ? html`<p class="error" id="${id}-error">${problem}</p>` : nothing}
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

function vendorFields(values: Partial<VendorValues>, checked: Checked, locale?: Locale) {
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

function form(checked: Checked) {
  const platforms = Object.entries(PLATFORMS) as [Platform, (typeof PLATFORMS)[Platform]][];
  return html`<form class="form" @submit=${(event: Event) => event.preventDefault()} novalidate>
    <fieldset>
      <legend>Where the widget goes</legend>
      ${platforms.map(
        ([value, {label, hint}]) => html`<div class="choice">
          <input
            type="radio"
            name="platform"
            id="platform-${value}"
            value=${value}
            .checked=${live(config.platform === value)}
            aria-describedby="platform-${value}-hint"
            @change=${() => set('platform', value)}
          />
          <label for="platform-${value}">${label}</label>
          <p class="hint" id="platform-${value}-hint">${hint}</p>
        </div>`,
      )}
      ${
        config.platform === 'static' || config.platform === 'confluence'
          ? html`<div class="choice">
            <input
              type="checkbox"
              id="server-rendered"
              .checked=${live(config.serverRendered)}
              aria-describedby="server-rendered-hint"
              @change=${(event: Event) => set('serverRendered', (event.target as HTMLInputElement).checked)}
            />
            <label for="server-rendered">Server-rendered HTML</label>
            <p class="hint" id="server-rendered-hint">The FAQ is in the page before any script runs (for search engines and readers without JavaScript).</p>
          </div>`
          : nothing
      }
    </fieldset>

    <fieldset>
      <legend>Files</legend>
      ${field({
        id: 'field-filesAt',
        label: 'Files hosted at',
        hint: 'The folder where you serve dist/browser/ from the npm package, e.g. https://cdn.example.com/pa-migration-help/ or /assets/pa-migration-help/.',
        value: config.filesAt,
        problem: checked.problems.get('filesAt'),
        inputmode: 'url',
        onInput: (value) => set('filesAt', value),
      })}
    </fieldset>

    <fieldset>
      <legend>Languages</legend>
      <div class="languages">
        ${LOCALES.map(
          (locale) => html`<div class="choice">
            <input
              type="checkbox"
              id="language-${locale}"
              .checked=${live(config.languages.includes(locale))}
              @change=${(event: Event) =>
                update((draft) => {
                  const on = (event.target as HTMLInputElement).checked;
                  draft.languages = LOCALES.filter((other) => (other === locale ? on : draft.languages.includes(other)));
                })}
            />
            <label for="language-${locale}" lang=${locale}>${LANGUAGE_NAMES[locale]}</label>
          </div>`,
        )}
      </div>
      ${field({
        id: 'field-otherLanguages',
        label: "More languages, by your help center's codes (optional)",
        hint: 'Separated by spaces or commas: pt-br, zh-cn. Each adds the language the widget speaks for it.',
        value: config.otherLanguages,
        problem: checked.problems.get('otherLanguages'),
        onInput: (value) => set('otherLanguages', value),
      })}
      <div class="choice">
        <input
          type="checkbox"
          id="pin-language"
          .checked=${live(config.pinLanguage)}
          aria-describedby="pin-language-hint"
          @change=${(event: Event) => set('pinLanguage', (event.target as HTMLInputElement).checked)}
        />
        <label for="pin-language">Pin each article's snippet to its language</label>
        <p class="hint" id="pin-language-hint">
          Leave it off: the widget speaks the page's language, so a German article made from a copy of the English one still shows German.
        </p>
      </div>
    </fieldset>

    <fieldset>
      <legend>Price and renew link, for all languages</legend>
      ${vendorFields(config.general, checked)}
    </fieldset>

    ${checked.languages.map(
      (locale) => html`<details class="per-language" ?open=${hasOwnValues(locale, checked)}>
        <summary>Different values in <span lang=${locale}>${LANGUAGE_NAMES[locale]}</span></summary>
        <fieldset>
          <legend class="visually-hidden">Values for ${LANGUAGE_NAMES[locale]} only</legend>
          ${vendorFields(config.perLanguage[locale] ?? {}, checked, locale)}
        </fieldset>
      </details>`,
    )}
  </form>`;
}

const hasOwnValues = (locale: Locale, checked: Checked) =>
  Object.values(config.perLanguage[locale] ?? {}).some((value) => value.trim() !== '') ||
  [...checked.problems.keys()].some((id) => id.startsWith(`${locale}.`));

// ——— Snippets ———

async function copy(id: string, text: string, code: HTMLElement) {
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.set(id, 'Copied.');
  } catch {
    // No clipboard (a page over http:, a refused permission): select the text to copy by hand.
    getSelection()?.selectAllChildren(code);
    copyStatus.set(id, 'Selected: press Ctrl+C (⌘C on a Mac) to copy.');
  }
  draw();
  setTimeout(() => {
    copyStatus.delete(id);
    draw();
  }, 6000);
}

function snippetView(id: string, snippet: Snippet, heading: 'h3' | 'h4' = 'h3') {
  const title = heading === 'h3' ? html`<h3 id="${id}-title">${snippet.title}</h3>` : html`<h4 id="${id}-title">${snippet.title}</h4>`;
  return html`<section class="snippet" aria-labelledby="${id}-title" data-snippet=${id}>
    <div class="snippet-head">
      ${title}
      <button
        type="button"
        class="copy"
        aria-describedby="${id}-title"
        ?disabled=${snippet.text === ''}
        @click=${(event: Event) => {
          const code = (event.target as HTMLElement).closest('.snippet')!.querySelector('code')!;
          void copy(id, snippet.text, code);
        }}
      >
        Copy
      </button>
      <span class="copy-status" role="status">${copyStatus.get(id) ?? ''}</span>
    </div>
    <p class="where">${snippet.where}</p>
    ${snippet.marks.length ? html`<ul class="marks">${snippet.marks.map((mark) => html`<li>${mark}</li>`)}</ul>` : nothing}
    <pre tabindex="0" aria-labelledby="${id}-title"><code>${snippet.text}</code></pre>
  </section>`;
}

function outputs(checked: Checked) {
  const csp = cspSnippet(config, checked, texts);
  return html`<section class="output-section" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview</h2>
      ${preview(checked)}
    </section>
    <section class="output-section" aria-labelledby="snippets-title">
      <h2 id="snippets-title">Snippets</h2>
      ${snippetView('theme', themeSnippet(config, checked))}
      ${config.platform === 'iframe' ? snippetView('hosted-pages', hostedPagesSnippet(checked)) : nothing}
      ${checked.languages.map((locale) => snippetView(`article-${locale}`, articleSnippet(config, checked, texts, locale)))}
      ${snippetView('csp', csp)}
    </section>
    <section class="output-section" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Check it worked</h2>
      <ol class="checklist">
        ${checklist(config, checked).map((step) => html`<li>${step}</li>`)}
      </ol>
    </section>`;
}

// ——— Preview ———

function previewSettings(checked: Checked): Record<string, string>[] {
  return [
    Object.fromEntries(checked.general),
    ...[...checked.perLanguage].map(([locale, attributes]) => Object.fromEntries([['lang', locale], ...attributes])),
  ];
}

function previewUrl(checked: Checked, locale: Locale): string {
  const query = new URLSearchParams({lang: locale, settings: JSON.stringify(previewSettings(checked))});
  return `configurator-preview.html#${query}`;
}

function preview(checked: Checked) {
  if (!checked.languages.includes(previewLocale)) previewLocale = checked.languages[0] ?? 'en';
  const locale = previewLocale;
  return html`<div class="preview-tools">
      <label for="preview-language">Preview language</label>
      <select
        id="preview-language"
        @change=${(event: Event) => {
          previewLocale = (event.target as HTMLSelectElement).value as Locale;
          draw();
        }}
      >
        ${checked.languages.map((option) => html`<option value=${option} ?selected=${option === locale}>${LANGUAGE_NAMES[option]}</option>`)}
      </select>
    </div>
    <p class="hint">The real widget, with 10 computers and an expiry three months from today filled in. Type your own numbers into it to try them.</p>
    <iframe class="preview" title="Preview of the widget in ${LANGUAGE_NAMES[locale]}" src=${previewUrl(checked, locale)} height="900"></iframe>`;
}

addEventListener('message', (event: MessageEvent) => {
  const frame = app.querySelector<HTMLIFrameElement>('iframe.preview');
  const data = event.data as {type?: unknown; height?: unknown};
  if (!frame || event.source !== frame.contentWindow || event.origin !== location.origin) return;
  if (data?.type !== PREVIEW_HEIGHT_MESSAGE || !Number.isInteger(data.height)) return;
  frame.height = String(Math.min(Math.max(Number(data.height), 200), 20000));
});

// ——— Announcements ———

/** Says, once typing has paused, that the snippets changed (and how many fields need fixing). */
function scheduleAnnouncement() {
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    const checked = check(config);
    const snapshot = JSON.stringify([previewSettings(checked), themeSnippet(config, checked).text, checked.languages, config.platform]);
    if (snapshot === lastAnnounced) return;
    lastAnnounced = snapshot;
    const count = checked.problems.size;
    announcement = `Snippets updated.${count ? ` ${count === 1 ? 'One field needs' : `${count} fields need`} fixing; its values are left out.` : ''}`;
    draw();
  }, 1500);
}

function draw() {
  const checked = check(config);
  const page: TemplateResult = html`<div class="layout">
      <div class="form-column">${form(checked)}</div>
      <div class="output-column">${outputs(checked)}</div>
    </div>
    <p class="visually-hidden" role="status" aria-live="polite">${announcement}</p>`;
  render(page, app);
}

lastAnnounced = JSON.stringify(
  (() => {
    const checked = check(config);
    return [previewSettings(checked), themeSnippet(config, checked).text, checked.languages, config.platform];
  })(),
);
draw();
