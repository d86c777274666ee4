import type {ReactiveController} from 'lit';
import {shippedLocale} from '../localization/locales.js';
import {activeLocale} from '../localization/active-locale.js';
import {ATTRIBUTES, type AttributeProperty, attributeNames} from './attributes.js';
import {SETTINGS_TAG} from './elements.js';
import type {WidgetElement} from './widget-element.js';

const VENDOR_ATTRIBUTES = attributeNames('vendor');

/**
 * The site's vendor settings for a widget: those of the settings elements
 * without `lang`, then, over them, those whose `lang` is the language the
 * page's widgets speak; a later element over an earlier one.
 */
export function siteSettingsFor(element: Element): Map<string, string> {
  const locale = activeLocale();
  const settings = new Map<string, string>();
  const elements = [...element.ownerDocument.querySelectorAll(SETTINGS_TAG)];
  const general = elements.filter((holder) => !holder.hasAttribute('lang'));
  const forLocale = elements.filter((holder) => holder.hasAttribute('lang') && shippedLocale(holder.getAttribute('lang')!) === locale);
  for (const holder of [...general, ...forLocale]) {
    for (const name of VENDOR_ATTRIBUTES) {
      const value = holder.getAttribute(name);
      if (value !== null) settings.set(name, value);
    }
  }
  return settings;
}

const hosts = new Set<WidgetElement>();
let observer: MutationObserver | undefined;

const isOrHoldsSettings = (node: Node) =>
  node instanceof Element && (node.localName === SETTINGS_TAG || node.querySelector(SETTINGS_TAG) !== null);

/**
 * Whether a change of the page is one of its settings: an attribute of a
 * settings element, or a settings element added or removed. The parent a
 * child list changed in is not searched: any change of any page would be.
 */
const touchesSettings = (record: MutationRecord) =>
  record.type === 'attributes'
    ? (record.target as Element).localName === SETTINGS_TAG
    : [...record.addedNodes, ...record.removedNodes].some(isOrHoldsSettings);

/**
 * Gives its host the site's settings where the host's own attribute is not
 * set: the element's attribute first, then the site's setting for its
 * language, then the site's default. Read once the host is in a page (a
 * server knows no site settings), and again whenever a settings element
 * is added, removed or changed.
 */
export class SiteSettingsController implements ReactiveController {
  private inPage = false;
  /** The site's settings as read for the update under way: read once per update, not once per value. */
  private read?: Map<string, string>;

  constructor(private readonly host: WidgetElement & Partial<Record<AttributeProperty, unknown>>) {
    host.addController(this);
    host.whenInPage(() => {
      this.inPage = true;
      hosts.add(host);
      observer ??= new MutationObserver((records) => {
        if (records.some(touchesSettings)) for (const widget of hosts) widget.requestUpdate();
      });
      observer.observe(host.ownerDocument, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['lang', ...VENDOR_ATTRIBUTES],
      });
      host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) observer?.disconnect();
  }

  hostUpdated(): void {
    this.read = undefined;
  }

  /** The value of an attribute property: the host's own, else the site's. */
  value(property: AttributeProperty): unknown {
    const own = this.host[property];
    if ((own !== undefined && own !== null) || !this.inPage) return own;
    this.read ??= siteSettingsFor(this.host);
    return this.read.get(ATTRIBUTES[property].attribute);
  }
}
