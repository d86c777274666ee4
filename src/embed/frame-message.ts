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
