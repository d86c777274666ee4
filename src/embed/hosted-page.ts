/**
 * The page behind the iframe tier (`embed.html`, `embed/<locale>.html`): one
 * `<pa-migration-help>` that tells its parent the height it needs. Loaded by
 * embed.js after the page's first paint.
 *
 * The hosted pages hold the widget server-rendered in their language, shown
 * before this script runs; here it hydrates in place, and only then takes
 * the values below (set earlier, they would reach the first render, which
 * must match the server's HTML). A page without a widget (a copy of an
 * older `embed.html`) gets one made here.
 *
 * The customer's values come from the query string, e.g.
 * `?lang=de&computers=10&expiry=2021-04-01`, with the embedding page's
 * `heading-level` and `open`, which change only the presentation. What the
 * vendor decides (price, currency, pack size, where the "Renew" link leads) and the
 * date to count from (`today`) come only from `data-*` attributes on the
 * hosted page's own `<html>`: anyone can write a query string, and a price, a
 * link or a date taken from it would show on the vendor's domain.
 * @module
 */
// The whole widget shows in the frame at once: the calculator with the rest.
import '../browser/register.js';
import '../components/renewal-calculator/renewal-calculator.js';
import type {LitElement} from 'lit';
import {readShareHash} from '../core/share-link.js';
import {attributeNames} from '../internal/attributes.js';
import {FRAME_MESSAGE_TYPE, FRAME_SIZED_TYPE, type FrameHostMessage, type FrameResizeMessage, isFrameHostMessage} from './frame-message.js';

const FROM_QUERY = attributeNames('customer', 'page');
const FROM_HOSTED_PAGE = attributeNames('vendor');

// A result link (`#pa-calc=…`, copied by a reader from this frame) says what
// the reader asked for: the calculator restores it, and the query it was
// opened with, applied after hydration, would overwrite it.
const linked = readShareHash(location.hash) !== null;
const FIELD_PRESETS = attributeNames('customer').filter((name) => name !== 'lang');

const settings: [string, string][] = [];
const query = new URLSearchParams(location.search);
for (const name of FROM_QUERY) {
  const value = query.get(name);
  if (value !== null && !(linked && FIELD_PRESETS.includes(name))) settings.push([name, value]);
}
for (const name of FROM_HOSTED_PAGE) {
  const value = document.documentElement.getAttribute(`data-${name}`);
  if (value !== null) settings.push([name, value]);
}

/** Resolves once the element, and those in its shadow root, have hydrated and rendered all they have to. */
async function settled(element: LitElement): Promise<void> {
  while ((await element.updateComplete) === false);
  for (const inner of element.shadowRoot?.querySelectorAll<LitElement>('pa-migration-faq, pa-renewal-calculator') ?? []) {
    await settled(inner);
  }
}

const served = document.querySelector<LitElement>('pa-migration-help');
const widget = served ?? document.createElement('pa-migration-help');
const configure = () => {
  for (const [name, value] of settings) widget.setAttribute(name, value);
};
if (served) {
  void settled(served).then(configure);
} else {
  configure();
  document.body.append(widget);
}
// The hosted pages' own style says so too, unless a policy of the host's blocks it.
document.body.style.margin = '0';

// Once the host script sizes the frame to its content, the page need not
// scroll. Without it (a fixed-height frame, or the page opened by a link) the
// page keeps its scrollbar, so nothing is cut off. The message is only a cue:
// any parent may send it, so the page checks that its content does fit.
let sized = false;
const fitScrollbar = () => {
  const fits = document.documentElement.scrollHeight <= window.innerHeight;
  document.documentElement.style.overflow = sized && fits ? 'hidden' : '';
};
window.addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  if ((event.data as {type?: unknown})?.type === FRAME_SIZED_TYPE) {
    sized = true;
    fitScrollbar();
  } else if (isFrameHostMessage(event.data)) {
    takeHostStyle(event.data);
    // The host script may have missed the first height: told again.
    lastHeight = -1;
    tellHeight();
  }
});

/** The help center's font and accent, where they are a font list and a colour. */
function takeHostStyle({font, accent}: FrameHostMessage): void {
  if (font && CSS.supports('font-family', font)) document.body.style.fontFamily = font;
  if (accent && CSS.supports('color', accent)) widget.style.setProperty('--pa-accent', accent);
}
window.addEventListener('resize', fitScrollbar);

let lastHeight = -1;
function tellHeight(): void {
  const height = Math.ceil(widget.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  const message: FrameResizeMessage = {type: FRAME_MESSAGE_TYPE, version: 1, height};
  // The height is no secret, and the host's origin is not known here: the
  // host script checks that the message comes from its own frame.
  window.parent.postMessage(message, '*');
}
new ResizeObserver(() => {
  fitScrollbar();
  tellHeight();
}).observe(widget);
