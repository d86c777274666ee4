/**
 * What each field of the configurator may hold: the widget's own rules,
 * through `settingProblems` and the core's parsers, so the page never
 * accepts a value the widget would not. Only values that pass reach the
 * snippets.
 */
import {parseCurrency} from '../core/money.js';
import {matchLocale} from '../localization/match-locale.js';
import {settingProblems} from '../internal/setting-problems.js';
import {ATTRIBUTE_ORDER, type Config, type Locale, LOCALES, VENDOR_ATTRIBUTE, type VendorField, usesThemeAsset} from './config.js';

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
  const folder = usesThemeAsset(config) ? {} : filesFolder(config.filesAt);
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
