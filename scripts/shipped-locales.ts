// The locales the build ships, from lit-localize.json: English first, then
// each translation; the pseudo-locales are for development and never ship.
import {readFileSync} from 'node:fs';
import {PSEUDO_LOCALES} from './translated-sources.js';

/** The parts of lit-localize.json that the build steps read. */
export interface LitLocalizeConfig {
  sourceLocale: string;
  targetLocales: string[];
  interchange: {xliffDir: string};
  output: {outputDir: string};
}

export const LIT_LOCALIZE: LitLocalizeConfig = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));

/** The translations the build ships: lit-localize's target locales without the pseudo-locales. */
export const SHIPPED_TRANSLATIONS: string[] = LIT_LOCALIZE.targetLocales.filter((locale) => !PSEUDO_LOCALES.includes(locale));

/** Every locale the build ships, English first. */
export const SHIPPED_LOCALES: string[] = [LIT_LOCALIZE.sourceLocale, ...SHIPPED_TRANSLATIONS];
