/**
 * The snippets to paste, each with a Copy button, and the steps that check
 * it worked. Every snippet's text is bound as text, never as markup. The
 * package's own files it quotes (the placeholders, the server-rendered
 * widget, csp.txt's hashes) are built into `virtual:pa-configurator-data`.
 */
import {html, nothing} from 'lit';
import texts from 'virtual:pa-configurator-data';
import {articleSnippet} from './article-snippet.js';
import type {Checked} from './check.js';
import {checklist} from './checklist.js';
import type {Config} from './config.js';
import {cspSnippet} from './csp-snippet.js';
import type {Snippet} from './snippet.js';
import {hostedPagesSnippet, themeSnippet} from './theme-snippet.js';

/** What the last Copy did, per snippet, for a few seconds. */
const copyStatus = new Map<string, string>();

async function copy(id: string, text: string, code: HTMLElement, redraw: () => void) {
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.set(id, 'Copied.');
  } catch {
    // No clipboard (a page over http:, a refused permission): select the text to copy by hand.
    getSelection()?.selectAllChildren(code);
    copyStatus.set(id, 'Selected: press Ctrl+C (⌘C on a Mac) to copy.');
  }
  redraw();
  setTimeout(() => {
    copyStatus.delete(id);
    redraw();
  }, 6000);
}

function snippetView(id: string, snippet: Snippet, redraw: () => void) {
  return html`<section class="snippet" aria-labelledby="${id}-title" data-snippet=${id}>
    <div class="snippet-head">
      <h3 id="${id}-title">${snippet.title}</h3>
      <button
        type="button"
        class="copy"
        aria-describedby="${id}-title"
        ?disabled=${snippet.text === ''}
        @click=${(event: Event) => {
          const code = (event.target as HTMLElement).closest('.snippet')!.querySelector('code')!;
          void copy(id, snippet.text, code, redraw);
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

export function snippetPanel(config: Config, checked: Checked, redraw: () => void) {
  return html`<section class="output-section" aria-labelledby="snippets-title">
      <h2 id="snippets-title">Snippets</h2>
      ${snippetView('theme', themeSnippet(config, checked), redraw)}
      ${config.platform === 'iframe' ? snippetView('hosted-pages', hostedPagesSnippet(checked), redraw) : nothing}
      ${checked.languages.map((locale) => snippetView(`article-${locale}`, articleSnippet(config, checked, texts, locale), redraw))}
      ${snippetView('csp', cspSnippet(config, checked, texts), redraw)}
    </section>
    <section class="output-section" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Check it worked</h2>
      <ol class="checklist">
        ${checklist(config, checked).map((step) => html`<li>${step}</li>`)}
      </ol>
    </section>`;
}
