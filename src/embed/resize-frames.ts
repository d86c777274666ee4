/**
 * The host page's half of the iframe tier: sizes every
 * `<iframe data-pa-migration-help-frame>` to the height its embed page
 * reports, so the frame never scrolls. Accepts a message only from the
 * frame's own window and origin, and only in the expected shape.
 *
 * It greets each frame (src/embed/frame-message.ts): when it starts, since a
 * frame may have reported its height before this script arrived, and each
 * frame it has not greeted yet. The greeting carries the help center's
 * font and accent as its CSS gives them to the frame element
 * (`iframe[data-pa-migration-help-frame] { --pa-accent: #c8102e }`).
 * Frames without a border of the page's own lose the browser's default one.
 * @module
 */
import {FRAME_HOST_TYPE, FRAME_SIZED_TYPE, type FrameHostMessage, type FrameSizedMessage, isFrameResizeMessage} from './frame-message.js';

const FRAMES = 'iframe[data-pa-migration-help-frame]';
const greeted = new WeakSet<HTMLIFrameElement>();

const originOf = (frame: HTMLIFrameElement) => new URL(frame.src, location.href).origin;

function greet(frame: HTMLIFrameElement): void {
  const style = getComputedStyle(frame);
  // The browser's own frame border (2px inset): no help center chose it.
  if (style.borderTopStyle === 'inset') frame.style.border = '0';
  const greeting: FrameHostMessage = {
    type: FRAME_HOST_TYPE,
    version: 1,
    font: style.fontFamily,
    accent: style.getPropertyValue('--pa-accent').trim(),
  };
  frame.contentWindow?.postMessage(greeting, originOf(frame));
  greeted.add(frame);
}

window.addEventListener('message', (event) => {
  if (!isFrameResizeMessage(event.data)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES)) {
    if (frame.contentWindow !== event.source) continue;
    if (originOf(frame) !== event.origin) return;
    frame.height = String(event.data.height);
    const sized: FrameSizedMessage = {type: FRAME_SIZED_TYPE, version: 1};
    frame.contentWindow?.postMessage(sized, event.origin);
    if (!greeted.has(frame)) greet(frame);
  }
});

for (const frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES)) greet(frame);
