// The shipped languages and how to load each one's messages, in a browser
// (lazy chunks) and on a server alike.
import type {LocaleModule} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {matchLocale} from './match-locale.js';

type TargetLocale = (typeof targetLocales)[number];

export {sourceLocale};

// The pseudo-locale en-XA is a development tool (the demo server, the tests):
// builds leave it out, so no page can ask for it and the IIFE does not carry it.
export const TRANSLATED_LOCALES: readonly string[] = __PA_PSEUDO_LOCALE__
  ? targetLocales
  : targetLocales.filter((locale) => locale !== 'en-XA');

const LOCALES: readonly string[] = [sourceLocale, ...TRANSLATED_LOCALES];

// One import per locale, so the build makes each its own lazy chunk and an
// English page downloads no translations.
const localeChunks: Partial<Record<TargetLocale, () => Promise<LocaleModule>>> = {
  de: () => import('../generated/locales/de.js'),
  fr: () => import('../generated/locales/fr.js'),
  es: () => import('../generated/locales/es.js'),
  it: () => import('../generated/locales/it.js'),
  ja: () => import('../generated/locales/ja.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  'pt-BR': () => import('../generated/locales/pt-BR.js'),
  ar: () => import('../generated/locales/ar.js'),
  ...(__PA_PSEUDO_LOCALE__ && {'en-XA': () => import('../generated/locales/en-XA.js')}),
};

/** The messages of a translated locale. */
export function loadMessages(locale: string): Promise<LocaleModule> {
  const load = localeChunks[locale as TargetLocale];
  return load ? load() : Promise.reject(new Error(`pa-migration-help: no translation for ${locale}`));
}

/** The shipped locale that serves a BCP 47 language tag (English for another language), or none for a malformed tag. */
export function shippedLocale(lang: string): string | undefined {
  return matchLocale(lang, LOCALES);
}
