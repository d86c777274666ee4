import type {LocaleModule} from '@lit/localize';

// The classic script's own URL, read as this module first runs: the classic
// script's entry (src/browser/auto.ts) evaluates it first, while
// `document.currentScript` is still that script. Elsewhere, none.
const scriptUrl = typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

/**
 * The classic script's translations. A classic script cannot be split into
 * chunks, so its build writes each locale as a module file beside the script
 * (`locales/de-….js`, named in `files`), and the script loads them with
 * `import()` from its own URL: a page anywhere may load it from anywhere, and
 * two copies from two places each find their own files.
 */
export function localeFilesBesideScript(files: Readonly<Record<string, string>>): Record<string, () => Promise<LocaleModule>> {
  const load = (file: string): Promise<LocaleModule> =>
    scriptUrl
      ? import(/* @vite-ignore */ new URL(file, scriptUrl).href)
      : Promise.reject(new Error(`pa-migration-help: the classic script has no URL of its own to find ${file} beside it`));
  return Object.fromEntries(Object.entries(files).map(([locale, file]) => [locale, () => load(file)]));
}
