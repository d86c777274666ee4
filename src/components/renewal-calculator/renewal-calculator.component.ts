import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {minorDigits} from '../../core/money.js';
import type {RenewalResult} from '../../core/renewal.js';
import {evaluateRenewalForm, type RenewalFormOutcome, type RenewalFormText} from '../../core/renewal-form.js';
import {RenewalChangeEvent} from '../../events.js';
import {attributeText} from '../../internal/attribute-text.js';
import {withAttributes} from '../../internal/attributes.js';
import {HeadingLevelController} from '../../internal/heading-level.js';
import {computersText} from '../../localization/counted.js';
import {activeDirection, activeLocale} from '../../localization/localization.js';
import {LocalizedElement} from '../../localization/localized-element.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {AnnouncerController} from './announcer-controller.js';
import {AuthorSettings} from './author-settings.js';
import {ClockController} from './clock-controller.js';
import {calculatorStyles} from './renewal-calculator.styles.js';
import {fieldErrorMessage, promptMessage, resultMessages, summaryMessage} from './renewal-messages.js';
import {renewalField, type FormField} from './renewal-field.js';
import {renewalTimeline} from './renewal-timeline.js';
import {ResultLinkController} from './result-link-controller.js';

const FORM_FIELDS: readonly FormField[] = ['computers', 'currentPacks', 'currentExpiry'];

/** The attributes that preset a field, with their fields. */
const PRESETS = [
  ['computers', 'computers'],
  ['currentPacks', 'currentPacks'],
  ['expiry', 'currentExpiry'],
] as const;

/** Whether two results say the same: they hold only numbers, strings and booleans. */
const sameResult = (a: RenewalResult | null, b: RenewalResult | null) =>
  a === b ||
  (a !== null && b !== null && Object.keys({...a, ...b}).every((key) => a[key as keyof RenewalResult] === b[key as keyof RenewalResult]));

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

  private readonly author = new AuthorSettings();
  private outcome: RenewalFormOutcome = {result: null, errors: {}};
  /** The outcome the last event told of; none before the first. */
  private told?: {result: RenewalResult | null; invalid: string};

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

    this.author.read(this, changed.has('renewUrl'));
    this.outcome = evaluateRenewalForm(this.fieldText, this.author.settings, activeLocale());
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

  private onInput(field: FormField, value: string): void {
    this.fieldText = {...this.fieldText, [field]: value};
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
            msg(str`One pack covers up to ${computersText(this.author.settings.packSize)}.`, {id: 'calc.one-pack-covers-up'}),
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
        ${this.author.renewLink ? html`<a part="renew-link" href=${this.author.renewLink}>${msg('Renew now', {id: 'calc.renew-now'})}</a>` : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcer.text}</div>
      </section>
    `;
  }

  private renderField(field: FormField, label: string, hint: string): TemplateResult {
    const error = this.shownErrors.has(field) ? this.outcome.errors[field] : undefined;
    return renewalField({
      field,
      label,
      hint,
      value: this.fieldText[field],
      ...(error && {error: fieldErrorMessage(error)}),
      onInput: (value) => this.onInput(field, value),
      onDone: () => this.showError(field),
    });
  }

  private async downloadReminder(r: RenewalResult): Promise<void> {
    // Loaded on the first click: most readers never ask for a calendar file.
    const {downloadReminder} = await import('./calendar-download.js');
    downloadReminder(r);
  }

  private renderResults(r: RenewalResult): TemplateResult {
    const said = resultMessages(r, this.author.settings);
    const row = (name: string, value: number | string, term: string, sentence: string) =>
      html`<div part=${name} class="result" data-value=${value}><dt>${term}</dt><dd>${sentence}</dd></div>`;
    return html`
      <dl part="results" class="results">
        ${row('packs', r.packs, msg('Packs to select', {id: 'calc.packs-to-select'}), said.packs)}
        ${row('seats', r.seats, msg('Computers covered', {id: 'calc.computers-covered'}), said.seats)}
        ${
          said.price === undefined || r.annualPrice === undefined
            ? nothing
            : row(
                'price',
                r.annualPrice.toFixed(minorDigits(r.currency)),
                msg('Price for one year', {id: 'calc.price-for-one-year'}),
                said.price,
              )
        }
        ${row('days-left', r.daysUntilExpiry, msg('Current subscription', {id: 'calc.current-subscription'}), said.expiryState)}
        ${row('new-expiry', r.newExpiry, msg('New expiry date', {id: 'calc.valid-until-after-renewing'}), said.newExpiry)}
        ${row('next-charge', r.nextChargeDate, msg('Next auto-renewal charge', {id: 'calc.next-automatic-charge'}), said.nextCharge)}
      </dl>
      ${renewalTimeline(r)}
      <div class="actions">
        <button part="calendar-button" type="button" @click=${() => this.downloadReminder(r)}>
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
