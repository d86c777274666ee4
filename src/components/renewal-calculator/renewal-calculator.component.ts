import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {
  DEFAULT_PACK_SIZE,
  EARLIEST_DATE,
  evaluateRenewalForm,
  formatCalendarDate,
  formatMoney,
  isLeapDay,
  LATEST_DATE,
  MAX_COUNT,
  minorDigits,
  readShareHash,
  resolveRenewalSettings,
  safeLinkUrl,
  shareHash,
  type RenewalField,
  type RenewalFormOutcome,
  type RenewalFormText,
  type RenewalInputError,
  type RenewalResult,
  type RenewalSettings,
} from '../../core/index.js';
import {RenewalChangeEvent} from '../../events.js';
import {attributeText} from '../../attribute-text.js';
import {HeadingLevelController} from '../../heading-level.js';
import {computersText, daysText, formatCount, packsText} from '../../localization/counted.js';
import {activeDirection, activeLocale} from '../../localization/localization.js';
import {LocalizedElement} from '../../localization/localized-element.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {RenewalAttributes} from './renewal-attributes.js';
import {calculatorStyles} from './renewal-calculator.styles.js';
import {renewalTimeline} from './renewal-timeline.js';

type FormField = keyof RenewalFormText;

const FORM_FIELDS: readonly FormField[] = ['computers', 'currentPacks', 'currentExpiry'];

const SETTING_ATTRIBUTES: Partial<Record<RenewalField, string>> = {
  packSize: 'pack-size',
  pricePerPack: 'price-per-pack',
  currency: 'currency',
  today: 'today',
};

const SETTING_FALLBACKS: Partial<Record<RenewalField, string>> = {
  packSize: `using packs of ${DEFAULT_PACK_SIZE}`,
  pricePerPack: 'showing no price',
  currency: 'showing no price',
  today: "using the visitor's date",
};

const outcomeKey = (result: RenewalResult | null, invalidFields: readonly RenewalField[]) =>
  JSON.stringify({result, invalidFields});

// Long enough that a screen reader is not interrupted on every keystroke.
const ANNOUNCE_DELAY_MS = 500;

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
 * @csspart new-expiry - Result: valid until after renewing (`data-value`: YYYY-MM-DD).
 * @csspart next-charge - Result: next automatic charge (`data-value`: YYYY-MM-DD).
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
export class RenewalCalculatorElement extends RenewalAttributes(LocalizedElement) {
  static override styles = [themeStyles, calculatorStyles];
  static override properties = {
    fieldText: {state: true},
    shownErrors: {state: true},
    announcement: {state: true},
    sharedLink: {state: true},
  };

  private fieldText: RenewalFormText = {computers: '', currentPacks: '', currentExpiry: ''};
  /** Fields whose errors are shown: edited and left, or preset by an attribute. */
  private shownErrors = new Set<FormField>();
  private announcement = '';
  /** The link last put into the URL, and whether the clipboard took it. */
  private sharedLink?: {url: string; copied: boolean};

  private settings!: RenewalSettings;
  /** `renew-url` when it is safe to link to. */
  private renewLink?: string;
  private outcome: RenewalFormOutcome = {result: null, errors: {}};
  // An empty form at start is no change of the inputs: no event for it.
  private lastOutcomeKey = outcomeKey(null, ['computers', 'currentExpiry']);
  private lastSummary = '';
  private announceTimer?: ReturnType<typeof setTimeout>;
  private midnightTimer?: ReturnType<typeof setTimeout>;
  private readonly warned = new Set<string>();
  private readonly headingLevelController = new HeadingLevelController(this);

  /** The current result, or `null` while a field is empty or invalid. */
  get result(): RenewalResult | null {
    return this.outcome.result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.scheduleMidnightUpdate();
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    window.addEventListener('hashchange', this.restoreFromHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.midnightTimer);
    clearTimeout(this.announceTimer);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    window.removeEventListener('hashchange', this.restoreFromHash);
  }

  /**
   * A `#pa-calc=…` link fills the form with the inputs it carries, over any
   * attribute; every calculator on the page takes them.
   */
  private readonly restoreFromHash = () => {
    const text = readShareHash(location.hash);
    if (!text) return;
    this.fieldText = text;
    this.shownErrors = new Set(FORM_FIELDS.filter((field) => text[field] !== ''));
  };

  // Timers do not run while a laptop sleeps: a tab shown again may be on a new day.
  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'visible') this.requestUpdate();
  };

  /** Without a `today` attribute the date is the clock's: recalculate when it turns. */
  private scheduleMidnightUpdate(): void {
    const now = new Date();
    const nextMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    this.midnightTimer = setTimeout(() => {
      this.requestUpdate();
      this.scheduleMidnightUpdate();
    }, nextMidnight.getTime() - now.getTime() + 1000);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.presetField(changed, 'computers', 'computers');
    this.presetField(changed, 'currentPacks', 'currentPacks');
    this.presetField(changed, 'expiry', 'currentExpiry');
    if (!this.hasUpdated) this.restoreFromHash();

    const {settings, warnings} = resolveRenewalSettings(
      {
        packSize: attributeText(this.packSize, 'packSize'),
        pricePerPack: attributeText(this.pricePerPack, 'pricePerPack'),
        currency: attributeText(this.currency, 'currency'),
        today: attributeText(this.today, 'today'),
      },
      new Date(),
    );
    for (const {field, value, code} of warnings) {
      this.warnOnce(`${SETTING_ATTRIBUTES[field]}="${String(value)}" is ${code}: ${SETTING_FALLBACKS[field]}.`);
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
  private presetField(changed: PropertyValues<this>, property: 'computers' | 'currentPacks' | 'expiry', field: FormField) {
    if (!changed.has(property)) return;
    const text = attributeText(this[property], property)?.trim() ?? '';
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
    const invalidFields = FORM_FIELDS.filter((field) => this.outcome.errors[field]) as RenewalField[];
    const key = outcomeKey(this.outcome.result, invalidFields);
    if (key !== this.lastOutcomeKey) {
      this.lastOutcomeKey = key;
      this.dispatchEvent(new RenewalChangeEvent(this.outcome.result, invalidFields));
    }
    const summary = this.summary();
    if (summary !== this.lastSummary) {
      this.lastSummary = summary;
      clearTimeout(this.announceTimer);
      this.announceTimer = setTimeout(() => (this.announcement = summary), ANNOUNCE_DELAY_MS);
    }
  }

  private onInput(field: FormField, event: Event): void {
    this.fieldText = {...this.fieldText, [field]: (event.target as HTMLInputElement).value};
    // A result link in the URL no longer says what the form holds: drop it, so
    // that it is not copied from the address bar, nor restored over the edit by Back.
    if (readShareHash(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
    // Errors show as soon as a field holds text. An emptied text field waits
    // for blur, so clearing it to type anew does not flash "enter a number";
    // a date field fires input only with a whole date or none, so it shows at once.
    if (field === 'currentExpiry' || this.fieldText[field].trim() !== '') this.showError(field);
  }

  private showError(field: FormField): void {
    if (!this.shownErrors.has(field)) this.shownErrors = new Set(this.shownErrors).add(field);
  }

  protected override render(): TemplateResult {
    const {result} = this.outcome;
    return html`
      <section part="base" class="root" aria-labelledby="heading" lang=${activeLocale()} dir=${activeDirection()}>
        <div part="heading" id="heading" role="heading" aria-level=${this.headingLevelController.level}>
          ${msg('Check your renewal', {id: 'calc.check-your-renewal'})}
        </div>
        <form part="form" novalidate @submit=${(event: Event) => event.preventDefault()}>
          ${this.renderField('computers', msg('Remote computers to cover', {id: 'calc.remote-computers-to-cover'}), msg(str`One pack covers up to ${computersText(this.settings.packSize)}.`, {id: 'calc.one-pack-covers-up'}))}
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
        ${result ? this.renderResults(result) : this.renderPrompt()}
        ${this.renewLink ? html`<a part="renew-link" href=${this.renewLink}>${msg('Renew now', {id: 'calc.renew-now'})}</a>` : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </section>
    `;
  }

  private renderField(field: FormField, label: string, hint: string): TemplateResult {
    const error = this.shownErrors.has(field) ? this.outcome.errors[field] : undefined;
    const describedBy = error ? `${field}-hint ${field}-error` : `${field}-hint`;
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
          aria-describedby=${describedBy}
          .value=${this.fieldText[field]}
          @input=${(event: Event) => this.onInput(field, event)}
          @change=${() => this.showError(field)}
          @blur=${() => this.showError(field)}
        />
        ${error ? html`<span part="error" class="error" id="${field}-error">${this.errorMessage(error)}</span>` : nothing}
      </div>
    `;
  }

  private errorMessage(error: RenewalInputError): string {
    const max = formatCount(MAX_COUNT);
    switch (error.field) {
      case 'computers':
        if (error.code === 'missing') return msg('Enter the number of remote computers.', {id: 'calc.enter-the-number-of'});
        if (error.code === 'out-of-range' && Number(error.value) > MAX_COUNT) {
          return msg(str`Enter at most ${max} computers.`, {id: 'calc.enter-at-most-computers'});
        }
        return msg('Enter a whole number of computers, 1 or more.', {id: 'calc.enter-a-whole-number'});
      case 'currentPacks':
        if (error.code === 'out-of-range' && Number(error.value) > MAX_COUNT) {
          return msg(str`Enter at most ${max} packs, or leave this empty.`, {id: 'calc.enter-at-most-packs'});
        }
        return msg('Enter a whole number of packs, 1 or more, or leave this empty.', {id: 'calc.enter-a-whole-number-of'});
      default:
        if (error.code === 'missing') return msg('Enter the date your current subscription is valid until.', {id: 'calc.enter-the-date-your'});
        if (error.code === 'out-of-range') {
          return msg(str`Enter a date from ${this.formatDate(EARLIEST_DATE)} to ${this.formatDate(LATEST_DATE)}.`, {id: 'calc.enter-a-date-from'});
        }
        return msg('Enter a valid date.', {id: 'calc.enter-a-date-that'});
    }
  }

  /** Whether any field shows an error now. */
  private get showsErrors(): boolean {
    return FORM_FIELDS.some((field) => this.shownErrors.has(field) && this.outcome.errors[field]);
  }

  private renderPrompt(): TemplateResult {
    return html`<p part="prompt" class="prompt">
      ${this.showsErrors
        ? msg('Correct the highlighted fields to see your renewal.', {id: 'calc.correct-the-highlighted-fields'})
        : msg('Enter your computers and expiry date to see how many packs to select and when you will be charged.', {id: 'calc.enter-your-computers-and'})}
    </p>`;
  }

  private renderResults(r: RenewalResult): TemplateResult {
    const expiry = this.formatDate(r.currentExpiry);
    const newExpiry = this.formatDate(r.newExpiry);
    const packs = packsText(r.packs);
    const expiryState = this.expiryState(r, expiry);
    const newExpirySentence = this.newExpirySentence(r, expiry, newExpiry);
    const nextChargeSentence = msg(
      str`Renewing turns auto-renewal back on: the next charge is on ${this.formatDate(r.nextChargeDate)}, then every year.`,
      {id: 'calc.renewing-turns-auto-renewal'},
    );
    return html`
      <dl part="results" class="results">
        ${this.renderResult('packs', r.packs, msg('Packs to select', {id: 'calc.packs-to-select'}), html`
          ${msg(str`For ${computersText(r.computers)} you need ${packs} of ${formatCount(r.packSize)}.`, {id: 'calc.for-you-need-of'})}
          ${msg(str`On the renewal screen, select ${formatCount(r.packs)}: it counts packs, not computers.`, {id: 'calc.on-the-renewal-screen'})}
        `)}
        ${this.renderResult('seats', r.seats, msg('Computers covered', {id: 'calc.computers-covered'}),
          this.seatsSentence(r),
        )}
        ${r.annualPrice === undefined || this.settings.pricePerPack === undefined
          ? nothing
          : this.renderResult('price', r.annualPrice.toFixed(minorDigits(r.currency)), msg('Price for one year', {id: 'calc.price-for-one-year'}),
              msg(str`${packs} × ${formatMoney(this.settings.pricePerPack, r.currency, activeLocale())} = ${formatMoney(r.annualPrice, r.currency, activeLocale())} a year.`, {id: 'calc.price-sentence'}),
            )}
        ${this.renderResult('days-left', r.daysUntilExpiry, msg('Current subscription', {id: 'calc.current-subscription'}), expiryState)}
        ${this.renderResult('new-expiry', r.newExpiry, msg('New expiry date', {id: 'calc.valid-until-after-renewing'}), newExpirySentence)}
        ${this.renderResult('next-charge', r.nextChargeDate, msg('Next auto-renewal charge', {id: 'calc.next-automatic-charge'}), nextChargeSentence)}
      </dl>
      ${renewalTimeline(r)}
      <div class="actions">
        <button part="calendar-button" type="button" @click=${() => void this.downloadReminder(r)}>
          ${msg('Add the next charge to my calendar', {id: 'calc.add-the-next-charge'})}
        </button>
        <button part="share-button" type="button" @click=${() => void this.copyLink(r)}>
          ${msg('Copy link to this result', {id: 'calc.share.copy-link'})}
        </button>
      </div>
      ${this.renderShareStatus(r)}
      ${isLeapDay(r.lapsed ? this.settings.today : r.currentExpiry)
        ? html`<p part="note" class="note">${msg('Next year has no 29 February, so the renewed year ends on 28 February.', {id: 'calc.next-year-has-no'})}</p>`
        : nothing}
      ${this.renderNotice(r)}
    `;
  }

  /**
   * Puts the inputs into the page URL's hash (replacing the history entry, so
   * Back still leaves the page) and copies the URL. Nothing else goes in it.
   */
  private async copyLink(r: RenewalResult): Promise<void> {
    const url = new URL(location.href);
    url.hash = shareHash(r);
    // Emptied first, so that the status region announces a second copy too.
    this.sharedLink = undefined;
    await this.updateComplete;
    try {
      history.replaceState(history.state, '', url);
      await navigator.clipboard.writeText(url.href);
      this.sharedLink = {url: url.href, copied: true};
    } catch {
      // No clipboard (a page without HTTPS, a refused permission) or a sandboxed
      // frame's history: the link is shown to copy by hand.
      this.sharedLink = {url: url.href, copied: false};
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('#share-url');
      field?.focus();
      field?.select();
    }
  }

  /** The outcome of the last copy, while the link still matches the inputs. */
  private renderShareStatus(r: RenewalResult): TemplateResult {
    const link = this.sharedLink?.url.endsWith(shareHash(r)) ? this.sharedLink : undefined;
    return html`<div part="share-status" role="status">
      ${!link
        ? nothing
        : link.copied
          ? msg('Link copied.', {id: 'calc.share.copied'})
          : html`<label for="share-url">${msg('Copy this link:', {id: 'calc.share.copy-manually'})}</label>
              <input id="share-url" part="input" type="url" readonly .value=${link.url} />`}
    </div>`;
  }

  /** Downloads the next charge as an all-day calendar event with an alarm, made here: nothing is sent anywhere. */
  private async downloadReminder(r: RenewalResult): Promise<void> {
    // Loaded on the first click: most readers never ask for a calendar file.
    const {calendarReminder, REMINDER_DAYS_BEFORE} = await import('../../core/calendar-reminder.js');
    const ics = calendarReminder(
      r.nextChargeDate,
      {
        summary: msg('Parallels Access for Business: auto-renewal charge', {id: 'calc.calendar-summary'}),
        description: msg(
          str`Auto-renewal charges your Parallels Access for Business subscription for another year on ${this.formatDate(r.nextChargeDate)}.`,
          {id: 'calc.calendar-description'},
        ),
        alarm: msg(str`Auto-renewal charge in ${daysText(REMINDER_DAYS_BEFORE)}`, {id: 'calc.calendar-alarm'}),
      },
      new Date(),
    );
    const url = URL.createObjectURL(new Blob([ics], {type: 'text/calendar'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = `parallels-access-renewal-${r.nextChargeDate}.ics`;
    link.click();
    // The download has its own reference by now; the URL only leaks memory.
    setTimeout(() => URL.revokeObjectURL(url));
  }

  private renderResult(name: string, value: number | string, term: string, sentence: unknown): TemplateResult {
    return html`<div part=${name} class="result" data-value=${value}><dt>${term}</dt><dd>${sentence}</dd></div>`;
  }

  private seatsSentence(r: RenewalResult): string {
    const seats = computersText(r.seats);
    return r.spareSeats === 0
      ? msg(str`Room for exactly ${seats}.`, {id: 'calc.room-for-exactly'})
      : msg(str`Room for up to ${seats}, ${formatCount(r.spareSeats)} of them spare.`, {id: 'calc.room-for-up-to'});
  }

  private newExpirySentence(r: RenewalResult, expiry: string, newExpiry: string): string {
    if (r.lapsed) return msg(str`Renewed today, your subscription is valid until ${newExpiry}.`, {id: 'calc.renewed-today-your-subscription'});
    if (r.daysUntilExpiry === 0) return msg(str`The paid year is added after ${expiry}: valid until ${newExpiry}.`, {id: 'calc.the-paid-year-is'});
    return msg(str`The paid year is added after ${expiry}, so renewing early loses nothing: valid until ${newExpiry}.`, {id: 'calc.the-paid-year-is-added'});
  }

  private expiryState(r: RenewalResult, expiry: string): string {
    if (r.lapsed) {
      return msg(str`Stopped working on ${expiry}, ${daysText(-r.daysUntilExpiry)} ago. Renew to start a new year from today.`, {id: 'calc.stopped-working-on-ago'});
    }
    if (r.daysUntilExpiry === 0) {
      return msg(str`Expires today, ${expiry}. Auto-renewal is off: renew today to keep it working.`, {id: 'calc.expires-today-auto-renewal'});
    }
    return msg(
      str`Valid until ${expiry}: ${daysText(r.daysUntilExpiry)} left. Auto-renewal is off: unless you renew, it stops working on that date.`,
      {id: 'calc.valid-until-left-auto'},
    );
  }

  private renderNotice(r: RenewalResult): TemplateResult | typeof nothing {
    const current = r.currentPacks ?? 0;
    if (r.currentPacksLookLikeComputers) {
      return html`<p part="notice" class="notice">
        ${msg(str`You entered ${packsText(current)} for ${computersText(r.computers)}: that looks like a count of computers. One pack covers up to ${computersText(r.packSize)}, so you need ${packsText(r.packs)}.`, {id: 'calc.you-entered-for-that'})}
        ${msg('If you really have that many packs now, choosing fewer is a decrease, which is possible only once, during migration.', {id: 'calc.if-you-really-have'})}
      </p>`;
    }
    if (r.decrease) {
      return html`<p part="notice" class="notice">
        ${msg(str`That is fewer than the ${packsText(current)} you have now. You can lower the number of packs only once, during migration, so be sure of your count.`, {id: 'calc.that-is-fewer-than'})}
      </p>`;
    }
    return nothing;
  }

  /** A one-line summary for the live region, so the result is heard, not only seen. */
  private summary(): string {
    const {result: r} = this.outcome;
    if (!r) {
      return this.showsErrors ? msg('Correct the highlighted fields to see your renewal.', {id: 'calc.correct-the-highlighted-fields'}) : '';
    }
    const price =
      r.annualPrice === undefined ? '' : ` ${msg(str`${formatMoney(r.annualPrice, r.currency, activeLocale())} a year.`, {id: 'calc.summary-price'})}`;
    return `${msg(str`Select ${packsText(r.packs)}.`, {id: 'calc.summary-packs'})}${price} ${msg(
      str`Valid until ${this.formatDate(r.newExpiry)} after renewing; next charge on ${this.formatDate(r.nextChargeDate)}.`,
      {id: 'calc.summary-dates'},
    )}`;
  }

  private formatDate(date: string): string {
    return formatCalendarDate(date, activeLocale());
  }
}
