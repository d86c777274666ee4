/** The message the configurator's preview page sends its parent: `{type, height}`, the height it needs. */
export const PREVIEW_HEIGHT_MESSAGE = 'pa-configurator:height';
