import type {LitElement, PropertyDeclaration} from 'lit';
import type {ElementName} from './elements.js';

export type {ElementName};

/**
 * Who sets an attribute. A customer's value may come from anywhere, a URL
 * included; the vendor's (a price, a link, the date to count from) only from
 * the page itself, since anyone can write a URL. The embedding page's choices
 * change only the presentation.
 */
export type SetBy = 'customer' | 'vendor' | 'page';

/** What a value is: it decides the property's type in the typings; text when not said. */
type ValueKind = 'count' | 'decimal' | 'date' | 'level';

/**
 * Every attribute of the elements, by property name: the one table that the
 * elements' properties, the placeholders' `data-*` attributes, the hosted
 * page's query, what the widget passes on to the elements it holds, and the
 * framework typings come from. Its documentation: ATTRIBUTE_DOCS.
 */
export const ATTRIBUTES = {
  computers: {attribute: 'computers', setBy: 'customer', kind: 'count', on: ['help', 'calculator']},
  currentPacks: {attribute: 'current-packs', setBy: 'customer', kind: 'count', on: ['help', 'calculator']},
  expiry: {attribute: 'expiry', setBy: 'customer', kind: 'date', on: ['help', 'calculator']},
  packSize: {attribute: 'pack-size', setBy: 'vendor', kind: 'count', on: ['help', 'calculator', 'faq']},
  pricePerPack: {attribute: 'price-per-pack', setBy: 'vendor', kind: 'decimal', on: ['help', 'calculator']},
  currency: {attribute: 'currency', setBy: 'vendor', on: ['help', 'calculator']},
  today: {attribute: 'today', setBy: 'vendor', kind: 'date', on: ['help', 'calculator']},
  renewUrl: {attribute: 'renew-url', setBy: 'vendor', on: ['help', 'calculator']},
  headingLevel: {attribute: 'heading-level', setBy: 'page', kind: 'level', on: ['help', 'calculator', 'faq']},
  open: {attribute: 'open', setBy: 'page', on: ['help', 'faq']},
} as const satisfies Record<string, {attribute: string; setBy: SetBy; kind?: ValueKind; on: readonly ElementName[]}>;

type Table = typeof ATTRIBUTES;
export type AttributeProperty = keyof Table;
type Takes<E extends ElementName, K extends AttributeProperty> = E extends Table[K]['on'][number] ? K : never;
type KindOf<K extends AttributeProperty> = Table[K] extends {kind: infer Kind} ? Kind : 'text';

/** Numbers from a framework are read as their text; any other value is accepted and read safely. */
type PropertyValue<K extends AttributeProperty> = KindOf<K> extends 'count' | 'decimal' | 'level' ? string | number : string;

/** The attribute properties of an element, typed. */
export type AttributePropertiesOf<E extends ElementName> = {[K in AttributeProperty as Takes<E, K>]?: PropertyValue<K>};

/** The heading levels a page may set. */
export type HeadingLevelValue = 2 | 3 | 4 | 5 | 6 | '2' | '3' | '4' | '5' | '6';

/** In the framework typings a heading level is checked: 2 to 6. */
type TemplateValue<K extends AttributeProperty> = KindOf<K> extends 'level' ? HeadingLevelValue : PropertyValue<K>;

/** The properties of an element as a framework template sets them (React). */
export type TemplatePropertiesOf<E extends ElementName> = {[K in AttributeProperty as Takes<E, K>]?: TemplateValue<K>};

/** The attributes of an element as written in markup (Vue and Svelte templates), `lang` included. */
export type MarkupAttributesOf<E extends ElementName> = {
  [K in AttributeProperty as Table[Takes<E, K>]['attribute']]?: TemplateValue<K>;
} & {lang?: string};

/** Attribute names of the elements as a page writes them: `lang`, and those set by `setBy`. */
export function attributeNames(...setBy: readonly SetBy[]): string[] {
  const names = Object.values(ATTRIBUTES)
    .filter((spec) => setBy.includes(spec.setBy))
    .map((spec) => spec.attribute);
  return setBy.includes('customer') ? ['lang', ...names] : names;
}

/** The rows of the table that an element takes, as `[property, spec]`, in the table's order. */
export function attributesOf(element: ElementName): [AttributeProperty, Table[AttributeProperty]][] {
  return (Object.entries(ATTRIBUTES) as [AttributeProperty, Table[AttributeProperty]][]).filter(([, spec]) =>
    (spec.on as readonly ElementName[]).includes(element),
  );
}

// Lit's mixin pattern needs the wide constructor type.
// biome-ignore lint/suspicious/noExplicitAny: as Lit's documentation writes mixins
type Constructor<T> = new (...args: any[]) => T;

/**
 * Gives an element the attribute properties the table lists for it. Values
 * are kept as the page gave them and read by the core, so a bad value falls
 * back instead of turning into NaN.
 */
export function withAttributes<E extends ElementName, T extends Constructor<LitElement>>(element: E, superClass: T) {
  const properties: Record<string, PropertyDeclaration> = {};
  for (const [property, spec] of attributesOf(element)) properties[property] = {attribute: spec.attribute};
  class AttributesElement extends superClass {
    static properties = properties;
  }
  return AttributesElement as Constructor<AttributePropertiesOf<E>> & T;
}

/** The attributes an element takes, as written in markup, `lang` first. */
export function markupAttributesOf(element: ElementName): string[] {
  return ['lang', ...attributesOf(element).map(([, spec]) => spec.attribute)];
}
