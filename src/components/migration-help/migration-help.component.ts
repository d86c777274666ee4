import {html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {RenewalResult} from '../../core/renewal.js';
import type {RenewalChangeEvent} from '../../events.js';
import {activeDirection, activeLocale} from '../../localization/localization.js';
import {LocalizedElement} from '../../localization/localized-element.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {withAttributes} from '../../internal/attributes.js';
import {HeadingLevelController} from '../../internal/heading-level.js';
import {helpStyles} from './migration-help.styles.js';

// Parts of the inner elements, re-exported so a page can style them through this one.
const FAQ_PARTS = 'base: faq-base, intro, toggle-all, item, heading: faq-heading, question, answer, feedback, feedback-button';
const CALCULATOR_PARTS =
  'base: calculator-base, heading: calculator-heading, form, field, label, hint, input, error, results, packs, seats, price, new-expiry, next-charge, echo, days-left, status, summary, details, notice, note, prompt, renew-link, calendar-button, share-button, share-status, timeline';

/**
 * The migration FAQ beside the renewal calculator: side by side when its
 * container is wide, stacked when narrow. Takes the calculator's attributes
 * and passes them on; once the calculator has a result, the "whole year"
 * answer quotes the customer's own dates.
 *
 * @tagname pa-migration-help
 * @summary The complete migration help widget.
 *
 * @event pa-renewal-change - {RenewalChangeEvent} From the calculator inside.
 * @event pa-faq-toggle - {FaqToggleEvent} From the FAQ inside.
 * @event pa-faq-feedback - {FaqFeedbackEvent} From the FAQ inside.
 *
 * @csspart jump-button - "Check your renewal", shown while the calculator is below the FAQ: moves focus to its first field.
 * @csspart faq - The `<pa-migration-faq>` inside; its parts are exported too (`faq-base`, `faq-heading`, `intro`, `toggle-all`, `item`, `question`, `answer`).
 * @csspart calculator - The `<pa-renewal-calculator>` inside; its parts are exported too (`calculator-base`, `calculator-heading`, and the rest under their own names).
 */
export class MigrationHelpElement extends withAttributes('help', LocalizedElement) {
  static override styles = [themeStyles, helpStyles];
  static override properties = {renewal: {state: true}};

  private renewal: RenewalResult | null = null;
  private readonly headings = new HeadingLevelController(this);

  /** The calculator's current result, or `null` while a field is empty or invalid. */
  get result(): RenewalResult | null {
    return this.renewal;
  }

  // Everything passes on as a property, as the page gave it: the inner
  // elements read any value the way this one would.
  protected override render(): TemplateResult {
    return html`
      <div class="root" lang=${activeLocale()} dir=${activeDirection()}>
        <button part="jump-button" class="jump" type="button" @click=${() => this.renderRoot.querySelector('pa-renewal-calculator')?.focus()}>
          ${msg('Check your renewal', {id: 'calc.check-your-renewal'})}
        </button>
        <div class="layout">
          <pa-migration-faq
            part="faq"
            exportparts=${FAQ_PARTS}
            .open=${this.open}
            .headingLevel=${this.headings.level}
            .packSize=${this.packSize}
            .renewal=${this.renewal}
          ></pa-migration-faq>
          <pa-renewal-calculator
            part="calculator"
            exportparts=${CALCULATOR_PARTS}
            .computers=${this.computers}
            .currentPacks=${this.currentPacks}
            .expiry=${this.expiry}
            .packSize=${this.packSize}
            .pricePerPack=${this.pricePerPack}
            .currency=${this.currency}
            .today=${this.today}
            .renewUrl=${this.renewUrl}
            .headingLevel=${this.headings.level}
            @pa-renewal-change=${(event: RenewalChangeEvent) => (this.renewal = event.detail)}
          ></pa-renewal-calculator>
        </div>
      </div>
    `;
  }
}
