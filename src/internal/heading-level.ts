import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {attributeText} from './attribute-text.js';

/** The heading levels a widget inside an article may take; 1 is the article's own. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Reads a `heading-level` attribute or property: 2 to 6, else `undefined`. */
export function parseHeadingLevel(value: unknown): HeadingLevel | undefined {
  const match = /^\s*([2-6])\s*$/.exec(attributeText(value, 'headingLevel') ?? '');
  return match ? (Number(match[1]) as HeadingLevel) : undefined;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
// Headings inside these are the widgets' own: a second widget does not nest under the first.
const WIDGETS = new Set(['pa-migration-help', 'pa-migration-faq', 'pa-renewal-calculator']);

/** The level of a heading element, as assistive technology reads it. */
function levelOf(heading: Element): number {
  const ariaLevel = Number(heading.getAttribute('aria-level'));
  if (Number.isInteger(ariaLevel) && ariaLevel > 0) return ariaLevel;
  return /^h[1-6]$/i.test(heading.localName) ? Number(heading.localName[1]) : 2;
}

/** The level of the last heading in `root`'s subtree, open shadow roots included; 0 for none. */
function lastHeadingLevelIn(root: Element | ShadowRoot): number {
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) {
    if (WIDGETS.has(child.localName)) continue;
    const level = (child.shadowRoot && lastHeadingLevelIn(child.shadowRoot)) || lastHeadingLevelIn(child);
    if (level) return level;
    if (child.matches(HEADINGS)) return levelOf(child);
  }
  return 0;
}

/**
 * The level of the nearest heading before `element` in document order,
 * looking out of shadow roots to their hosts; 0 when there is none.
 */
export function precedingHeadingLevel(element: Element): number {
  for (let node: Element | null = element; node; ) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (WIDGETS.has(sibling.localName)) continue;
      const level = (sibling.shadowRoot && lastHeadingLevelIn(sibling.shadowRoot)) || lastHeadingLevelIn(sibling);
      if (level) return level;
      if (sibling.matches(HEADINGS)) return levelOf(sibling);
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
    if (node?.matches(HEADINGS)) return levelOf(node);
  }
  return 0;
}

/**
 * The level of an element's headings: its `heading-level` when valid, else
 * one below the heading before it on the page (2 below an `<h1>` or with
 * none, never past 6), so that the page's outline has no gap.
 */
export class HeadingLevelController implements ReactiveController {
  private fromPage: HeadingLevel = 2;

  constructor(private readonly host: ReactiveControllerHost & Element & {headingLevel?: unknown}) {
    host.addController(this);
  }

  /** Read when the element is put in the page, where the headings before it are already parsed. */
  hostConnected(): void {
    const level = Math.min(Math.max(precedingHeadingLevel(this.host) + 1, 2), 6) as HeadingLevel;
    if (level === this.fromPage) return;
    this.fromPage = level;
    this.host.requestUpdate();
  }

  get level(): HeadingLevel {
    return parseHeadingLevel(this.host.headingLevel) ?? this.fromPage;
  }
}
