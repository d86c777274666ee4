import {configureLocalization} from '@lit/localize';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {pluralRules} from '../core/intl-cache.js';
import {parentOrHost} from '../internal/composed-tree.js';
import {localeFilesBesideScript} from './locale-files.js';
import {directionOf, matchLocale} from './match-locale.js';

type TargetLocale = (typeof targetLocales)[number];

// The pseudo-locale en-XA is a development tool (the demo server, the tests):
// builds leave it out, so no page can ask for it and the IIFE does not carry it.
const shippedLocales = __PA_PSEUDO_LOCALE__ ? targetLocales : targetLocales.filter((locale) => locale !== 'en-XA');

const LOCALES: readonly string[] = [sourceLocale, ...shippedLocales];

// One import per locale, so the build makes each its own lazy chunk and an
// English page downloads no translations.
const localeChunks: Partial<Record<TargetLocale, () => Promise<import('@lit/localize').LocaleModule>>> = {
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

// The classic script cannot be split into chunks: it loads the locale files
// its build puts beside it instead, found from its own URL as it first runs.
const loaders = __PA_LOCALE_FILES__ ? localeFilesBesideScript(__PA_LOCALE_FILES__) : localeChunks;

type Localization = ReturnType<typeof configureLocalization>;

// Where the copy of this package that configured a shared @lit/localize
// leaves its functions for the others.
const SHARED = Symbol.for('pa-migration-help.localization');

/**
 * @lit/localize keeps one locale for the whole page, so every widget on a
 * page speaks the same language. It can be configured once: a second copy
 * of this package whose bundler shares @lit/localize with the first (two
 * apps, one page) uses the first copy's configuration instead of throwing.
 */
function configure(): Localization {
  const global = globalThis as {[SHARED]?: Localization};
  try {
    global[SHARED] = configureLocalization({
      sourceLocale,
      targetLocales: shippedLocales,
      loadLocale: (locale) => loaders[locale as TargetLocale]!(),
    });
    return global[SHARED];
  } catch (error) {
    if (global[SHARED]) return global[SHARED];
    throw error;
  }
}

const {getLocale, setLocale} = configure();

/** The locale the widgets write in now: for `msg()` and for `Intl` formats alike. */
export function activeLocale(): string {
  return getLocale();
}

/** The writing direction of the active locale. */
export function activeDirection(): 'ltr' | 'rtl' {
  return directionOf(getLocale());
}

/**
 * The locale an element asks for: its own `lang`, else the nearest ancestor's
 * (across shadow roots, up to `<html>`), else the browser's languages, else
 * English. An empty or malformed `lang` is skipped; a language we do not
 * ship gets English.
 */
export function requestedLocale(element: Element): string {
  for (let node: Node | null = element; node; node = parentOrHost(node)) {
    const lang = node instanceof Element ? node.getAttribute('lang') : null;
    const match = lang ? matchLocale(lang, LOCALES) : undefined;
    if (match) return match;
  }
  for (const language of navigator.languages ?? []) {
    const match = matchLocale(language, LOCALES);
    if (match && (match !== sourceLocale || language.toLowerCase().startsWith('en'))) return match;
  }
  return sourceLocale;
}

/** Every connected widget element, and the outermost ones in connection order. */
const hosts = new Set<Element>();
const outermost: Element[] = [];

/**
 * Sets the page's locale from the outermost widget that connected last; the
 * others follow it. setLocale itself ignores a request for the locale already
 * shown or loading, so a quick de → en → de never leaves a stale load to win.
 */
function applyLocale(): void {
  const widget = outermost.at(-1);
  if (!widget) return;
  setLocale(requestedLocale(widget)).catch((error: unknown) => {
    console.warn('pa-migration-help: a translation could not be loaded; the widget stays in its current language.', error);
  });
}

// A `lang` change anywhere in the page (on <html>, a wrapper, or a widget)
// re-resolves the locale. Made with the first widget, so that this module
// also loads where there is no DOM (Node, a server).
let langObserver: MutationObserver | undefined;

/**
 * Keeps the page's locale in step with the `lang` of the widgets and of the
 * page around them. Pair it with `updateWhenLocaleChanges`, which re-renders
 * the host when the locale changes.
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    if (hosts.size === 0) {
      langObserver ??= new MutationObserver(applyLocale);
      langObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
    }
    hosts.add(this.host);
    // An element inside another widget's shadow root (the FAQ inside
    // <pa-migration-help>) follows that widget; it would otherwise read the
    // lang the widget itself renders.
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot && hosts.has(root.host)) return;
    outermost.push(this.host);
    applyLocale();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    const index = outermost.indexOf(this.host);
    if (index >= 0) outermost.splice(index, 1);
    if (hosts.size === 0) langObserver?.disconnect();
    else if (index >= 0) applyLocale();
  }
}

/** The plural category of `count` in the active locale: 'one', 'few', 'other', … */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  return pluralRules(getLocale()).select(count);
}
