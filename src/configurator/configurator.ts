/**
 * The configurator page (configurator.html in dist/browser/): a form an
 * editor fills in, a preview of the real widget in each chosen language,
 * and the snippets to paste. Rendered with Lit templates into the page's
 * light DOM: every value, the snippets' text included, is bound as text.
 * This module holds the editor's choices and redraws the page when they change.
 */
import {html, render} from 'lit';
import {check, type Checked} from './check.js';
import {type Config, DEFAULT_CONFIG} from './config.js';
import {form} from './form.js';
import {followPreviewHeight, previewPanel, previewSettings} from './preview-frame.js';
import {snippetPanel} from './snippet-panel.js';
import {themeSnippet} from './theme-snippet.js';

const app = document.querySelector<HTMLElement>('#configurator')!;
// The notice for a page opened as a file: module scripts never run there, so this script hides it.
for (const notice of document.querySelectorAll<HTMLElement>('[data-needs-server]')) notice.hidden = true;

let config: Config = structuredClone(DEFAULT_CONFIG);
let announcement = '';
let announceTimer: ReturnType<typeof setTimeout> | undefined;

const update = (change: (draft: Config) => void) => {
  const draft = structuredClone(config);
  change(draft);
  config = draft;
  draw();
  scheduleAnnouncement();
};

/** What a screen reader user is told about when it changes: the preview's settings, the theme snippet, the languages, the platform. */
const announced = (checked: Checked) =>
  JSON.stringify([previewSettings(checked), themeSnippet(config, checked).text, checked.languages, config.platform]);
let lastAnnounced = announced(check(config));

/** Says, once typing has paused, that the snippets changed (and how many fields need fixing). */
function scheduleAnnouncement() {
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    const checked = check(config);
    const snapshot = announced(checked);
    if (snapshot === lastAnnounced) return;
    lastAnnounced = snapshot;
    const count = checked.problems.size;
    announcement = `Snippets updated.${count ? ` ${count === 1 ? 'One field needs' : `${count} fields need`} fixing; its values are left out.` : ''}`;
    draw();
  }, 1500);
}

function draw() {
  const checked = check(config);
  const page = html`<div class="layout">
      <div class="form-column">${form(config, checked, update)}</div>
      <div class="output-column">
        ${previewPanel(checked, draw)}
        ${snippetPanel(config, checked, draw)}
      </div>
    </div>
    <p class="visually-hidden" role="status" aria-live="polite">${announcement}</p>`;
  render(page, app);
}

followPreviewHeight(app);
draw();
