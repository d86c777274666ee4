/**
 * The configurator's rules, with no DOM: what each field may hold (the
 * widget's own rules, through `settingProblems` and the core's parsers), and
 * the snippets an editor pastes, made from the values that pass them only.
 * The snippet text is plain text: the page shows it with Lit bindings, never
 * as markup.
 */
import {parseCurrency} from '../core/money.js';
import {matchLocale} from '../localization/match-locale.js';
import {SPOKEN_LOCALES, settingProblems} from '../internal/setting-problems.js';

export type Locale = (typeof SPOKEN_LOCALES)[number];
export const LOCALES: readonly Locale[] = SPOKEN_LOCALES;

/** Each language by its own name, then its tag. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch (German)',
  fr: 'Français (French)',
  es: 'Español (Spanish)',
  it: 'Italiano (Italian)',
  ja: '日本語 (Japanese)',
  'zh-Hans': '简体中文 (Simplified Chinese)',
  'pt-BR': 'Português do Brasil (Brazilian Portuguese)',
  ar: 'العربية (Arabic)',
};

export type Platform = 'zendesk' | 'zendesk-unsafe' | 'confluence' | 'static' | 'iframe';

export const PLATFORMS: Record<Platform, {label: string; hint: string}> = {
  zendesk: {
    label: 'Zendesk Guide',
    hint: "The default sanitizer: the theme loads the script, each article holds a placeholder with the FAQ's text.",
  },
  'zendesk-unsafe': {label: 'Zendesk Guide, unsafe HTML allowed', hint: 'Articles may hold any HTML: the widget itself, server-rendered.'},
  confluence: {label: 'Confluence Data Center or Server', hint: 'The HTML macro (an administrator enables it).'},
  static: {label: 'A static site, or any page that runs scripts', hint: 'A module script and the element.'},
  iframe: {label: 'An iframe', hint: 'No script of ours on your pages: the hosted page of each language in a frame.'},
};

/** What a site sets once: a price per pack, its currency, the pack size and where "Renew" leads. */
export interface VendorValues {
  price: string;
  currency: string;
  packSize: string;
  renewUrl: string;
}
export type VendorField = keyof VendorValues;

export const VENDOR_ATTRIBUTE: Record<VendorField, string> = {
  price: 'price-per-pack',
  currency: 'currency',
  packSize: 'pack-size',
  renewUrl: 'renew-url',
};
const ATTRIBUTE_ORDER: VendorField[] = ['price', 'currency', 'packSize', 'renewUrl'];

export interface Config {
  platform: Platform;
  /** The folder where the package's dist/browser/ is served, e.g. https://cdn.example.com/pa-migration-help/. */
  filesAt: string;
  languages: Locale[];
  /** More language tags, as the help center writes them (pt-br, zh-cn): each adds the language that serves it. */
  otherLanguages: string;
  general: VendorValues;
  /** What differs in one language; an empty value is the same as for all. */
  perLanguage: Partial<Record<Locale, Partial<VendorValues>>>;
  /** Pin each article's snippet to its language (`lang`, `data-lang`); off: the widget follows the page's. */
  pinLanguage: boolean;
  /** Confluence and static sites: the widget's server-rendered HTML instead of the bare element. */
  serverRendered: boolean;
}

export const DEFAULT_CONFIG: Config = {
  platform: 'zendesk',
  filesAt: 'https://cdn.example.com/pa-migration-help/',
  languages: ['en', 'de'],
  otherLanguages: '',
  general: {price: '99.99', currency: 'USD', packSize: '5', renewUrl: 'https://my.parallels.com/'},
  perLanguage: {},
  pinLanguage: false,
  serverRendered: false,
};

/** The package's own files the snippets quote, per language (made at build time from dist/html). */
export interface PackageTexts {
  placeholder: Record<string, string>;
  widget: Record<string, string>;
  /** The 'sha256-…' sources of csp.txt. */
  styleHashes: string[];
}

/** A field's id: `filesAt`, `otherLanguages`, `price`, … or `de.price` for a language's own value. */
export type FieldId = string;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The widget's message for one vendor value, without the attribute's name in front. */
function valueProblem(field: VendorField, value: string, currency: string): string | undefined {
  const attribute = VENDOR_ATTRIBUTE[field];
  const [problem] = settingProblems('settings', [[attribute, value]], currency);
  return problem ? capitalize(problem.message.replace(`${attribute}: `, '')) : undefined;
}

const validCurrency = (code: string) => {
  try {
    return parseCurrency(code);
  } catch {
    return undefined;
  }
};

/** Where the files are, as a folder URL ending in `/`, or the problem with it. */
export function filesFolder(text: string): {url?: string; problem?: string} {
  const value = text.trim();
  if (value === '') return {problem: 'Enter where the files of dist/browser/ are served, e.g. https://cdn.example.com/pa-migration-help/.'};
  const folder = value.endsWith('/') ? value : `${value}/`;
  if (folder.startsWith('/') && !folder.startsWith('//')) return {url: folder};
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(value)) return {problem: `Write the whole address: https://${folder}`};
  let url: URL;
  try {
    url = new URL(folder);
  } catch {
    return {problem: `"${value}" is not an address (write https://cdn.example.com/pa-migration-help/ or /assets/pa-migration-help/).`};
  }
  if (url.protocol !== 'https:')
    return {problem: `Use an https: address: pages served over https refuse scripts from ${url.protocol} ones.`};
  if (url.search || url.hash) return {problem: 'Give the folder alone, with no ? or # part.'};
  return {url: url.href};
}

/** The languages the snippets are for: those checked, and those the typed tags are served by. */
export function chosenLanguages(config: Config): {languages: Locale[]; problem?: string} {
  const chosen = new Set<Locale>(config.languages);
  const problems: string[] = [];
  for (const tag of config.otherLanguages.split(/[\s,;]+/).filter(Boolean)) {
    const [problem] = settingProblems('settings', [['lang', tag]]);
    if (problem) problems.push(capitalize(problem.message.replace('lang: ', '')));
    else chosen.add(matchLocale(tag, LOCALES) as Locale);
  }
  const languages = LOCALES.filter((locale) => chosen.has(locale));
  if (languages.length === 0 && problems.length === 0) problems.push('Choose at least one language.');
  return {languages, ...(problems.length ? {problem: problems.join(' ')} : {})};
}

export interface Checked {
  /** The message beside each field with a problem. */
  problems: Map<FieldId, string>;
  languages: Locale[];
  filesAt?: string;
  /** The site's values that pass the widget's rules, by attribute name, in order. */
  general: [string, string][];
  /** Per language: the values that pass and differ from the site's. */
  perLanguage: Map<Locale, [string, string][]>;
  /** Per language: every value its widgets end up with (the iframe tier's hosted pages need them all). */
  effective: Map<Locale, [string, string][]>;
}

/** Every field checked with the widget's rules; only values that pass reach the snippets. */
export function check(config: Config): Checked {
  const problems = new Map<FieldId, string>();
  const folder = filesFolder(config.filesAt);
  if (folder.problem) problems.set('filesAt', folder.problem);
  const {languages, problem: languageProblem} = chosenLanguages(config);
  if (languageProblem) problems.set('otherLanguages', languageProblem);

  const siteCurrency = validCurrency(config.general.currency);
  const general = new Map<VendorField, string>();
  for (const field of ATTRIBUTE_ORDER) {
    const value = config.general[field].trim();
    if (value === '') {
      if (field === 'currency') problems.set(field, 'Enter the currency code of the price (USD, EUR, JPY, …).');
      continue;
    }
    const problem = valueProblem(field, value, siteCurrency ?? config.general.currency);
    if (problem) problems.set(field, problem);
    else general.set(field, field === 'currency' ? validCurrency(value)! : value);
  }
  // Pack size 5 is the widget's default: it goes without saying.
  if (general.get('packSize') === '5') general.delete('packSize');

  const perLanguage = new Map<Locale, [string, string][]>();
  const effective = new Map<Locale, [string, string][]>();
  for (const locale of languages) {
    const own = config.perLanguage[locale] ?? {};
    const values = new Map(general);
    const currencyText = own.currency?.trim() ?? '';
    const currency = currencyText ? validCurrency(currencyText) : siteCurrency;
    const differs: [string, string][] = [];
    for (const field of ATTRIBUTE_ORDER) {
      if (field === 'packSize') continue;
      const value = own[field]?.trim() ?? '';
      if (value === '') continue;
      const problem = valueProblem(field, value, currency ?? 'USD');
      if (problem) {
        problems.set(`${locale}.${field}`, problem);
        continue;
      }
      const written = field === 'currency' ? validCurrency(value)! : value;
      if (written !== general.get(field)) differs.push([VENDOR_ATTRIBUTE[field], written]);
      values.set(field, written);
    }
    // The site's price in this language's own currency: JPY has no cents for 99.99.
    const price = values.get('price');
    if (currencyText && currency && price && !problems.has(`${locale}.price`)) {
      const problem = valueProblem('price', price, currency);
      if (problem) {
        problems.set(`${locale}.price`, `${problem} Give this language a price in ${currency}.`);
        values.delete('price');
        const index = differs.findIndex(([name]) => name === 'price-per-pack');
        if (index >= 0) differs.splice(index, 1);
      }
    }
    if (differs.length) perLanguage.set(locale, differs);
    effective.set(
      locale,
      ATTRIBUTE_ORDER.filter((field) => values.has(field)).map((field) => [VENDOR_ATTRIBUTE[field], values.get(field)!]),
    );
  }
  return {
    problems,
    languages,
    ...(folder.url ? {filesAt: folder.url} : {}),
    general: ATTRIBUTE_ORDER.filter((field) => general.has(field)).map((field) => [VENDOR_ATTRIBUTE[field], general.get(field)!]),
    perLanguage,
    effective,
  };
}

/** An attribute value as it must be written in HTML. */
export const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

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

export interface Snippet {
  /** Where it goes, for the heading. */
  title: string;
  /** Where to paste it. */
  where: string;
  text: string;
  /** What is left out or not quite right yet, in plain words. */
  marks: string[];
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
  if (checked.filesAt) lines.push(`<script type="module" src="${escapeAttribute(checked.filesAt + script)}"></script>`);
  else marks.push('Left out until fixed: the script tag (see "Files hosted at").');
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

/** The snippet for one article in one language. */
export function articleSnippet(config: Config, checked: Checked, texts: PackageTexts, locale: Locale): Snippet {
  const marks: string[] = [];
  const packSize = checked.general.find(([name]) => name === 'pack-size')?.[1];
  const title = `In each article in ${LANGUAGE_NAMES[locale]}`;
  const usesWidgetHtml =
    config.platform === 'zendesk-unsafe' || (config.serverRendered && (config.platform === 'static' || config.platform === 'confluence'));
  if (config.platform === 'zendesk') {
    let text = texts.placeholder[locale] ?? '';
    if (!config.pinLanguage) text = text.replace(/^(<div data-pa-migration-help) data-lang="[^"]*"/, '$1');
    if (packSize)
      marks.push(
        `The FAQ's text here speaks of packs of 5 (the widget itself says ${packSize}). For readers without JavaScript, make it with: npx pa-migration-help placeholder lang=${locale} pack-size=${packSize}`,
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
  if (usesWidgetHtml) {
    if (packSize)
      marks.push(
        `This HTML speaks of packs of 5 until the script runs. For ${packSize}, make it with: npx pa-migration-help render pa-migration-help lang=${locale} pack-size=${packSize}`,
      );
    marks.push('Paste it as it is: the comments in it are needed. It holds its language (lang) by nature.');
    const where =
      config.platform === 'confluence'
        ? 'An HTML macro, where the widget goes.'
        : "The article's source code view (</>), where the widget goes.";
    return {title, where, text: (texts.widget[locale] ?? '').trimEnd(), marks};
  }
  const lang = config.pinLanguage ? ` lang="${locale}"` : '';
  const where = config.platform === 'confluence' ? 'An HTML macro, where the widget goes.' : 'The page, where the widget goes.';
  return {title, where, text: `<pa-migration-help${lang}></pa-migration-help>`, marks};
}

/** The Content-Security-Policy sources the site needs, if it sends a policy. */
export function cspSnippet(config: Config, checked: Checked, texts: PackageTexts): Snippet {
  const lines: string[] = [];
  const marks: string[] = [];
  const origin = checked.filesAt && !checked.filesAt.startsWith('/') ? new URL(checked.filesAt).origin : undefined;
  if (config.platform === 'iframe') {
    if (origin) lines.push(`frame-src 'self' ${origin}`, `script-src 'self' ${origin}`);
    lines.push('# The hosted pages send their own policy in a <meta> element; if your server sends one with them,');
    lines.push("# copy the 'sha256-…' sources of that <meta> into its style-src.");
  } else {
    lines.push(`script-src 'self'${origin ? ` ${origin}` : ''}`);
    const usesWidgetHtml = config.platform === 'zendesk-unsafe' || (config.serverRendered && config.platform !== 'zendesk');
    if (usesWidgetHtml) lines.push(`style-src 'self' ${texts.styleHashes.join(' ')}`);
    lines.push('# Only where your policy names its Trusted Types policies (a trusted-types directive):');
    lines.push("trusted-types lit-html 'allow-duplicates'");
    if (origin) {
      lines.push(`# On ${origin}, send with every file of the folder (module scripts are fetched with CORS):`);
      lines.push("Access-Control-Allow-Origin: <your site's origin, e.g. https://help.example.com>");
    }
  }
  if (!checked.filesAt) marks.push('The files\' host is missing until "Files hosted at" is fixed.');
  return {
    title: 'Content-Security-Policy',
    where: 'Only if your site sends a Content-Security-Policy: add these sources to its directives. Without a policy, skip this.',
    text: lines.join('\n'),
    marks,
  };
}

/** Steps that confirm it works. */
export function checklist(config: Config, checked: Checked): string[] {
  const price = checked.general.find(([name]) => name === 'price-per-pack')?.[1];
  const steps = [
    config.platform === 'iframe'
      ? 'Put the hosted pages (with their <html> lines) on your files host.'
      : 'Save the theme snippet once, and publish the theme.',
    `Paste the article snippet in each language's article: ${checked.languages.join(', ')}.`,
    `Open a published article in each language: the FAQ and the calculator show in that language. Type 10 computers and an expiry date: "Select 2 packs"${price ? ', and the price of 2 packs' : ''}.`,
    'Open the browser console (F12): there should be no red "Refused to …" (Content-Security-Policy) errors.',
    "Add #pa-debug to the article's address: in package versions with editor notices, the widget lists what it could not use.",
    "Or run: npx pa-migration-help check <the article's address or a saved HTML file> (in package versions that have the check command).",
  ];
  return steps;
}
