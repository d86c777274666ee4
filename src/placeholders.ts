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
 * Upgrades each placeholder in `root` (`root` itself included) not yet upgraded: appends a
 * `<pa-migration-help>` configured from the placeholder's `data-*`
 * attributes and hides the placeholder's static content. Values are copied
 * as attribute text; the element checks them as it checks its own.
 */
export function upgradePlaceholders(root: ParentNode): void {
  const selector = `[${PLACEHOLDER_ATTRIBUTE}]:not([data-pa-upgraded])`;
  const placeholders = [...root.querySelectorAll<HTMLElement>(selector)];
  if (root instanceof HTMLElement && root.matches(selector)) placeholders.unshift(root);
  for (const placeholder of placeholders) {
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
