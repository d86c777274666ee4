import {DEFAULT_PACK_SIZE} from '../../core/defaults.js';
import {resolveRenewalSettings, type RenewalSettings, type RenewalSettingsText} from '../../core/renewal-settings.js';
import {safeLinkUrl} from '../../core/safe-url.js';
import {attributeText} from '../../internal/attribute-text.js';
import {ATTRIBUTES} from '../../internal/attributes.js';
import {quoted, warnAboutAttribute} from '../../internal/author-warning.js';
import {TAGS} from '../../internal/elements.js';

/** What the calculator does instead when a setting cannot be used, for the page author's console. */
const FALLBACKS: Record<keyof RenewalSettingsText, string> = {
  packSize: `using packs of ${DEFAULT_PACK_SIZE}`,
  pricePerPack: 'showing no price',
  currency: 'showing no price',
  today: "using the visitor's date",
};

/** The element's properties that the page author sets. */
type Source = Partial<Record<keyof RenewalSettingsText | 'renewUrl', unknown>>;

/**
 * The page author's settings as the calculator runs with them. A setting
 * that cannot be used falls back, and the console says so once, with what
 * happens instead.
 */
export class AuthorSettings {
  settings!: RenewalSettings;
  /** `renew-url` when it is safe to link to. */
  renewLink?: string;
  /** Whether the page gave a valid `today`: without one the date is the clock's, which a server cannot share. */
  hasToday = false;
  private readonly warned = new Set<string>();

  /** Reads the settings again. */
  read(source: Source): void {
    const read = (property: keyof RenewalSettingsText) => attributeText(source[property], property);
    const {settings, warnings} = resolveRenewalSettings(
      {packSize: read('packSize'), pricePerPack: read('pricePerPack'), currency: read('currency'), today: read('today')},
      new Date(),
    );
    for (const {field, value, code} of warnings) {
      const {attribute} = ATTRIBUTES[field];
      this.warnOnce(attribute, `${attribute}=${quoted(value)} is ${code}: ${FALLBACKS[field]}.`);
    }
    this.settings = settings;
    this.hasToday = Boolean(read('today')?.trim()) && !warnings.some(({field}) => field === 'today');
    const url = attributeText(source.renewUrl, 'renewUrl');
    this.renewLink = safeLinkUrl(url);
    if (url && !this.renewLink)
      this.warnOnce('renew-url', `renew-url=${quoted(url)} is neither an https: URL nor a relative one on this site: showing no link.`);
  }

  private warnOnce(attribute: string, message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    warnAboutAttribute(TAGS.calculator, attribute, message);
  }
}
