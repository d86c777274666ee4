/**
 * The elements, by the short name the attribute table and the parts use, with
 * their tags: the one list of tag names.
 */
export const TAGS = {
  help: 'pa-migration-help',
  faq: 'pa-migration-faq',
  calculator: 'pa-renewal-calculator',
} as const;

export type ElementName = keyof typeof TAGS;
export type Tag = (typeof TAGS)[ElementName];

/** Every tag, outermost first. */
export const ALL_TAGS: readonly Tag[] = Object.values(TAGS);

/** The short name of the element with `tag`, if it is one of ours. */
export const elementNameOf = (tag: string): ElementName | undefined =>
  (Object.keys(TAGS) as ElementName[]).find((name) => TAGS[name] === tag);

/**
 * The element a site sets the vendor's values in once, for all its widgets
 * (in a help center's theme): `<pa-migration-help-settings price-per-pack="99.99"
 * currency="USD" renew-url="https://…">`, and one with `lang="de"` for what
 * differs on the pages in German. It is not defined: it holds attributes only.
 */
export const SETTINGS_TAG = 'pa-migration-help-settings';

/**
 * Asks dist/browser's loader for the calculator, which it loads when a reader
 * may use it (src/browser/calculator-on-demand.ts): a widget the browser
 * renders needs it at once, its jump button on use. Composed, so that the
 * loader hears it from a widget in any shadow root; internal to the package.
 */
export const CALCULATOR_NEEDED = 'pa-migration-help:calculator-needed';

/** Whether an element is one of ours, of this copy of the package or another. */
export const isOwnElement = (element: Element): boolean => (ALL_TAGS as readonly string[]).includes(element.localName);

/**
 * The `::part` names of each element: the one list that `exportparts`, the
 * documentation (src/internal/documentation.ts) and the tests read. A part
 * rendered but not listed here fails test/browser/parts.test.ts.
 */
export const PARTS = {
  faq: ['base', 'intro', 'toggle-all', 'item', 'heading', 'question', 'answer', 'feedback', 'feedback-button'],
  calculator: [
    'base',
    'heading',
    'form',
    'field',
    'label',
    'hint',
    'input',
    'echo',
    'error',
    'notice',
    'prompt',
    'results',
    'status',
    'summary',
    'packs',
    'price',
    'new-expiry',
    'next-charge',
    'renew-link',
    'details',
    'seats',
    'days-left',
    'note',
    'timeline',
    'calendar-button',
    'share-button',
    'share-status',
  ],
  help: ['jump-button', 'faq', 'calculator'],
} as const satisfies Record<ElementName, readonly string[]>;

export type PartOf<E extends ElementName> = (typeof PARTS)[E][number];

/**
 * Parts of an inner element that the widget re-exports under another name,
 * since both inner elements have them.
 */
const RENAMED: Partial<Record<string, string>> = {base: '-base', heading: '-heading'};

/** The widget's `exportparts` for an inner element: each of its parts, `base` and `heading` prefixed with `prefix`. */
export function exportedParts(element: 'faq' | 'calculator'): string {
  return PARTS[element].map((part) => (RENAMED[part] ? `${part}: ${element}${RENAMED[part]}` : part)).join(', ');
}
