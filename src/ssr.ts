/**
 * `pa-migration-help/ssr`: the elements rendered to HTML on a server, in
 * Node, with Lit's server renderer: declarative shadow DOM that shows the
 * FAQ (and the calculator, and its result when the page gives the inputs and
 * `today`) before any script runs. The browser bundles hydrate it in place.
 * @module
 */
import {AsyncLocalStorage} from 'node:async_hooks';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, nothing} from 'lit';
import './define.js';
import {FAQ_ITEMS, faqIntro} from './components/migration-faq/faq-items.js';
import {resolveRenewalSettings} from './core/renewal-settings.js';
import {markupAttributesOf} from './internal/attributes.js';
import {loadResultsView} from './components/renewal-calculator/results-view.js';
import {ALL_TAGS, elementNameOf, TAGS, type ElementName, type Tag} from './internal/elements.js';
import {templateStrings} from './internal/template-strings.js';
import {PLACEHOLDER_ATTRIBUTE} from './placeholders.js';
import {serverRenders} from './localization/active-locale.js';
import {loadMessages, shippedLocale, sourceLocale} from './localization/locales.js';

export type RenderableTag = Tag;

const renders = serverRenders(() => {
  const storage = new AsyncLocalStorage<string>();
  return {inLocale: (locale, render) => storage.run(locale, render), locale: () => storage.getStore(), messages: new Map()};
});

/** Runs `render` in the locale that serves `lang` (English when none does), its messages loaded first. */
async function inLocaleOf<T>(lang: string, render: (locale: string) => Promise<T>): Promise<T> {
  const locale = shippedLocale(lang) ?? sourceLocale;
  if (locale !== sourceLocale && !renders.messages.has(locale)) renders.messages.set(locale, await loadMessages(locale));
  return renders.inLocale(locale, () => render(locale));
}

/** Checks that `attributes` are the string values of attributes `element` takes; returns the names it takes. */
function checkedAttributes(element: ElementName, attributes: Readonly<Record<string, string>>, caller: string): string[] {
  const names = markupAttributesOf(element);
  for (const [name, value] of Object.entries(attributes)) {
    if (!names.includes(name))
      throw new TypeError(`${caller}: <${TAGS[element]}> takes no attribute "${name}"; it takes ${names.join(', ')}`);
    if (typeof value !== 'string') throw new TypeError(`${caller}: the value of "${name}" is a ${typeof value}, not a string`);
  }
  return names;
}

// One template per element, binding every attribute it takes: an unset one
// renders nothing. Built from the table, not from the caller's input, so no
// caller's text ever becomes markup; values are escaped by the renderer.
const templates = new Map<Tag, TemplateStringsArray>();
function templateOf(tag: Tag, names: readonly string[]): TemplateStringsArray {
  let strings = templates.get(tag);
  if (!strings) {
    strings = templateStrings([`<${tag} ${names[0]}="`, ...names.slice(1).map((name) => `" ${name}="`), `"></${tag}>`]);
    templates.set(tag, strings);
  }
  return strings;
}

/** How a render is written. */
export interface RenderOptions {
  /**
   * The language of the text where `attributes` give no `lang` (matched as in
   * the browser; English by default). Unlike `lang`, it writes no attribute:
   * the element follows the language of the page it is pasted into once its
   * script runs, as a German article made from a copy of an English one needs.
   */
  locale?: string;
}

/**
 * Renders `<pa-migration-help>`, `<pa-migration-faq>` or
 * `<pa-renewal-calculator>` to HTML with declarative shadow DOM, nested
 * elements included, in the language of `attributes.lang` or else
 * `options.locale` (English by default; matched as in the browser).
 * `attributes` are the element's attribute names with string values,
 * exactly as they would be written in the page; a `lang` among them stays on
 * the element and fixes its language. Renders may run at the same time,
 * each in its own language.
 *
 * @throws {TypeError} for another tag, an attribute the element does not
 *   take, or a value that is not a string.
 *
 * @example
 * const html = await renderElement('pa-migration-help', {'price-per-pack': '99.99'}, {locale: 'de'});
 */
export async function renderElement(
  tag: RenderableTag,
  attributes: Readonly<Record<string, string>> = {},
  {locale}: RenderOptions = {},
): Promise<string> {
  if (!ALL_TAGS.includes(tag)) throw new TypeError(`renderElement: <${String(tag)}> is not one of ${ALL_TAGS.join(', ')}`);
  const names = checkedAttributes(elementNameOf(tag)!, attributes, 'renderElement');
  const values = names.map((name) => (Object.hasOwn(attributes, name) ? attributes[name] : nothing));
  const lang = attributes.lang ?? locale ?? '';
  // The calculator renders a result (with `today`) from code the browser loads on demand.
  await loadResultsView();
  const markup = await inLocaleOf(lang, () => collectResult(render(html(templateOf(tag, names), ...values))));
  // The markers of the one-element template around the element: no client
  // hydrates that template, only the element's own (inside, kept).
  // The attributes not given leave their spaces in the start tag: one is enough.
  return markup
    .replace(/^<!--lit-part [^>]*--><!--lit-node 0-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<([a-z-]+)\s+/, '<$1 ')
    .replace(/\s+>/, '>');
}

/**
 * The placeholder of the script-free embedding, `<div data-pa-migration-help>`,
 * holding the whole FAQ as plain headings and paragraphs: what an article
 * editor's sanitizer keeps, for readers without JavaScript and for search
 * engines; `auto.js` upgrades it. Takes the widget's attributes, which it
 * carries as `data-*` attributes (`lang` as `data-lang`, fixing the
 * widget's language) and its text follows (`lang`, `pack-size`); its text is
 * in `options.locale` where they give no `lang`. A string is taken as that
 * locale.
 *
 * @throws {TypeError} for an attribute the widget does not take, or a value that is not a string.
 */
export async function renderPlaceholder(
  attributes: string | Readonly<Record<string, string>> = {},
  options: RenderOptions = {},
): Promise<string> {
  const given = typeof attributes === 'string' ? {} : attributes;
  const textLocale = typeof attributes === 'string' ? attributes : options.locale;
  const names = checkedAttributes('help', given, 'renderPlaceholder').filter((name) => Object.hasOwn(given, name));
  return inLocaleOf(given.lang ?? textLocale ?? '', async () => {
    const {settings} = resolveRenewalSettings({packSize: given['pack-size']}, new Date());
    const context = {renewal: null, packSize: settings.packSize};
    const faq = html`<p>${faqIntro()}</p>
${FAQ_ITEMS.map(
  ({question, answer}) => html`<h2>${question()}</h2>
${answer(context)}
`,
)}`;
    // The start tag from the table's names, in its order; the values are escaped by the renderer.
    const strings = templateStrings([
      `<div ${PLACEHOLDER_ATTRIBUTE}${names.length > 0 ? ` data-${names[0]}="` : '>\n'}`,
      ...names.slice(1).map((name) => `" data-${name}="`),
      ...(names.length > 0 ? ['">\n'] : []),
      '</div>',
    ]);
    const placeholder = html(strings, ...names.map((name) => given[name]), faq);
    // Lit's hydration markers (comments, and `<?>` for an empty value) are for no client here.
    return withoutMarkers(await collectResult(render(placeholder)));
  });
}

const withoutMarkers = (markup: string) => markup.replace(/<!--[\s\S]*?-->|<\?>/g, '');
