import {html, type PropertyValues, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {isCalendarDate} from '../../core/calendar-date.js';
import type {RenewalResult} from '../../core/renewal.js';
import type {RenewalFormOutcome, RenewalFormText} from '../../core/renewal-form.js';
import {attributeText} from '../../internal/attribute-text.js';
import {withAttributes} from '../../internal/attributes.js';
import {EditorNoticesController} from '../../internal/editor-notices.js';
import {HeadingLevelController} from '../../internal/heading-level.js';
import {SiteSettingsController} from '../../internal/site-settings.js';
import {formatDate} from '../../localization/formats.js';
import {activeDirection, activeLocale} from '../../localization/active-locale.js';
import {joinSentences} from '../../localization/sentences.js';
import {WidgetElement} from '../../internal/widget-element.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {AnnouncerController} from './announcer-controller.js';
import {AuthorSettings} from './author-settings.js';
import {ClockController} from './clock-controller.js';
import {calculatorStyles} from './renewal-calculator.styles.js';
import {fieldErrorMessage, promptMessage} from './renewal-messages.js';
import {RenewalChangeEvent} from './renewal-change-event.js';
import {fieldLabels, renewalField, type FormField} from './renewal-field.js';
import {ResultLinkController} from './result-link-controller.js';
import type {ResultMessages} from './result-messages.js';
import {loadResultsView, resultsView} from './results-view.js';

// The optional field last.
const FORM_FIELDS: readonly FormField[] = ['computers', 'currentExpiry', 'currentPacks'];

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
 */
export class RenewalCalculatorElement extends withAttributes('calculator', WidgetElement) {
  static override styles = [themeStyles, calculatorStyles];
  static override properties = {fieldText: {state: true}, shownErrors: {state: true}};

  private fieldText: RenewalFormText = {computers: '', currentPacks: '', currentExpiry: ''};
  /** Fields whose errors are shown: edited and left, or preset by an attribute. */
  private shownErrors = new Set<FormField>();

  private readonly author = new AuthorSettings();
  private outcome: RenewalFormOutcome = {result: null, errors: {}};
  /** What the result says, in the active language; none without a result. */
  private said?: ResultMessages;
  /** Whether the date to count from is known: the page's `today`, or the reader's clock once read. */
  private dateKnown = false;
  /** Whether the fields hold something to check, and the rules that check it are still loading. */
  private waitsForRules = false;
  /** What the reader typed into server-rendered fields before the script came: the render that hydrates them empties them. */
  private typedEarly: Partial<RenewalFormText> = {};
  /** The outcome the last event told of; none before the first. */
  private told?: {result: RenewalResult | null; invalid: string};

  private readonly headings = new HeadingLevelController(this);
  private readonly notices = new EditorNoticesController(this, 'calculator');
  private readonly announcer = new AnnouncerController(this);
  private readonly resultLink = new ResultLinkController(this);
  // Without a `today` attribute the date is the reader's: recalculated when it turns.
  private readonly clock = new ClockController(this);
  // The vendor's values the element does not set itself, from the site's settings.
  private readonly site = new SiteSettingsController(this);

  /** The current result, or `null` while a field is empty or invalid. */
  get result(): RenewalResult | null {
    return this.outcome.result;
  }

  /** Focuses the first field: where a link to the calculator leads. */
  override focus(options?: FocusOptions): void {
    // No shadow root yet while what its first render needs loads: nothing to focus.
    this.shadowRoot?.querySelector('input')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      for (const field of FORM_FIELDS) this.typedEarly[field] = this.shadowRoot?.querySelector<HTMLInputElement>(`#${field}`)?.value;
    }
    for (const [property, field] of PRESETS) {
      if (changed.has(property)) this.preset(field, attributeText(this[property], property));
    }
    // A link to a result, after the attributes: it says what the reader asked for.
    const linked = this.resultLink.takeLinkedInputs();
    if (linked) {
      this.fieldText = linked;
      this.shownErrors = new Set(FORM_FIELDS.filter((field) => linked[field] !== ''));
    }

    const {site} = this;
    this.author.read({
      packSize: site.value('packSize'),
      pricePerPack: site.value('pricePerPack'),
      currency: site.value('currency'),
      today: site.value('today'),
      renewUrl: site.value('renewUrl'),
    });
    // The rules load with the first input, or the first field left empty: until then, nothing to tell.
    const view = resultsView();
    this.waitsForRules = !view && (this.shownErrors.size > 0 || FORM_FIELDS.some((field) => this.fieldText[field] !== ''));
    if (this.waitsForRules) void loadResultsView().then(() => this.requestUpdate());
    const outcome = view?.evaluateRenewalForm(this.fieldText, this.author.settings, activeLocale()) ?? {result: null, errors: {}};
    // Without the date to count from (a server, or the render that hydrates
    // its HTML, knows no reader's clock) there is no result to show or tell.
    this.dateKnown = this.author.hasToday || this.clock.read;
    this.outcome = this.dateKnown ? outcome : {...outcome, result: null};
    this.said = this.outcome.result && view ? view.resultMessages(this.outcome.result, this.author.settings) : undefined;
  }

  /** Complete once the form says what it was given: the rules may still be loading when the update ends. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.waitsForRules) return complete;
    await loadResultsView().catch(() => undefined);
    return super.getUpdateComplete();
  }

  /** A first render with a result or an error needs the rules: server-rendered with one, fields preset, or a link to one. */
  protected override firstRenderNeeds(): Promise<unknown> | undefined {
    const withResult =
      this.shadowRoot?.querySelector('[part~="results"]') ||
      PRESETS.some(([property]) => this[property] !== undefined) ||
      location.hash.includes('pa-calc=');
    return withResult ? loadResultsView() : undefined;
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

  /** What was typed before hydration stands, as if typed now: the reader sees it in the field, and it wins over a preset. */
  protected override firstUpdated(): void {
    for (const field of FORM_FIELDS) {
      const typed = this.typedEarly[field];
      if (typed && typed !== this.fieldText[field]) this.onInput(field, typed);
    }
    this.typedEarly = {};
  }

  protected override updated(): void {
    if (!this.dateKnown || this.waitsForRules) return;
    const {result, errors} = this.outcome;
    const invalidFields = FORM_FIELDS.filter((field) => errors[field]);
    const invalid = invalidFields.join(' ');
    // An untouched form at start is no change of the inputs: no event for it.
    const untouched = !this.told && FORM_FIELDS.every((field) => this.fieldText[field] === '');
    if (!untouched && (!this.told || !sameResult(this.told.result, result) || this.told.invalid !== invalid)) {
      this.told = {result, invalid};
      this.dispatchEvent(new RenewalChangeEvent(result, invalidFields));
    }
    // The status line and the warning too: they appear away from the field the reader is on.
    this.announcer.announce(
      joinSentences([
        this.said?.status?.text ?? '',
        this.said?.summary ?? (!result && this.showsErrors ? promptMessage(true) : ''),
        this.said?.packsWarning ?? '',
      ]),
    );
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
        ${this.notices.render()}
        <div part="heading" id="heading" role="heading" aria-level=${this.headings.level}>${msg('Check your renewal', {id: 'calc.check-your-renewal'})}</div>
        <form part="form" novalidate @submit=${(event: Event) => event.preventDefault()}>
          ${FORM_FIELDS.map((field) => this.renderField(field))}
        </form>
        ${result && this.said ? this.renderResults(result, this.said) : html`<p part="prompt" class="prompt">${promptMessage(this.showsErrors)}</p>`}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcer.text}</div>
      </section>
    `;
  }

  private renderField(field: FormField): TemplateResult {
    const error = this.shownErrors.has(field) ? this.outcome.errors[field] : undefined;
    const warning = field === 'currentPacks' ? this.said?.packsWarning : undefined;
    const expiry = this.fieldText.currentExpiry.trim();
    const echo = field === 'currentExpiry' && isCalendarDate(expiry) ? formatDate(expiry) : undefined;
    return renewalField({
      field,
      ...fieldLabels(field, this.author.settings.packSize),
      value: this.fieldText[field],
      ...(error && {error: fieldErrorMessage(error)}),
      ...(warning && {warning}),
      ...(echo && {echo}),
      onInput: (value) => this.onInput(field, value),
      onDone: () => this.showError(field),
    });
  }

  private renderResults(r: RenewalResult, said: ResultMessages): TemplateResult {
    return resultsView()!.renewalResults(r, said, {
      renewLink: this.author.renewLink,
      shared: this.resultLink.shared,
      onShare: (hash) => void this.resultLink.copy(hash),
    });
  }
}
