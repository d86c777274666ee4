// The locales the build ships, from lit-localize.json: English first, then
// each translation; the pseudo-locales are for development and never ship.
import {readFileSync} from 'node:fs';
import {PSEUDO_LOCALES} from './translated-sources.js';

const {sourceLocale, targetLocales} = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));

/** The translations the build ships: lit-localize's target locales without the pseudo-locales. */
export const SHIPPED_TRANSLATIONS = targetLocales.filter((locale) => !PSEUDO_LOCALES.includes(locale));

/** Every locale the build ships, English first. */
export const SHIPPED_LOCALES = [sourceLocale, ...SHIPPED_TRANSLATIONS];
