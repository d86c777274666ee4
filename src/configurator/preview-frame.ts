/**
 * The configurator's preview: the real widget, in a frame of the preview
 * page (preview.ts), in the language chosen here, with the site's settings
 * as the snippets write them. The frame is as tall as its page says it needs.
 */
import {html} from 'lit';
import type {Checked} from './check.js';
import {LANGUAGE_NAMES, type Locale} from './config.js';
import {PREVIEW_HEIGHT_MESSAGE} from './preview-message.js';

let previewLocale: Locale = 'en';

/** The settings elements' attributes, as the preview page reads them from its hash. */
export function previewSettings(checked: Checked): Record<string, string>[] {
  return [
    Object.fromEntries(checked.general),
    ...[...checked.perLanguage].map(([locale, attributes]) => Object.fromEntries([['lang', locale], ...attributes])),
  ];
}

function previewUrl(checked: Checked, locale: Locale): string {
  const query = new URLSearchParams({lang: locale, settings: JSON.stringify(previewSettings(checked))});
  return `configurator-preview.html#${query}`;
}

export function previewPanel(checked: Checked, redraw: () => void) {
  if (!checked.languages.includes(previewLocale)) previewLocale = checked.languages[0] ?? 'en';
  const locale = previewLocale;
  return html`<section class="output-section" aria-labelledby="preview-title">
    <h2 id="preview-title">Preview</h2>
    <div class="preview-tools">
      <label for="preview-language">Preview language</label>
      <select
        id="preview-language"
        @change=${(event: Event) => {
          previewLocale = (event.target as HTMLSelectElement).value as Locale;
          redraw();
        }}
      >
        ${checked.languages.map((option) => html`<option value=${option} ?selected=${option === locale}>${LANGUAGE_NAMES[option]}</option>`)}
      </select>
    </div>
    <p class="hint">The real widget, with 10 computers and an expiry three months from today filled in. Type your own numbers into it to try them.</p>
    <iframe class="preview" title="Preview of the widget in ${LANGUAGE_NAMES[locale]}" src=${previewUrl(checked, locale)} height="900"></iframe>
  </section>`;
}

/** Sizes the preview frame in `app` to the height its page asks for, from that page only. */
export function followPreviewHeight(app: HTMLElement): void {
  addEventListener('message', (event: MessageEvent) => {
    const frame = app.querySelector<HTMLIFrameElement>('iframe.preview');
    const data = event.data as {type?: unknown; height?: unknown};
    if (!frame || event.source !== frame.contentWindow || event.origin !== location.origin) return;
    if (data?.type !== PREVIEW_HEIGHT_MESSAGE || !Number.isInteger(data.height)) return;
    frame.height = String(Math.min(Math.max(Number(data.height), 200), 20000));
  });
}
