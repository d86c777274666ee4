/**
 * The page behind the iframe tier (`embed.html`): one `<pa-migration-help>`
 * that tells its parent the height it needs.
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
import '../define.js';
import {attributeNames} from '../internal/attributes.js';
import {FRAME_MESSAGE_TYPE, FRAME_SIZED_TYPE, type FrameResizeMessage} from './frame-message.js';

const FROM_QUERY = attributeNames('customer', 'page');
const FROM_HOSTED_PAGE = attributeNames('vendor');

const widget = document.createElement('pa-migration-help');
const query = new URLSearchParams(location.search);
for (const name of FROM_QUERY) {
  const value = query.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
for (const name of FROM_HOSTED_PAGE) {
  const value = document.documentElement.getAttribute(`data-${name}`);
  if (value !== null) widget.setAttribute(name, value);
}
document.body.append(widget);
document.body.style.margin = '0';

// Once the host script sizes the frame to its content, the page need not
// scroll. Without it (a fixed-height frame, or the page opened by a link) the
// page keeps its scrollbar, so nothing is cut off.
window.addEventListener('message', (event) => {
  if (event.source === window.parent && (event.data as {type?: unknown})?.type === FRAME_SIZED_TYPE) {
    document.documentElement.style.overflow = 'hidden';
  }
});

let lastHeight = -1;
new ResizeObserver(() => {
  const height = Math.ceil(widget.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  const message: FrameResizeMessage = {type: FRAME_MESSAGE_TYPE, version: 1, height};
  // The height is no secret, and the host's origin is not known here: the
  // host script checks that the message comes from its own frame.
  window.parent.postMessage(message, '*');
}).observe(widget);
