/**
 * The snippet pasted in each article, per platform: the script-free
 * placeholder (Zendesk's default sanitizer), a frame (the iframe tier), the
 * widget's server-rendered HTML, or the bare element.
 */
import type {Checked} from './check.js';
import {type Config, LANGUAGE_NAMES, type Locale, usesWidgetHtml} from './config.js';
import {escapeAttribute, type PackageTexts, type Snippet} from './snippet.js';

/** The snippet for one article in one language. */
export function articleSnippet(config: Config, checked: Checked, texts: PackageTexts, locale: Locale): Snippet {
  const marks: string[] = [];
  const packSize = checked.general.find(([name]) => name === 'pack-size')?.[1];
  const title = `In each article in ${LANGUAGE_NAMES[locale]}`;
  if (config.platform === 'zendesk') {
    // The package's placeholder fixes no language: the widget follows the article's, unless pinned here.
    let text = texts.placeholder[locale] ?? '';
    if (config.pinLanguage) text = text.replace(/^<div data-pa-migration-help/, `$& data-lang="${locale}"`);
    if (packSize)
      marks.push(
        `The FAQ's text here speaks of packs of 5 (the widget itself says ${packSize}). For readers without JavaScript, make it with: npx pa-migration-help placeholder ${locale} pack-size=${packSize}`,
      );
    return {title, where: "The article's source code view (</>), where the widget goes.", text: text.trimEnd(), marks};
  }
  if (config.platform === 'iframe') {
    const src = checked.filesAt ? `${checked.filesAt}embed/${locale}.html` : '';
    if (!src) marks.push('Left out until fixed: the frame\'s address (see "Files hosted at").');
    const text = src
      ? `<iframe data-pa-migration-help-frame title="Migration help" src="${escapeAttribute(src)}" width="100%" height="900"></iframe>`
      : '';
    marks.push("Write the title attribute in the article's language: screen readers announce it.");
    return {title, where: "The article's HTML, where the widget goes.", text, marks};
  }
  if (usesWidgetHtml(config)) {
    if (packSize)
      marks.push(
        `This HTML speaks of packs of 5 until the script runs. For ${packSize}, make it with: npx pa-migration-help render pa-migration-help --locale ${locale} pack-size=${packSize}`,
      );
    marks.push('Paste it as it is: the comments in it are needed.');
    const where =
      config.platform === 'confluence'
        ? 'An HTML macro, where the widget goes.'
        : "The article's source code view (</>), where the widget goes.";
    // Written in the language, not fixed to it, unless pinned here.
    let text = (texts.widget[locale] ?? '').trimEnd();
    if (config.pinLanguage) text = text.replace(/^<pa-migration-help data-pa-locale="[^"]*"/, `$& lang="${locale}"`);
    return {title, where, text, marks};
  }
  const lang = config.pinLanguage ? ` lang="${locale}"` : '';
  const where = config.platform === 'confluence' ? 'An HTML macro, where the widget goes.' : 'The page, where the widget goes.';
  return {title, where, text: `<pa-migration-help${lang}></pa-migration-help>`, marks};
}
