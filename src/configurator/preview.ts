/**
 * The configurator's preview page (configurator-preview.html, beside
 * define.js): the real widget in one language, with the site's settings as
 * the configurator's snippet writes them, in `<pa-migration-help-settings>`
 * elements. @lit/localize keeps one locale per document, so each language is
 * previewed in this page's own document, in a frame of the configurator.
 *
 * Its hash says what to show, `#lang=de&settings=[{"price-per-pack":"99.99",…},{"lang":"de",…}]`;
 * it changes without a reload. Only the settings element's own attribute
 * names are set, with setAttribute (values are text, never markup). The page
 * tells its parent the height it needs.
 */
import {attributeNames} from '../internal/attributes.js';
import {directionOf} from '../localization/match-locale.js';
import {PREVIEW_HEIGHT_MESSAGE} from './preview-message.js';

const SETTINGS_NAMES = new Set(['lang', ...attributeNames('vendor')]);

/** Today and an expiry three months on, as YYYY-MM-DD in the reader's calendar, so the calculator shows a result and a price. */
function dates(): {today: string; expiry: string} {
  const now = new Date();
  const write = (date: Date) =>
    `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const later = new Date(now.getFullYear(), now.getMonth() + 3, Math.min(now.getDate(), 28));
  return {today: write(now), expiry: write(later)};
}

function readHash(): {lang: string; settings: Record<string, string>[]} {
  const query = new URLSearchParams(location.hash.slice(1));
  let settings: Record<string, string>[] = [];
  try {
    const parsed: unknown = JSON.parse(query.get('settings') ?? '[]');
    if (Array.isArray(parsed))
      settings = parsed.filter((item): item is Record<string, string> => typeof item === 'object' && item !== null);
  } catch {
    settings = [];
  }
  return {lang: query.get('lang') ?? 'en', settings};
}

const stage = document.querySelector('main') ?? document.body;
const widget = document.createElement('pa-migration-help');
const {today, expiry} = dates();
widget.setAttribute('computers', '10');
widget.setAttribute('expiry', expiry);
widget.setAttribute('today', today);

function show(): void {
  const {lang, settings} = readHash();
  for (const old of document.querySelectorAll('pa-migration-help-settings')) old.remove();
  for (const attributes of settings) {
    const holder = document.createElement('pa-migration-help-settings');
    for (const [name, value] of Object.entries(attributes)) {
      if (SETTINGS_NAMES.has(name) && typeof value === 'string') holder.setAttribute(name, value);
    }
    stage.before(holder);
  }
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  if (!widget.isConnected) stage.append(widget);
}

show();
addEventListener('hashchange', show);

// The height the page needs, for the frame around it.
let sent = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.scrollHeight);
  if (height !== sent && parent !== window) {
    sent = height;
    parent.postMessage({type: PREVIEW_HEIGHT_MESSAGE, height}, location.origin);
  }
}).observe(document.body);
