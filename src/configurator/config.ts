/**
 * What an editor chooses in the configurator: the platform, where the files
 * are, the languages and the site's values, with the page's starting values.
 */
import {SPOKEN_LOCALES} from '../internal/setting-problems.js';

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
/** The order the widget's attributes are written in. */
export const ATTRIBUTE_ORDER: VendorField[] = ['price', 'currency', 'packSize', 'renewUrl'];

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

/** The platforms where the editor may choose server-rendered HTML (Zendesk decides it by its sanitizer). */
export const offersServerRendered = (platform: Platform) => platform === 'static' || platform === 'confluence';

/** Whether each article holds the widget's server-rendered HTML, whose styles need csp.txt's hashes. */
export const usesWidgetHtml = (config: Config) =>
  config.platform === 'zendesk-unsafe' || (config.serverRendered && offersServerRendered(config.platform));

/**
 * Whether the files are theme assets: Zendesk with "Files hosted at" left
 * empty. Zendesk renames the assets it serves, so only the single file
 * with every language inside can be one.
 */
export const usesThemeAsset = (config: Config): boolean => config.platform.startsWith('zendesk') && config.filesAt.trim() === '';
