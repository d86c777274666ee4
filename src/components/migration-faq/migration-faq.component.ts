import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {RenewalResult} from '../../core/renewal.js';
import {DEFAULT_PACK_SIZE} from '../../core/defaults.js';
import {resolveRenewalSettings} from '../../core/renewal-settings.js';
import {isRenewalResult} from '../../core/renewal-result.js';
import {activeDirection, activeLocale} from '../../localization/active-locale.js';
import {WidgetElement} from '../../internal/widget-element.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {attributeText} from '../../internal/attribute-text.js';
import {withAttributes} from '../../internal/attributes.js';
import {EditorNoticesController} from '../../internal/editor-notices.js';
import {HeadingLevelController} from '../../internal/heading-level.js';
import {SiteSettingsController} from '../../internal/site-settings.js';
import {FaqFeedbackEvent, FaqToggleEvent} from './faq-events.js';
import {FAQ_ITEM_IDS, FAQ_ITEMS, faqIntro, isFaqItemId, type FaqAnswerContext, type FaqItem, type FaqItemId} from './faq-items.js';
import {faqStyles} from './migration-faq.styles.js';

// Public from here, where the package entry has always taken it.
export {FAQ_ITEM_IDS};

const HASH_PREFIX = '#pa-faq-';

/** The question a `#pa-faq-<id>` link in the page URL points to. */
function linkedItemId(): FaqItemId | undefined {
  const id = location.hash.startsWith(HASH_PREFIX) ? location.hash.slice(HASH_PREFIX.length) : '';
  return isFaqItemId(id) ? id : undefined;
}

/**
 * The migration article's questions and answers as an accessible accordion.
 *
 * @tagname pa-migration-faq
 * @summary Migration FAQ for Parallels Access for Business.
 *
 * @event pa-faq-toggle - {FaqToggleEvent} A question was opened or closed: `detail` is `{id, open}`.
 * @event pa-faq-feedback - {FaqFeedbackEvent} A reader found an answer helpful or not: `detail` is `{id, helpful}`; once per question per page view.
 */
export class MigrationFaqElement extends withAttributes('faq', WidgetElement) {
  static override styles = [themeStyles, faqStyles];
  static override properties = {renewal: {attribute: false}, openIds: {state: true}, rated: {state: true}};

  /** The customer's renewal, to quote their dates in the "whole year" answer. */
  renewal: RenewalResult | null = null;

  private readonly headings = new HeadingLevelController(this);
  private readonly notices = new EditorNoticesController(this, 'faq');
  // The pack size, when the element sets none, from the site's settings.
  private readonly site = new SiteSettingsController(this);
  /** `renewal` when it holds what the answers quote. */
  private customerRenewal: RenewalResult | null = null;
  /** `packSize` as a number; a bad value falls back to 5, as in the calculator (which warns about it, where there is one). */
  private computersPerPack = DEFAULT_PACK_SIZE;
  private openIds = new Set<FaqItemId>();
  /** Questions already rated in this page view: one vote each. */
  private rated = new Set<FaqItemId>();

  /** The question a link opened with the page, until it is open and scrolled into view. */
  private linked?: FaqItemId;

  /** A link to `#pa-faq-<id>` opens that question and brings it into view. */
  private readonly onHashChange = () => void this.openFromHash();

  constructor() {
    super();
    // A link to one answer opens it with the page, like the open attribute.
    this.whenInPage(
      () => {
        this.linked = linkedItemId();
        this.requestUpdate();
      },
      {once: true},
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('renewal')) this.customerRenewal = isRenewalResult(this.renewal) ? this.renewal : null;
    const packSize = attributeText(this.site.value('packSize'), 'packSize');
    this.computersPerPack = resolveRenewalSettings({packSize}, new Date()).settings.packSize;
    if (changed.has('open')) {
      this.openIds = new Set((attributeText(this.open, 'open') ?? '').split(/\s+/).filter(isFaqItemId));
    }
    if (this.linked) this.openIds = new Set(this.openIds).add(this.linked);
  }

  protected override updated(): void {
    if (!this.linked) return;
    this.scrollToQuestion(this.linked);
    this.linked = undefined;
  }

  private async openFromHash(): Promise<void> {
    const linked = linkedItemId();
    if (!linked) return;
    this.setOpen([linked], true);
    await this.updateComplete;
    this.scrollToQuestion(linked);
  }

  private scrollToQuestion(id: FaqItemId): void {
    this.renderRoot.querySelector(`#pa-faq-${id}`)?.scrollIntoView({block: 'start'});
  }

  /** Opens or closes questions, telling the page about each that changes. */
  private setOpen(ids: readonly FaqItemId[], open: boolean): void {
    const changed = ids.filter((id) => this.openIds.has(id) !== open);
    if (changed.length === 0) return;
    const openIds = new Set(this.openIds);
    for (const id of changed) {
      if (open) openIds.add(id);
      else openIds.delete(id);
    }
    this.openIds = openIds;
    for (const id of changed) this.dispatchEvent(new FaqToggleEvent(id, open));
  }

  /** Arrow keys, Home and End move between questions, as in the WAI-ARIA accordion pattern. */
  private onQuestionKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="question"]')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    const last = buttons.length - 1;
    const target = {ArrowDown: index === last ? 0 : index + 1, ArrowUp: index === 0 ? last : index - 1, Home: 0, End: last}[event.key];
    if (target === undefined) return;
    event.preventDefault();
    buttons[target]?.focus();
  }

  protected override render(): TemplateResult {
    const allOpen = FAQ_ITEM_IDS.every((id) => this.openIds.has(id));
    const context: FaqAnswerContext = {renewal: this.customerRenewal, packSize: this.computersPerPack};
    return html`
      <section part="base" class="root" aria-label=${msg('Migration questions and answers', {id: 'faq.migration-questions-and-answers'})} lang=${activeLocale()} dir=${activeDirection()}>
        ${this.notices.render()}
        <p part="intro">${faqIntro()}</p>
        <button part="toggle-all" type="button" @click=${() => this.setOpen(FAQ_ITEM_IDS, !allOpen)}>
          ${allOpen ? msg('Collapse all', {id: 'faq.collapse-all'}) : msg('Expand all', {id: 'faq.expand-all'})}
        </button>
        ${FAQ_ITEMS.map((item) => this.renderItem(item, context))}
      </section>
    `;
  }

  private renderItem({id, question, answer}: FaqItem<FaqItemId>, context: FaqAnswerContext): TemplateResult {
    const open = this.openIds.has(id);
    return html`
      <div part="item" class="item">
        <div part="heading" role="heading" aria-level=${this.headings.level}>
          <button
            part="question"
            id="pa-faq-${id}"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="pa-faq-${id}-answer"
            @click=${() => this.setOpen([id], !open)}
            @keydown=${this.onQuestionKeydown}
          >
            <span>${question()}</span>
            <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4 6l4 4 4-4" />
            </svg>
          </button>
        </div>
        <div
          part="answer"
          id="pa-faq-${id}-answer"
          role="region"
          aria-labelledby="pa-faq-${id}"
          hidden=${open ? nothing : 'until-found'}
          @beforematch=${() => this.setOpen([id], true)}
        >
          ${answer(context)} ${this.renderFeedback(id)}
        </div>
      </div>
    `;
  }

  private renderFeedback(id: FaqItemId): TemplateResult {
    const rate = (helpful: boolean) => {
      this.rated = new Set(this.rated).add(id);
      this.dispatchEvent(new FaqFeedbackEvent(id, helpful));
    };
    // The region exists before the vote, so that the thanks replacing the
    // question is announced.
    return html`<div part="feedback" class="feedback" role="status">
      ${
        this.rated.has(id)
          ? msg('Thank you for your feedback.', {id: 'faq.thank-you-for-your'})
          : html`<span id="pa-faq-${id}-feedback">${msg('Was this answer helpful?', {id: 'faq.was-this-answer-helpful'})}</span>
            <span role="group" aria-labelledby="pa-faq-${id}-feedback">
              <button part="feedback-button" type="button" @click=${() => rate(true)}>${msg('Yes', {id: 'faq.yes'})}</button>
              <button part="feedback-button" type="button" @click=${() => rate(false)}>${msg('No', {id: 'faq.no'})}</button>
            </span>`
      }
    </div>`;
  }
}
