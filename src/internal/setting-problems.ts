/**
 * What an editor can get wrong in the markup that places the widget, found
 * by the same rules the widget reads it with: for the notices a widget shows
 * in preview (never to customers), the `check` command and the configurator.
 * Pure: no DOM. The messages are for editors, in English.
 */
import {isCalendarDate} from '../core/calendar-date.js';
import {RenewalInputError} from '../core/errors.js';
import {minorDigits, parseCurrency, priceForPacks} from '../core/money.js';
import {MAX_COUNT, parseDecimal, parseWholeNumber} from '../core/numbers.js';
import {DEFAULT_CURRENCY} from '../core/defaults.js';
import {safeLinkUrl} from '../core/safe-url.js';
import {matchLocale} from '../localization/match-locale.js';
import {attributeNames, markupAttributesOf, type ElementName} from './attributes.js';

/** Where the attributes stand: one of the elements, a placeholder (its `data-*`), or the site's settings element. */
export type SettingsHolder = ElementName | 'placeholder' | 'settings';

export interface SettingProblem {
  /** The attribute as written, `data-price` say. */
  readonly attribute: string;
  readonly message: string;
}

/** The languages the widget speaks, for the message about one it does not. */
export const SPOKEN_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh-Hans', 'pt-BR', 'ar'] as const;

// Attributes any element may carry, which are not ours to judge.
const GLOBAL = /^(id|class|style|hidden|title|part|slot|exportparts|dir|tabindex|role|inert|aria-.+|data-.+|defer-hydration)$/;
// A placeholder's own markers, written by the package.
const PLACEHOLDER_MARKERS = new Set(['data-pa-migration-help', 'data-pa-upgraded', 'data-pa-fallback', 'data-lang']);

/** The attributes that may stand on `holder`, as written there. */
function knownNames(holder: SettingsHolder): string[] {
  if (holder === 'settings') return ['lang', ...attributeNames('vendor')];
  if (holder === 'placeholder') return markupAttributesOf('help').map((name) => `data-${name}`);
  return markupAttributesOf(holder);
}

/** Levenshtein distance, for "did you mean": names are short. */
function distance(a: string, b: string): number {
  let row = Array.from({length: b.length + 1}, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The known name `name` is most likely a typo of, if any. */
function meant(name: string, known: readonly string[]): string | undefined {
  const close = known.filter((candidate) => candidate.startsWith(name) || distance(name, candidate) <= 2);
  return close.sort((a, b) => distance(name, a) - distance(name, b))[0];
}

/** Whether `name` is for `holder` to judge: ours, or close enough to ours to be a typo of it. */
function isOurs(holder: SettingsHolder, name: string): boolean {
  if (holder === 'placeholder') return name.startsWith('data-') && !PLACEHOLDER_MARKERS.has(name);
  return !GLOBAL.test(name) || (holder === 'settings' && name !== 'class' && name !== 'id');
}

/** What is wrong with `value` of the attribute `name` (its name as on an element), if anything. */
function valueProblem(name: string, value: string, currency: string): string | undefined {
  const trimmed = value.trim();
  switch (name) {
    case 'lang': {
      const locale = matchLocale(trimmed, SPOKEN_LOCALES);
      if (locale === undefined) return `"${value}" is not a language tag (write de, fr, pt-BR, …).`;
      if (locale === 'en' && !/^en\b/i.test(trimmed))
        return `the widget does not speak "${value}" and shows English. It speaks ${SPOKEN_LOCALES.join(', ')}.`;
      return undefined;
    }
    case 'price-per-pack':
      return priceProblem(trimmed, currency);
    case 'currency':
      return attempt(() => parseCurrency(trimmed)) ? undefined : `"${value}" is not a currency code (write USD, EUR, JPY, …).`;
    case 'pack-size':
    case 'computers':
    case 'current-packs':
      return attempt(() => parseWholeNumber(trimmed, 'packSize', {min: 1, max: MAX_COUNT}))
        ? undefined
        : `"${value}" is not a whole number from 1 to ${MAX_COUNT.toLocaleString('en')}.`;
    case 'expiry':
    case 'today':
      return isCalendarDate(trimmed) ? undefined : `"${value}" is not a date written YYYY-MM-DD (2027-04-01).`;
    case 'heading-level':
      return /^[2-6]$/.test(trimmed) ? undefined : `"${value}" is not a heading level from 2 to 6.`;
    case 'renew-url':
      return linkProblem(trimmed);
    default:
      return undefined;
  }
}

function priceProblem(price: string, currency: string): string | undefined {
  if (/^\d+,\d+$/.test(price)) return `write the price with a point, not a comma: ${price.replace(',', '.')}.`;
  if (/[^\d.,\s]/.test(price)) return `write the number alone (99.99): the currency goes in currency="…".`;
  const value = attempt(() => parseDecimal(price, 'pricePerPack'));
  if (value === undefined) return `"${price}" is not a price written 99.99 (a point, no thousands separators).`;
  const validCurrency = attempt(() => parseCurrency(currency));
  if (validCurrency && attempt(() => priceForPacks(1, value, validCurrency)) === undefined) {
    const digits = minorDigits(validCurrency);
    return digits === 0
      ? `${validCurrency} has no cents: ${price} cannot be shown; write a whole number.`
      : `${validCurrency} has ${digits} decimals: ${price} cannot be shown as it is.`;
  }
  return undefined;
}

function linkProblem(url: string): string | undefined {
  if (!safeLinkUrl(url)) return `"${url}" is neither an https: link nor a link on this site: no Renew link is shown.`;
  // A relative link that starts like a domain name is almost always a domain without https://.
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(url)) return `"${url}" links to a page of this site; for that domain write https://${url}.`;
  return undefined;
}

const attempt = <T>(run: () => T): T | undefined => {
  try {
    return run();
  } catch (error) {
    if (error instanceof RenewalInputError) return undefined;
    throw error;
  }
};

/**
 * The problems in `attributes` (name and value as written) of one element, a
 * placeholder or the site's settings element: names it does not take (with
 * the one probably meant), and values it cannot use or will read otherwise
 * than meant. `currency` is the currency the price is in when `attributes`
 * name none (the site's setting).
 */
export function settingProblems(
  holder: SettingsHolder,
  attributes: Iterable<readonly [name: string, value: string]>,
  currency = DEFAULT_CURRENCY,
): SettingProblem[] {
  const given = [...attributes];
  const known = knownNames(holder);
  const bare = (name: string) => (holder === 'placeholder' ? name.slice('data-'.length) : name);
  const ownCurrency = given.find(([name]) => bare(name) === 'currency')?.[1];
  const problems: SettingProblem[] = [];
  for (const [name, value] of given) {
    if (!isOurs(holder, name)) continue;
    if (!known.includes(name)) {
      const guess = meant(name, known);
      const customer = holder === 'settings' && attributeNames('customer').includes(name);
      problems.push({
        attribute: name,
        message: customer
          ? `${name} is a customer's value, not a site setting: put it on the widget, if anywhere.`
          : `the widget takes no ${name}${guess ? `: did you mean ${guess}?` : '.'}`,
      });
      continue;
    }
    const message = valueProblem(bare(name), value, ownCurrency ?? currency);
    if (message) problems.push({attribute: name, message: `${name}: ${message}`});
  }
  return problems;
}
