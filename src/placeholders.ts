import {attributeNames} from './internal/attributes.js';
import {parentOrHost} from './internal/composed-tree.js';
import {isOwnElement, TAGS} from './internal/elements.js';

/** The attribute that marks a placeholder in an article's allowlisted HTML. */
export const PLACEHOLDER_ATTRIBUTE = 'data-pa-migration-help';

/** Set on a placeholder while it holds a widget. */
const UPGRADED_ATTRIBUTE = 'data-pa-upgraded';

/** Marks the hidden wrapper that keeps a placeholder's own content. */
const FALLBACK_ATTRIBUTE = 'data-pa-fallback';

/** Marks an element of a placeholder's own content hidden where it is (an iframe), to be shown again on a downgrade. */
const KEPT_ATTRIBUTE = 'data-pa-fallback-kept';

/** An element of the placeholder's content hidden where it is. */
const isKept = (node: Node) => node instanceof Element && node.hasAttribute(KEPT_ATTRIBUTE);

const WIDGET = TAGS.help;

// Widget attributes a placeholder sets with data-*: `data-current-packs` sets `current-packs`.
const CONFIGURATION = attributeNames('customer', 'vendor', 'page');

type Root = Document | ShadowRoot;

const childMatching = (parent: Element, selector: string): Element | undefined =>
  [...parent.children].find((child) => child.matches(selector));

/** Whether `element` lies inside another placeholder, across shadow roots: one widget per placeholder tree, the outermost's. */
function isNested(element: Element): boolean {
  for (let node = parentOrHost(element); node; node = parentOrHost(node)) {
    if (node instanceof Element && node.hasAttribute(PLACEHOLDER_ATTRIBUTE)) return true;
  }
  return false;
}

/** Elements that would load or start again if moved: they are hidden where they are instead. */
const RESTARTS_WHEN_MOVED = 'iframe, object, embed, video, audio';
const restartsWhenMoved = (node: Node) =>
  node instanceof Element && (node.matches(RESTARTS_WHEN_MOVED) || node.querySelector(RESTARTS_WHEN_MOVED) !== null);

/**
 * Makes `placeholder` hold a widget configured from its `data-*` attributes,
 * with everything else it holds (elements and text) moved into a wrapper with
 * the `hidden` attribute: kept, for readers without JavaScript, but not shown.
 * An element holding an iframe or media stays where it is, hidden with its
 * own `hidden` attribute, since moving it would load it again. Safe to
 * repeat: it puts back a missing widget or wrapper and hides content the page
 * added since (or a wrapper it made visible), so that two copies of the
 * script agree, and a copy of an upgraded page shows no fallback.
 */
function upgrade(placeholder: Element): void {
  const upgraded = placeholder.hasAttribute(UPGRADED_ATTRIBUTE);
  const fallback = upgraded ? childMatching(placeholder, `[${FALLBACK_ATTRIBUTE}]`) : undefined;
  let widget = upgraded ? childMatching(placeholder, WIDGET) : undefined;
  const strays = [...placeholder.childNodes].filter((node) => node !== fallback && node !== widget && !isKept(node));
  for (const node of strays.filter(restartsWhenMoved) as Element[]) {
    node.setAttribute(KEPT_ATTRIBUTE, '');
    node.setAttribute('hidden', '');
  }
  const moved = strays.filter((node) => !restartsWhenMoved(node));
  if (fallback) {
    fallback.setAttribute('hidden', '');
    if (moved.length > 0) fallback.append(...moved);
  } else {
    const wrapper = placeholder.ownerDocument.createElement('div');
    wrapper.hidden = true;
    wrapper.setAttribute(FALLBACK_ATTRIBUTE, '');
    wrapper.append(...moved);
    placeholder.prepend(wrapper);
  }
  if (!widget) {
    widget = placeholder.ownerDocument.createElement(WIDGET);
    // Copied as attribute text: the element checks the values as it checks its own.
    for (const name of CONFIGURATION) {
      const value = placeholder.getAttribute(`data-${name}`);
      if (value !== null) widget.setAttribute(name, value);
    }
    placeholder.append(widget);
  }
  if (!upgraded) placeholder.setAttribute(UPGRADED_ATTRIBUTE, '');
}

/** Removes the widget and puts the placeholder's own content back where it was. */
function downgrade(placeholder: Element): void {
  for (const child of [...placeholder.children]) {
    if (child.localName === WIDGET) child.remove();
    else if (child.hasAttribute(FALLBACK_ATTRIBUTE)) child.replaceWith(...child.childNodes);
    else if (child.hasAttribute(KEPT_ATTRIBUTE)) {
      child.removeAttribute(KEPT_ATTRIBUTE);
      child.removeAttribute('hidden');
    }
  }
  placeholder.removeAttribute(UPGRADED_ATTRIBUTE);
}

/** Upgrades `element` if it is an outermost placeholder, downgrades it if it was one and is no longer. */
function reconcile(element: Element): void {
  if (element.hasAttribute(PLACEHOLDER_ATTRIBUTE) && !isNested(element)) upgrade(element);
  else if (element.hasAttribute(UPGRADED_ATTRIBUTE)) downgrade(element);
}

/** Passes a changed `data-*` attribute of an upgraded placeholder on to its widget. */
function passOn(placeholder: Element, dataAttribute: string): void {
  if (!placeholder.hasAttribute(UPGRADED_ATTRIBUTE) || !placeholder.hasAttribute(PLACEHOLDER_ATTRIBUTE)) return;
  const widget = childMatching(placeholder, WIDGET);
  const value = placeholder.getAttribute(dataAttribute);
  const name = dataAttribute.slice('data-'.length);
  if (value === null) widget?.removeAttribute(name);
  else widget?.setAttribute(name, value);
}

/**
 * Upgrades the placeholders in `document` and in its open shadow roots, and
 * keeps them in step with the page: placeholders added later or made so by
 * their attribute, nested placeholders (only the outermost gets a widget),
 * content added to an upgraded placeholder, and `data-*` changes, which reach
 * the widget. One MutationObserver watches the document and each open shadow
 * root found; a change costs work in proportion to what was added, never a
 * scan of the page.
 *
 * Shadow roots are found when their host is added with its root, when the
 * page's parser has finished, and when a custom element added before its
 * definition is defined. Not found: closed shadow roots, and a shadow root
 * attached later by some other script to an element already in the page.
 */
export function watchPlaceholders(document: Document): void {
  const watched = new WeakSet<Root>();
  // Roots holding custom elements not yet defined, by tag: defining one may attach a shadow root.
  const undefinedIn = new Map<string, Set<Root>>();

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      if (record.type === 'childList') {
        // The page changed an upgraded placeholder's content: hide what it added, keep the widget.
        if (target instanceof Element && target.hasAttribute(UPGRADED_ATTRIBUTE)) reconcile(target);
        for (const node of record.addedNodes) if (node instanceof Element) search(node);
      } else if (target instanceof Element) {
        if (record.attributeName === PLACEHOLDER_ATTRIBUTE) search(target);
        else passOn(target, record.attributeName!);
      }
    }
  });
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    attributeFilter: [PLACEHOLDER_ATTRIBUTE, ...CONFIGURATION.map((name) => `data-${name}`)],
  };

  function watch(root: Root): void {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, options);
    search(root);
  }

  /** Reconciles the placeholders in `root` (itself included) and watches the open shadow roots in it. */
  function search(root: Element | Root): void {
    if (root instanceof Element) visit(root);
    for (const element of root.querySelectorAll('*')) visit(element);
  }

  function visit(element: Element): void {
    if (element.hasAttribute(PLACEHOLDER_ATTRIBUTE) || element.hasAttribute(UPGRADED_ATTRIBUTE)) reconcile(element);
    // Our own elements' shadow roots hold no placeholder, and watching them would report every render.
    if (isOwnElement(element)) return;
    if (element.shadowRoot) watch(element.shadowRoot);
    else if (element.localName.includes('-') && !element.matches(':defined')) awaitDefinition(element);
  }

  function awaitDefinition(element: Element): void {
    const root = element.getRootNode();
    // A detached element is searched again when it is added.
    if (!(root instanceof Document || root instanceof ShadowRoot)) return;
    const tag = element.localName;
    let roots = undefinedIn.get(tag);
    if (!roots) {
      const waiting = new Set<Root>();
      roots = waiting;
      undefinedIn.set(tag, waiting);
      const defined = () => {
        undefinedIn.delete(tag);
        for (const root of waiting) for (const host of root.querySelectorAll(tag)) if (host.shadowRoot) watch(host.shadowRoot);
      };
      customElements.whenDefined(tag).then(defined, () => undefinedIn.delete(tag));
    }
    roots.add(root);
  }

  watch(document);
  // The classic script may run while the page is parsed: a declarative shadow root
  // parsed after its host was reported is found here.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => search(document), {once: true});
}
