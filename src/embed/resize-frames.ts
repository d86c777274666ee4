/**
 * The host page's half of the iframe tier: sizes every
 * `<iframe data-pa-migration-help-frame>` to the height its embed page
 * reports, so the frame never scrolls. Accepts a message only from the
 * frame's own window and origin, and only in the expected shape.
 * @module
 */
import {FRAME_SIZED_TYPE, isFrameResizeMessage, type FrameSizedMessage} from './frame-message.js';

window.addEventListener('message', (event) => {
  if (!isFrameResizeMessage(event.data)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-pa-migration-help-frame]')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, location.href).origin !== event.origin) return;
    frame.height = String(event.data.height);
    const sized: FrameSizedMessage = {type: FRAME_SIZED_TYPE, version: 1};
    frame.contentWindow?.postMessage(sized, event.origin);
  }
});
