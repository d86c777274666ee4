import {html, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {RenewalResult} from '../../core/renewal.js';
import type {RenewalChangeEvent} from '../renewal-calculator/renewal-change-event.js';
import {activeDirection, activeLocale} from '../../localization/active-locale.js';
import {WidgetElement} from '../../internal/widget-element.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {type AttributeProperty, withAttributes} from '../../internal/attributes.js';
import {CALCULATOR_NEEDED, TAGS} from '../../internal/elements.js';
import {EditorNoticesController} from '../../internal/editor-notices.js';
import {HeadingLevelController} from '../../internal/heading-level.js';
import {innerElement} from './inner-element.js';
import {helpStyles} from './migration-help.styles.js';

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
 */
export class MigrationHelpElement extends withAttributes('help', WidgetElement) {
  static override styles = [themeStyles, helpStyles];
  static override properties = {renewal: {state: true}};

  private renewal: RenewalResult | null = null;
  private readonly headings = new HeadingLevelController(this);
  private readonly notices = new EditorNoticesController(this, 'help');

  /** The calculator's current result, or `null` while a field is empty or invalid. */
  get result(): RenewalResult | null {
    return this.renewal;
  }

  /** The jump button's: the calculator may not be loaded yet (dist/browser loads it when a reader may use it). */
  private readonly focusCalculator = (): void => {
    const focus = () => this.renderRoot.querySelector(TAGS.calculator)?.focus();
    if (customElements.get(TAGS.calculator)) focus();
    else void this.calculatorDefined().then(focus);
  };

  /** Rendered by the browser, the calculator inside is rendered with the rest, not after it: nothing moves. */
  protected override firstRenderNeeds(): Promise<unknown> | undefined {
    return this.shadowRoot || customElements.get(TAGS.calculator) ? undefined : this.calculatorDefined();
  }

  private calculatorDefined(): Promise<unknown> {
    this.dispatchEvent(new Event(CALCULATOR_NEEDED, {bubbles: true, composed: true}));
    return customElements.whenDefined(TAGS.calculator);
  }

  // Everything passes on as the page gave it: the inner elements read any
  // value the way this one would; the heading level is the one found here.
  private readonly passedOn = (property: AttributeProperty): unknown =>
    property === 'headingLevel' ? this.headings.level : this[property];

  protected override render(): TemplateResult {
    return html`
      <div class="root" lang=${activeLocale()} dir=${activeDirection()}>
        ${this.notices.render()}
        <button part="jump-button" class="jump" type="button" @click=${this.focusCalculator}>
          ${msg('Check your renewal', {id: 'calc.check-your-renewal'})}
        </button>
        <div class="layout">
          ${innerElement('faq', this.passedOn, {'.renewal': this.renewal})}
          ${innerElement('calculator', this.passedOn, {
            '@pa-renewal-change': (event: RenewalChangeEvent) => (this.renewal = event.detail),
          })}
        </div>
      </div>
    `;
  }
}
