/**
 * `pa-migration-help/ssr`: the elements rendered to HTML on a server, in
 * Node, with Lit's server renderer: declarative shadow DOM that shows the
 * FAQ (and the calculator, and its result when the page gives the inputs and
 * `today`) before any script runs. The browser bundles hydrate it in place.
 * @module
 */
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, nothing} from 'lit';
import './define.js';
import {FAQ_ITEMS, faqIntro} from './components/migration-faq/faq-items.js';
import {DEFAULT_PACK_SIZE} from './core/renewal.js';
import {attributesOf, type ElementName} from './internal/attributes.js';
import {sourceLocale} from './generated/locale-codes.js';
import {loadLocale, shippedLocale} from './localization/localization.js';

/** The elements a server can render, with their names in the attribute table. */
const ELEMENTS = {
  'pa-migration-help': 'help',
  'pa-migration-faq': 'faq',
  'pa-renewal-calculator': 'calculator',
} as const satisfies Record<string, ElementName>;

export type RenderableTag = keyof typeof ELEMENTS;

/** The tags `renderElement` takes. */
export const RENDERABLE_TAGS = Object.keys(ELEMENTS) as RenderableTag[];

/** The attributes an element takes, as written in markup, `lang` first. */
export function renderableAttributes(tag: RenderableTag): string[] {
  return ['lang', ...attributesOf(ELEMENTS[tag]).map(([, spec]) => spec.attribute)];
}

// One template per element, binding every attribute it takes: an unset one
// renders nothing. Built from the table, not from the caller's input, so no
// caller's text ever becomes markup; values are escaped by the renderer.
const templates = new Map<RenderableTag, TemplateStringsArray>();
function templateOf(tag: RenderableTag): TemplateStringsArray {
  let strings = templates.get(tag);
  if (!strings) {
    const names = renderableAttributes(tag);
    const parts = [`<${tag} ${names[0]}="`, ...names.slice(1).map((name) => `" ${name}="`), `"></${tag}>`];
    strings = Object.freeze(Object.assign(parts, {raw: parts})) as unknown as TemplateStringsArray;
    templates.set(tag, strings);
  }
  return strings;
}

// @lit/localize keeps one locale per process, as per page: renders take turns.
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(render: () => Promise<T>): Promise<T> {
  const rendered = queue.then(render);
  queue = rendered.catch(() => undefined);
  return rendered;
}

/** Makes the locale that serves `lang` (English when none does) the process's, and returns it. */
async function useLocale(lang: string): Promise<string> {
  const locale = shippedLocale(lang) ?? sourceLocale;
  await loadLocale(locale);
  return locale;
}

/**
 * Renders `<pa-migration-help>`, `<pa-migration-faq>` or
 * `<pa-renewal-calculator>` to HTML with declarative shadow DOM, nested
 * elements included, in the language of `attributes.lang` (English by
 * default; matched as in the browser). `attributes` are the element's
 * attribute names with string values, exactly as they would be written in
 * the page.
 *
 * @throws {TypeError} for another tag, an attribute the element does not
 *   take, or a value that is not a string.
 *
 * @example
 * const html = await renderElement('pa-migration-help', {lang: 'de', 'price-per-pack': '99.99'});
 */
export function renderElement(tag: RenderableTag, attributes: Readonly<Record<string, string>> = {}): Promise<string> {
  return inTurn(() => renderNow(tag, attributes));
}

/**
 * The placeholder of the script-free embedding, `<div data-pa-migration-help>`,
 * holding the whole FAQ as plain headings and paragraphs in the language of
 * `lang` (English by default): what an article editor's sanitizer keeps, for
 * readers without JavaScript and for search engines; `auto.js` upgrades it.
 */
export function renderPlaceholder(lang = 'en'): Promise<string> {
  return inTurn(async () => {
    const locale = await useLocale(lang);
    const context = {renewal: null, packSize: DEFAULT_PACK_SIZE};
    const faq = html`<div data-pa-migration-help data-lang=${locale}>
<p>${faqIntro()}</p>
${FAQ_ITEMS.map(
  ({question, answer}) => html`<h2>${question()}</h2>
${answer(context)}
`,
)}</div>`;
    // Lit's hydration markers (comments, and `<?>` for an empty value) are for no client here.
    return withoutMarkers(await collectResult(render(faq)));
  });
}

const withoutMarkers = (markup: string) => markup.replace(/<!--[\s\S]*?-->|<\?>/g, '');

async function renderNow(tag: RenderableTag, attributes: Readonly<Record<string, string>>): Promise<string> {
  if (!Object.hasOwn(ELEMENTS, tag)) {
    throw new TypeError(`renderElement: <${String(tag)}> is not one of ${RENDERABLE_TAGS.join(', ')}`);
  }
  const names = renderableAttributes(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (!names.includes(name)) throw new TypeError(`renderElement: <${tag}> takes no attribute "${name}"; it takes ${names.join(', ')}`);
    if (typeof value !== 'string') throw new TypeError(`renderElement: the value of "${name}" is a ${typeof value}, not a string`);
  }
  await useLocale(attributes.lang ?? '');
  const values = names.map((name) => (Object.hasOwn(attributes, name) ? attributes[name] : nothing));
  const markup = await collectResult(render(html(templateOf(tag), ...values)));
  // The markers of the one-element template around the element: no client
  // hydrates that template, only the element's own (inside, kept).
  // The attributes not given leave their spaces in the start tag: one is enough.
  return markup
    .replace(/^<!--lit-part [^>]*--><!--lit-node 0-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<([a-z-]+)\s+/, '<$1 ')
    .replace(/^<([a-z-]+) >/, '<$1>');
}
