import type {LocaleModule} from '@lit/localize';

/**
 * The classic script's translations. A classic script cannot be split into
 * chunks, so its build writes each locale as a module file beside the script
 * (`locales/de-….js`, named in `files`), and the script loads them with
 * `import()` from its own URL: a page anywhere may load it from anywhere, and
 * two copies from two places each find their own files.
 *
 * Call it while the script first runs: only then is `document.currentScript`
 * this script.
 */
export function localeFilesBesideScript(files: Readonly<Record<string, string>>): Record<string, () => Promise<LocaleModule>> {
  const script = document.currentScript;
  const src = script instanceof HTMLScriptElement ? script.src : '';
  const load = (file: string): Promise<LocaleModule> =>
    src
      ? import(/* @vite-ignore */ new URL(file, src).href)
      : Promise.reject(new Error(`pa-migration-help: the classic script has no URL of its own to find ${file} beside it`));
  return Object.fromEntries(Object.entries(files).map(([locale, file]) => [locale, () => load(file)]));
}
