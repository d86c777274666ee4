// The locale msg() and the formats write in now. @lit/localize installs one
// msg() per copy of itself: in a browser it follows the page's locale (one per
// page), on a server the locale of the render under way (one per request).
import {configureLocalization, type LocaleModule} from '@lit/localize';
// Lit's own server localization (@lit/localize-tools' configureSsrLocalization) is built on this module.
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {isServer} from 'lit';
import {directionOf} from './match-locale.js';
import {loadMessages, sourceLocale, TRANSLATED_LOCALES} from './locales.js';

/**
 * What a server render reads its locale and messages from: made by
 * `pa-migration-help/ssr` (with Node's AsyncLocalStorage) and kept on the
 * global object, so that every copy of this package in one process (a
 * framework bundles one for its server and one for its client components)
 * renders in the locale of the render under way, whichever copy defined the
 * elements or configured a shared @lit/localize.
 */
export interface ServerRenders {
  /** Runs `render` with `locale` as the locale of everything it renders, however long it takes. */
  inLocale<T>(locale: string, render: () => Promise<T>): Promise<T>;
  /** The locale of the render under way, if any. */
  locale(): string | undefined;
  /** The messages of each translated locale loaded so far. */
  readonly messages: Map<string, LocaleModule>;
}

const SERVER_RENDERS = Symbol.for('pa-migration-help.server-renders');
type WithServerRenders = {[SERVER_RENDERS]?: ServerRenders};

/** The process's server renders: made by the first copy to ask. */
export function serverRenders(make: () => ServerRenders): ServerRenders {
  const global = globalThis as WithServerRenders;
  global[SERVER_RENDERS] ??= make();
  return global[SERVER_RENDERS];
}

const serverLocale = () => (globalThis as WithServerRenders)[SERVER_RENDERS]?.locale() ?? sourceLocale;

type Localization = ReturnType<typeof configureLocalization>;

// Where the copy of this package that configured a shared @lit/localize in a
// page leaves its functions for the others (two apps, one page).
const SHARED = Symbol.for('pa-migration-help.localization');

/** In a page: one locale for all its widgets, shared with another copy of this package that shares @lit/localize. */
function configureForPage(): Localization {
  const global = globalThis as {[SHARED]?: Localization};
  try {
    global[SHARED] = configureLocalization({sourceLocale, targetLocales: [...TRANSLATED_LOCALES], loadLocale: loadMessages});
  } catch (error) {
    if (!global[SHARED]) throw error;
  }
  return global[SHARED];
}

/** On a server: the locale of the render under way. */
function configureForServer(): undefined {
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...TRANSLATED_LOCALES],
      getLocale: serverLocale,
      loadLocaleSync: (locale) => (globalThis as WithServerRenders)[SERVER_RENDERS]?.messages.get(locale),
    });
  } catch {
    // Another copy sharing this @lit/localize did it first: that one reads the same server renders.
  }
  return undefined;
}

const pageLocalization = isServer ? configureForServer() : configureForPage();

/** The locale the widgets write in now: for `msg()` and for `Intl` formats alike. */
export const activeLocale: () => string = pageLocalization ? pageLocalization.getLocale : serverLocale;

/** The writing direction of the active locale. */
export function activeDirection(): 'ltr' | 'rtl' {
  return directionOf(activeLocale());
}

/** Makes `locale` the page's locale and resolves once its messages are loaded; a failed load keeps the current one. */
export function setPageLocale(locale: string): Promise<void> {
  if (!pageLocalization) return Promise.resolve();
  return pageLocalization.setLocale(locale).catch((error: unknown) => {
    console.warn('pa-migration-help: a translation could not be loaded; the widget stays in its current language.', error);
  });
}
