/**
 * The page behind the iframe tier (`embed.html`): one `<pa-migration-help>`
 * configured by the query string, e.g. `?lang=de&computers=10&expiry=2021-04-01`,
 * that tells its parent the height it needs. Query keys are the element's
 * attribute names; values are checked as attributes are.
 * @module
 */
import '../define.js';
import {FRAME_MESSAGE_TYPE, type FrameResizeMessage} from './frame-message.js';

const ATTRIBUTES = [
  'lang',
  'computers',
  'current-packs',
  'expiry',
  'pack-size',
  'price-per-pack',
  'currency',
  'today',
  'renew-url',
  'heading-level',
  'open',
];

const widget = document.createElement('pa-migration-help');
const query = new URLSearchParams(location.search);
for (const name of ATTRIBUTES) {
  const value = query.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
document.body.append(widget);

// The frame is sized to its content, so the page itself never scrolls.
document.documentElement.style.overflow = 'hidden';
document.body.style.margin = '0';

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
