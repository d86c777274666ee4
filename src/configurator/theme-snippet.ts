/**
 * The snippets pasted once for the whole site: the script and the site's
 * settings in the theme, or, for the iframe tier, each hosted page's <html>
 * start tag with the site's values on it.
 */
import type {Checked} from './check.js';
import {ATTRIBUTE_ORDER, type Config, type Locale, type Platform, type VendorField, usesThemeAsset} from './config.js';
import {escapeAttribute, type Snippet} from './snippet.js';

const attributesText = (attributes: readonly (readonly [string, string])[]) =>
  attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');

/** The settings elements: one for every language, one per language where a value differs. */
export function settingsElements(checked: Checked): string[] {
  const lines = [`<pa-migration-help-settings${attributesText(checked.general)}></pa-migration-help-settings>`];
  for (const [locale, attributes] of checked.perLanguage) {
    lines.push(`<pa-migration-help-settings${attributesText([['lang', locale], ...attributes])}></pa-migration-help-settings>`);
  }
  return lines;
}

const VENDOR_FIELD_NAMES: Record<VendorField, string> = {
  price: 'the price per pack',
  currency: 'the currency',
  packSize: 'the pack size',
  renewUrl: 'the renew link',
};

/** Notes for fields whose values are left out of the snippets until they are fixed. */
function leftOut(checked: Checked, locale?: Locale): string[] {
  const marks: string[] = [];
  for (const field of ATTRIBUTE_ORDER) {
    const id = locale ? `${locale}.${field}` : field;
    if (checked.problems.has(id))
      marks.push(`Left out until fixed: ${VENDOR_FIELD_NAMES[field]}${locale ? ` for ${locale}` : ''} (see the field).`);
  }
  return marks;
}

const THEME_PLACE: Record<Platform, string> = {
  zendesk: 'Guide admin → Customize design → Edit code → document_head.hbs (once for the whole help center).',
  'zendesk-unsafe': 'Guide admin → Customize design → Edit code → document_head.hbs (once for the whole help center).',
  confluence:
    'Confluence administration → Look and feel → Custom HTML → "At end of the HEAD" (once for the site); or, without it, at the top of each HTML macro.',
  static: "Your site's page template, in <head> (once for every page).",
  iframe: 'Your theme or page template, if it may hold a script (optional: it sizes the frames to their content).',
};

/** The one-time snippet: the script for where the files are, and the site's settings. */
export function themeSnippet(config: Config, checked: Checked): Snippet {
  const marks: string[] = [];
  const lines: string[] = [];
  const script = {
    zendesk: 'auto.js',
    'zendesk-unsafe': 'auto.js',
    confluence: 'define.js',
    static: 'define.js',
    iframe: 'resize-frames.js',
  }[config.platform];
  if (usesThemeAsset(config)) lines.push(`<script defer src="{{asset 'pa-migration-help.single.js'}}"></script>`);
  else if (checked.filesAt)
    lines.push(`<script type="module" fetchpriority="low" src="${escapeAttribute(checked.filesAt + script)}"></script>`);
  else marks.push('Left out until fixed: the script tag (see "Files hosted at").');
  if (usesThemeAsset(config))
    marks.push(
      'Upload dist/browser/pa-migration-help.single.js as a theme asset first (Guide admin → Customize design → Edit code → Assets).',
    );
  if (config.platform === 'iframe') {
    return {title: 'Once, in your theme', where: THEME_PLACE.iframe, text: lines.join('\n'), marks};
  }
  lines.push(...settingsElements(checked));
  marks.push(...leftOut(checked), ...checked.languages.flatMap((locale) => leftOut(checked, locale)));
  return {title: 'Once, in your theme', where: THEME_PLACE[config.platform], text: lines.join('\n'), marks};
}

/** The iframe tier's hosted pages: the site's values go on each page's own <html>, never in a query. */
export function hostedPagesSnippet(checked: Checked): Snippet {
  const lines = checked.languages.map((locale) => {
    const dir = locale === 'ar' ? 'rtl' : 'ltr';
    const data = (checked.effective.get(locale) ?? []).map(([name, value]) => [`data-${name}`, value] as const);
    return `embed/${locale}.html:\n<html lang="${locale}" dir="${dir}"${attributesText(data)}>`;
  });
  return {
    title: 'Once, on the hosted pages',
    where: 'In your copy of dist/browser/, replace the <html> start tag of each hosted page with its line below.',
    text: lines.join('\n\n'),
    marks: [...leftOut(checked), ...checked.languages.flatMap((locale) => leftOut(checked, locale))],
  };
}
