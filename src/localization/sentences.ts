// Sentences of several messages, read as one text: Japanese and Chinese end a
// sentence with a full-width stop (。) and put no space after it; a space
// there is seen, and a screen reader may say it.
import {activeLocale} from './active-locale.js';

/** Languages whose sentences follow each other with no space between them. */
const WITHOUT_SPACE = new Set(['ja', 'zh']);

/**
 * Joins `parts` into one text in the active locale, skipping empty ones: with
 * a space between them, or none in Japanese and Chinese.
 *
 * @example joinSentences(['Select 3 packs.', '', 'Valid until April 1, 2022.']) // 'Select 3 packs. Valid until April 1, 2022.'
 */
export function joinSentences(parts: readonly string[]): string {
  const language = activeLocale().split('-')[0]!.toLowerCase();
  return parts.filter((part) => part !== '').join(WITHOUT_SPACE.has(language) ? '' : ' ');
}
