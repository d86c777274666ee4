import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {LitElement} from 'lit';
import type {MigrationFaqElement, RenewalCalculatorElement} from '../../src/index.js';
import {activeLocale} from '../../src/localization/active-locale.js';

/** The first match of `selector` in the element's shadow root (or, for an element without one, below it). */
export function inShadow<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = (host.shadowRoot ?? host).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${host.localName}>`);
  return found;
}

/** The element's first part named `name` (`part~=`), or null. */
export const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The FAQ inside a `<pa-migration-help>`. */
export const faqOf = (widget: Element) => inShadow<MigrationFaqElement>(widget, 'pa-migration-faq');

/** The calculator inside a `<pa-migration-help>`. */
export const calculatorOf = (widget: Element) => inShadow<RenewalCalculatorElement>(widget, 'pa-renewal-calculator');

/** The element's visible text with white space folded. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of the shadow tree, including nested shadow roots. */
export function deepText(root: Element | ShadowRoot): string {
  let text = '';
  for (const node of root.querySelectorAll('*')) {
    if (node.shadowRoot) text += ` ${deepText(node.shadowRoot)}`;
  }
  return `${root.textContent ?? ''} ${text}`;
}

/** What text shows when a number or date is not one. */
export const LIES = /\bNaN\b|Infinity|Invalid Date|\bundefined\b|\bnull\b|\[object/;

/** Fails when any text shows a number or date that is not one. */
export function expectNoLies(host: Element): void {
  expect(deepText(host.shadowRoot!)).not.to.match(LIES);
}

/** Records console.warn calls while `run` runs. */
export async function captureWarnings(run: () => Promise<void> | void): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Waits for Lit to finish rendering the element and any it nests. */
export async function settled(host: LitElement): Promise<void> {
  await host.updateComplete;
  for (const child of host.shadowRoot?.querySelectorAll<LitElement>('*') ?? []) {
    if ('updateComplete' in child) await child.updateComplete;
  }
  await host.updateComplete;
}

/** Waits until the page's locale is `locale` and the element, with those it nests, has re-rendered in it. */
export async function inLocale(element: LitElement, locale: string): Promise<void> {
  await waitUntil(() => activeLocale() === locale, `locale ${locale}`, {timeout: 5000});
  await settled(element);
}

/** Appends an iframe of `src`, at the given size, and waits until it has loaded. */
export async function loadFrame(src: string, size: {width?: number; height?: number} = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (size.width !== undefined) frame.width = String(size.width);
  if (size.height !== undefined) frame.height = String(size.height);
  const loaded = oneEvent(frame, 'load');
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Creates `<tag>` with the attributes inside a fresh fixture `<div>`, and waits until it and its children have rendered. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  width?: string,
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const column = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width) column.style.width = width;
  column.append(element);
  await settled(element as unknown as LitElement);
  return element;
}

/**
 * Clicks the calculator's calendar button and returns the file it offers:
 * its name and text, taken from the Blob before the download starts. The
 * text is unfolded: lines longer than 75 octets continue on the next line
 * after a space (the unit tests check the folding itself).
 */
export async function downloadedReminder(calculator: Element): Promise<{name: string; text: string}> {
  const created: Blob[] = [];
  const names: string[] = [];
  const {createObjectURL} = URL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob) => {
    created.push(blob);
    return createObjectURL(blob);
  };
  // Record the download instead of starting one in the test browser.
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    (calculator.shadowRoot!.querySelector('[part="calendar-button"]') as HTMLButtonElement).click();
    // The file is made after its code loads, on the first click.
    await waitUntil(() => names.length > 0, 'the download starts');
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  return {name: names[0] ?? '', text: (await created[0]!.text()).replace(/\r\n /g, '')};
}

/**
 * Types `text` with the real keyboard into the focused element, one key per
 * command: WebKitWebDriver drops a key typed twice in a row within one command.
 */
export async function typeKeys(text: string): Promise<void> {
  for (const key of text) await sendKeys({type: key});
}
