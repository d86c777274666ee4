import {configureLocalization, type LocaleModule} from '@lit/localize';
// Deep imports: on a server, msg() is installed without configureLocalization (below).
import {_installMsgImplementation} from '@lit/localize/init/install.js';
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import {isServer, type ReactiveController} from 'lit';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {pluralRules} from '../core/intl-cache.js';
import {BrowserWork, type ServerViewHost} from '../internal/browser-work.js';
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

// The classic script cannot be split into chunks: it loads the locale files
// its build puts beside it instead, found from its own URL as it first runs.
const loaders = __PA_LOCALE_FILES__ ? localeFilesBesideScript(__PA_LOCALE_FILES__) : localeChunks;

type Localization = ReturnType<typeof configureLocalization>;
type Templates = LocaleModule['templates'];

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
    global[SHARED] = isServer
      ? configureOnServer()
      : configureLocalization({
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

/**
 * On a server, @lit/localize's setLocale would announce each change on
 * `window`, which Node lacks (and a fake one would tell the server's other
 * code that it runs in a browser): msg() reads the loaded messages directly.
 */
function configureOnServer(): Localization {
  let locale = sourceLocale as string;
  let templates: Templates | undefined;
  // Cast as @lit/localize casts it: runtimeMsg returns a string for a string template.
  _installMsgImplementation(((template, options) => runtimeMsg(templates, template, options)) as Parameters<
    typeof _installMsgImplementation
  >[0]);
  return {
    getLocale: () => locale,
    setLocale: async (next) => {
      templates = next === sourceLocale ? undefined : (await loaders[next as TargetLocale]!()).templates;
      locale = next;
    },
  };
}

const {getLocale, setLocale} = configure();

/** The shipped locale that serves a BCP 47 language tag, or none. */
export function shippedLocale(lang: string): string | undefined {
  return matchLocale(lang, LOCALES);
}

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

/**
 * The locale server-rendered HTML was written in: its outermost box's `lang`
 * (a shipped locale), or none for an element without server-rendered HTML.
 */
export function serverLocaleOf(element: Element): string | undefined {
  const lang = element.shadowRoot?.querySelector('.root')?.getAttribute('lang');
  return lang ? shippedLocale(lang) : undefined;
}

/** Makes `locale` the page's locale and resolves once its messages are loaded. */
export function loadLocale(locale: string): Promise<void> {
  return setLocale(locale).catch((error: unknown) => {
    console.warn('pa-migration-help: a translation could not be loaded; the widget stays in its current language.', error);
  });
}

/** Every connected widget element, and the outermost ones in connection order. */
const hosts = new Set<Element>();
const outermost: Element[] = [];

/**
 * Sets the page's locale from the outermost widget that connected last; the
 * others follow it. setLocale itself ignores a request for the locale already
 * shown or loading, so a quick de → en → de never leaves a stale load to win.
 */
export function applyLocale(): void {
  const widget = outermost.at(-1);
  if (!widget) return;
  void loadLocale(requestedLocale(widget));
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
  constructor(private readonly host: ServerViewHost & Element) {
    host.addController(this);
    // Hydration renders in the locale the server used (loaded before the
    // element was let hydrate); joining the page's comes after it.
    new BrowserWork(host, () => this.join());
  }

  private join(): void {
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
