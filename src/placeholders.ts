/** The attribute that marks a placeholder in an article's allowlisted HTML. */
export const PLACEHOLDER_ATTRIBUTE = 'data-pa-migration-help';

// data-* names on the placeholder and the widget attributes they set.
const CONFIGURATION: Record<string, string> = {
  lang: 'lang',
  computers: 'computers',
  currentPacks: 'current-packs',
  expiry: 'expiry',
  packSize: 'pack-size',
  pricePerPack: 'price-per-pack',
  currency: 'currency',
  today: 'today',
  renewUrl: 'renew-url',
  headingLevel: 'heading-level',
  open: 'open',
};

/**
 * Upgrades each placeholder under `root` not yet upgraded: appends a
 * `<pa-migration-help>` configured from the placeholder's `data-*`
 * attributes and hides the placeholder's static content. Values are copied
 * as attribute text; the element checks them as it checks its own.
 */
export function upgradePlaceholders(root: ParentNode): void {
  for (const placeholder of root.querySelectorAll<HTMLElement>(`[${PLACEHOLDER_ATTRIBUTE}]:not([data-pa-upgraded])`)) {
    placeholder.setAttribute('data-pa-upgraded', '');
    const widget = document.createElement('pa-migration-help');
    for (const [key, attribute] of Object.entries(CONFIGURATION)) {
      const value = placeholder.dataset[key];
      if (value !== undefined) widget.setAttribute(attribute, value);
    }
    for (const child of placeholder.children) (child as HTMLElement).hidden = true;
    placeholder.append(widget);
  }
}
