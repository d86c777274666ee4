import {attributeText} from './attribute-text.js';
import {parentOrHost} from './composed-tree.js';
import {isOwnElement} from './elements.js';
import type {WidgetElement} from './widget-element.js';

/** The heading levels a widget inside an article may take; 1 is the article's own. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Reads a `heading-level` attribute or property: 2 to 6, else `undefined`. */
export function parseHeadingLevel(value: unknown): HeadingLevel | undefined {
  const match = /^\s*([2-6])\s*$/.exec(attributeText(value, 'headingLevel') ?? '');
  return match ? (Number(match[1]) as HeadingLevel) : undefined;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** The level of a heading element, as assistive technology reads it. */
function levelOf(heading: Element): number {
  const ariaLevel = Number(heading.getAttribute('aria-level'));
  if (Number.isInteger(ariaLevel) && ariaLevel > 0) return ariaLevel;
  return /^h[1-6]$/.test(heading.localName) ? Number(heading.localName[1]) : 2;
}

/**
 * Whether an element, and so all it holds, is neither shown nor read out:
 * `hidden` (a placeholder's fallback), `aria-hidden`, or `display: none`.
 */
const hiddenFromReaders = (element: Element): boolean =>
  element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || getComputedStyle(element).display === 'none';

/**
 * The level of the last heading among `first` and the siblings before it, in
 * document order: each one's open shadow root and children before itself.
 * Other widgets, and what no reader sees or hears, are passed over. 0 for none.
 */
function lastHeadingLevel(first: Element | null): number {
  for (let element = first; element; element = element.previousElementSibling) {
    // Headings inside a widget are its own: a second widget does not nest under the first.
    if (isOwnElement(element) || hiddenFromReaders(element)) continue;
    const level =
      (element.shadowRoot && lastHeadingLevel(element.shadowRoot.lastElementChild)) ||
      lastHeadingLevel(element.lastElementChild) ||
      (element.matches(HEADINGS) ? levelOf(element) : 0);
    if (level) return level;
  }
  return 0;
}

/**
 * The level of the nearest heading before `element` in document order,
 * looking out of shadow roots to their hosts; 0 when there is none.
 */
export function precedingHeadingLevel(element: Element): number {
  for (let node: Node | null = element; node; node = parentOrHost(node)) {
    if (!(node instanceof Element)) continue;
    // An element around this one comes before it: a heading there is the one.
    if (node !== element && node.matches(HEADINGS)) return levelOf(node);
    const level = lastHeadingLevel(node.previousElementSibling);
    if (level) return level;
  }
  return 0;
}

/**
 * The level of an element's headings: its `heading-level` when valid, else
 * one below the heading before it on the page (2 below an `<h1>` or with
 * none, never past 6), so that the page's outline has no gap.
 */
export class HeadingLevelController {
  private fromPage: HeadingLevel = 2;

  constructor(private readonly host: WidgetElement & {headingLevel?: unknown}) {
    // Read when the element is put in the page, where the headings before it are already parsed.
    host.whenInPage(() => this.readPage());
  }

  private readPage(): void {
    const level = Math.min(Math.max(precedingHeadingLevel(this.host) + 1, 2), 6) as HeadingLevel;
    if (level === this.fromPage) return;
    this.fromPage = level;
    this.host.requestUpdate();
  }

  get level(): HeadingLevel {
    return parseHeadingLevel(this.host.headingLevel) ?? this.fromPage;
  }
}
