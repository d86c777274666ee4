export const FRAME_MESSAGE_TYPE = 'pa-migration-help:resize';

/** The one message the embed page sends its parent: the height its content needs. */
export interface FrameResizeMessage {
  type: typeof FRAME_MESSAGE_TYPE;
  version: 1;
  /** CSS pixels, a whole number. */
  height: number;
}

/** The largest height a frame is given, so a hostile page cannot make the host page endless. */
export const MAX_FRAME_HEIGHT = 20_000;

/** Whether `data` is a well-formed resize message. */
export function isFrameResizeMessage(data: unknown): data is FrameResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const {type, version, height} = data as Record<string, unknown>;
  return (
    type === FRAME_MESSAGE_TYPE &&
    version === 1 &&
    typeof height === 'number' &&
    Number.isInteger(height) &&
    height >= 0 &&
    height <= MAX_FRAME_HEIGHT
  );
}

/** The host script's answer to a resize: it sizes this frame, so the page inside need not scroll. */
export const FRAME_SIZED_TYPE = 'pa-migration-help:sized';

export interface FrameSizedMessage {
  type: typeof FRAME_SIZED_TYPE;
  version: 1;
}

/**
 * The host script's greeting to a frame, when it starts and to each frame
 * that reports its size first: it asks for the height again (the frame may
 * have told it before the script was there to hear), and passes on the
 * help center's look as its CSS gives it to the frame element.
 */
export const FRAME_HOST_TYPE = 'pa-migration-help:host';

export interface FrameHostMessage {
  type: typeof FRAME_HOST_TYPE;
  version: 1;
  /** The frame element's `font-family`, which the help center's CSS sets or the frame inherits. */
  font: string;
  /** The frame element's `--pa-accent`, or empty. */
  accent: string;
}

/** The longest font list or colour a greeting may carry. */
const MAX_STYLE_LENGTH = 300;

/** Whether `data` is a well-formed greeting; its values are checked again where they are used. */
export function isFrameHostMessage(data: unknown): data is FrameHostMessage {
  if (typeof data !== 'object' || data === null) return false;
  const {type, version, font, accent} = data as Record<string, unknown>;
  return (
    type === FRAME_HOST_TYPE &&
    version === 1 &&
    typeof font === 'string' &&
    typeof accent === 'string' &&
    font.length <= MAX_STYLE_LENGTH &&
    accent.length <= MAX_STYLE_LENGTH
  );
}
