import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {
  DEFAULT_PACK_SIZE,
  EARLIEST_DATE,
  evaluateRenewalForm,
  LATEST_DATE,
  minorDigits,
  resolveRenewalSettings,
  safeLinkUrl,
  type RenewalFormOutcome,
  type RenewalFormText,
  type RenewalResult,
  type RenewalSettings,
  type RenewalSettingsText,
} from '../../core/index.js';
import {RenewalChangeEvent} from '../../events.js';
import {attributeText} from '../../internal/attribute-text.js';
import {ATTRIBUTES, withAttributes} from '../../internal/attributes.js';
import {HeadingLevelController} from '../../internal/heading-level.js';
import {computersText} from '../../localization/counted.js';
import {activeDirection, activeLocale} from '../../localization/localization.js';
import {LocalizedElement} from '../../localization/localized-element.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {AnnouncerController} from './announcer-controller.js';
import {downloadReminder} from './calendar-download.js';
import {ClockController} from './clock-controller.js';
import {calculatorStyles} from './renewal-calculator.styles.js';
import {fieldErrorMessage, promptMessage, resultMessages, summaryMessage} from './renewal-messages.js';
import {renewalTimeline} from './renewal-timeline.js';
import {ResultLinkController} from './result-link-controller.js';

type FormField = keyof RenewalFormText;

const FORM_FIELDS: readonly FormField[] = ['computers', 'currentPacks', 'currentExpiry'];

/** The attributes that preset a field, with their fields. */
const PRESETS = [
  ['computers', 'computers'],
  ['currentPacks', 'currentPacks'],
  ['expiry', 'currentExpiry'],
] as const;

/** What the calculator does instead when a setting cannot be used, for the page author's console. */
const SETTING_FALLBACKS: Record<keyof RenewalSettingsText, string> = {
  packSize: `using packs of ${DEFAULT_PACK_SIZE}`,
  pricePerPack: 'showing no price',
  currency: 'showing no price',
  today: "using the visitor's date",
};

/** Whether two results say the same: they hold only numbers, strings and booleans. */
const sameResult = (a: RenewalResult | null, b: RenewalResult | null) =>
  a === b || (a !== null && b !== null && Object.keys({...a, ...b}).every((key) => a[key as keyof RenewalResult] === b[key as keyof RenewalResult]));

/**
 * Turns a computer count into 5-computer packs (and a price, when the page
 * gives one), and a current expiry date into the renewed expiry and the next
 * automatic charge.
 *
 * @tagname pa-renewal-calculator
 * @summary Renewal calculator for the Parallels Access for Business migration.
 *
 * @event pa-renewal-change - {RenewalChangeEvent} The inputs changed: `detail` is the result, or `null` with `invalidFields`.
 *
 * @csspart base - The calculator's box.
 * @csspart heading - The calculator's title.
 * @csspart form - The form holding the fields.
 * @csspart field - One field: label, hint, input and error.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart input - A text or date input.
 * @csspart error - The message under a field whose value cannot be used.
 * @csspart results - The list of results; absent while a field is invalid.
 * @csspart packs - Result: packs to select (`data-value`: integer).
 * @csspart seats - Result: computers the packs cover (`data-value`: integer).
 * @csspart price - Result: price for one year (`data-value`: decimal in minor digits); only with `price-per-pack`.
 * @csspart new-expiry - Result: the new expiry date after renewing (`data-value`: YYYY-MM-DD).
 * @csspart next-charge - Result: the next auto-renewal charge (`data-value`: YYYY-MM-DD).
 * @csspart days-left - Result: the current subscription's state (`data-value`: days, negative once lapsed).
 * @csspart notice - A warning that needs the customer's attention (a decrease, packs that look like computers).
 * @csspart note - A side note (29 February).
 * @csspart timeline - The picture of the renewal: today, the current expiry, the paid year added after it, the next charges.
 * @csspart prompt - What to fill in while there is no result.
 * @csspart renew-link - The "Renew now" link; only with a safe `renew-url`.
 * @csspart calendar-button - "Add the next charge to my calendar": downloads an .ics reminder made in the browser.
 * @csspart share-button - "Copy link to this result": puts the inputs into the page URL's hash and copies the URL.
 * @csspart share-status - Says that the link was copied, or, without a clipboard, holds the link to copy by hand.
 */
export class RenewalCalculatorElement extends withAttributes('calculator', LocalizedElement) {
  static override styles = [themeStyles, calculatorStyles];
  static override properties = {fieldText: {state: true}, shownErrors: {state: true}};

  private fieldText: RenewalFormText = {computers: '', currentPacks: '', currentExpiry: ''};
  /** Fields whose errors are shown: edited and left, or preset by an attribute. */
  private shownErrors = new Set<FormField>();

  private settings!: RenewalSettings;
  /** `renew-url` when it is safe to link to. */
  private renewLink?: string;
  private outcome: RenewalFormOutcome = {result: null, errors: {}};
  /** The outcome the last event told of; none before the first. */
  private told?: {result: RenewalResult | null; invalid: string};
  private readonly warned = new Set<string>();

  private readonly headings = new HeadingLevelController(this);
  private readonly announcer = new AnnouncerController(this);
  private readonly resultLink = new ResultLinkController(this, (text) => {
    this.fieldText = text;
    this.shownErrors = new Set(FORM_FIELDS.filter((field) => text[field] !== ''));
  });

  constructor() {
    super();
    // Without a `today` attribute the date is the clock's: recalculate when it turns.
    new ClockController(this);
  }

  /** The current result, or `null` while a field is empty or invalid. */
  get result(): RenewalResult | null {
    return this.outcome.result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const [property, field] of PRESETS) {
      if (changed.has(property)) this.preset(field, attributeText(this[property], property));
    }
    if (!this.hasUpdated) this.resultLink.restoreFromUrl();

    const read = (property: 'packSize' | 'pricePerPack' | 'currency' | 'today') => attributeText(this[property], property);
    const {settings, warnings} = resolveRenewalSettings(
      {packSize: read('packSize'), pricePerPack: read('pricePerPack'), currency: read('currency'), today: read('today')},
      new Date(),
    );
    for (const {field, value, code} of warnings) {
      this.warnOnce(`${ATTRIBUTES[field].attribute}="${String(value)}" is ${code}: ${SETTING_FALLBACKS[field]}.`);
    }
    if (changed.has('renewUrl')) {
      const url = attributeText(this.renewUrl, 'renewUrl');
      this.renewLink = safeLinkUrl(url);
      if (url && !this.renewLink) this.warnOnce(`renew-url="${url}" is neither an https: URL nor a relative one on this site: showing no link.`);
    }
    this.settings = settings;
    this.outcome = evaluateRenewalForm(this.fieldText, settings, activeLocale());
  }

  /**
   * An attribute sets its field, replacing what was typed; a preset's error
   * shows at once. Trimmed, because the field shows what the calculation
   * reads, and a date field cannot show " 2021-04-01 ".
   */
  private preset(field: FormField, value: string | undefined): void {
    const text = value?.trim() ?? '';
    this.fieldText = {...this.fieldText, [field]: text};
    const shown = new Set(this.shownErrors);
    if (text === '') shown.delete(field);
    else shown.add(field);
    this.shownErrors = shown;
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<pa-renewal-calculator> ${message}`);
  }

  protected override updated(): void {
    const {result, errors} = this.outcome;
    const invalidFields = FORM_FIELDS.filter((field) => errors[field]);
    const invalid = invalidFields.join(' ');
    // An untouched form at start is no change of the inputs: no event for it.
    const untouched = !this.told && FORM_FIELDS.every((field) => this.fieldText[field] === '');
    if (!untouched && (!this.told || !sameResult(this.told.result, result) || this.told.invalid !== invalid)) {
      this.told = {result, invalid};
      this.dispatchEvent(new RenewalChangeEvent(result, invalidFields));
    }
    this.announcer.announce(summaryMessage(result, this.showsErrors));
  }

  private onInput(field: FormField, event: Event): void {
    this.fieldText = {...this.fieldText, [field]: (event.target as HTMLInputElement).value};
    this.resultLink.forgetStaleLink();
    // Errors show as soon as a field holds text. An emptied text field waits
    // for blur, so clearing it to type anew does not flash "enter a number";
    // a date field fires input only with a whole date or none, so it shows at once.
    if (field === 'currentExpiry' || this.fieldText[field].trim() !== '') this.showError(field);
  }

  private showError(field: FormField): void {
    if (!this.shownErrors.has(field)) this.shownErrors = new Set(this.shownErrors).add(field);
  }

  /** Whether any field shows an error now. */
  private get showsErrors(): boolean {
    return FORM_FIELDS.some((field) => this.shownErrors.has(field) && this.outcome.errors[field]);
  }

  protected override render(): TemplateResult {
    const {result} = this.outcome;
    return html`
      <section part="base" class="root" aria-labelledby="heading" lang=${activeLocale()} dir=${activeDirection()}>
        <div part="heading" id="heading" role="heading" aria-level=${this.headings.level}>${msg('Check your renewal', {id: 'calc.check-your-renewal'})}</div>
        <form part="form" novalidate @submit=${(event: Event) => event.preventDefault()}>
          ${this.renderField(
            'computers',
            msg('Remote computers to cover', {id: 'calc.remote-computers-to-cover'}),
            msg(str`One pack covers up to ${computersText(this.settings.packSize)}.`, {id: 'calc.one-pack-covers-up'}),
          )}
          ${this.renderField(
            'currentPacks',
            msg('Packs on your current subscription (optional)', {id: 'calc.packs-on-your-current'}),
            msg('Leave empty if you do not know.', {id: 'calc.leave-empty-if-you'}),
          )}
          ${this.renderField(
            'currentExpiry',
            msg('Current subscription valid until', {id: 'calc.current-subscription-valid-until'}),
            msg('The expiry date shown in your Parallels account.', {id: 'calc.the-expiry-date-in'}),
          )}
        </form>
        ${result ? this.renderResults(result) : html`<p part="prompt" class="prompt">${promptMessage(this.showsErrors)}</p>`}
        ${this.renewLink ? html`<a part="renew-link" href=${this.renewLink}>${msg('Renew now', {id: 'calc.renew-now'})}</a>` : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcer.text}</div>
      </section>
    `;
  }

  private renderField(field: FormField, label: string, hint: string): TemplateResult {
    const error = this.shownErrors.has(field) ? this.outcome.errors[field] : undefined;
    const isDate = field === 'currentExpiry';
    return html`
      <div part="field" class="field">
        <label part="label" for=${field}>${label}</label>
        <span part="hint" class="hint" id="${field}-hint">${hint}</span>
        <input
          part="input"
          id=${field}
          name=${field}
          type=${isDate ? 'date' : 'text'}
          inputmode=${isDate ? nothing : 'numeric'}
          autocomplete="off"
          min=${isDate ? EARLIEST_DATE : nothing}
          max=${isDate ? LATEST_DATE : nothing}
          aria-required=${field === 'currentPacks' ? 'false' : 'true'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${field}-hint ${field}-error` : `${field}-hint`}
          .value=${this.fieldText[field]}
          @input=${(event: Event) => this.onInput(field, event)}
          @change=${() => this.showError(field)}
          @blur=${() => this.showError(field)}
        />
        ${error ? html`<span part="error" class="error" id="${field}-error">${fieldErrorMessage(error)}</span>` : nothing}
      </div>
    `;
  }

  private renderResults(r: RenewalResult): TemplateResult {
    const said = resultMessages(r, this.settings);
    const row = (name: string, value: number | string, term: string, sentence: string) =>
      html`<div part=${name} class="result" data-value=${value}><dt>${term}</dt><dd>${sentence}</dd></div>`;
    return html`
      <dl part="results" class="results">
        ${row('packs', r.packs, msg('Packs to select', {id: 'calc.packs-to-select'}), said.packs)}
        ${row('seats', r.seats, msg('Computers covered', {id: 'calc.computers-covered'}), said.seats)}
        ${said.price === undefined || r.annualPrice === undefined
          ? nothing
          : row('price', r.annualPrice.toFixed(minorDigits(r.currency)), msg('Price for one year', {id: 'calc.price-for-one-year'}), said.price)}
        ${row('days-left', r.daysUntilExpiry, msg('Current subscription', {id: 'calc.current-subscription'}), said.expiryState)}
        ${row('new-expiry', r.newExpiry, msg('New expiry date', {id: 'calc.valid-until-after-renewing'}), said.newExpiry)}
        ${row('next-charge', r.nextChargeDate, msg('Next auto-renewal charge', {id: 'calc.next-automatic-charge'}), said.nextCharge)}
      </dl>
      ${renewalTimeline(r)}
      <div class="actions">
        <button part="calendar-button" type="button" @click=${() => void downloadReminder(r)}>
          ${msg('Add the next charge to my calendar', {id: 'calc.add-the-next-charge'})}
        </button>
        <button part="share-button" type="button" @click=${() => void this.resultLink.copy(r)}>
          ${msg('Copy link to this result', {id: 'calc.share.copy-link'})}
        </button>
      </div>
      ${this.resultLink.renderStatus(r)}
      ${said.leapDayNote ? html`<p part="note" class="note">${said.leapDayNote}</p>` : nothing}
      ${said.notice ? html`<p part="notice" class="notice">${said.notice}</p>` : nothing}
    `;
  }
}
