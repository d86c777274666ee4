import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {DEFAULT_PACK_SIZE, resolveRenewalSettings, type RenewalResult} from '../../core/index.js';
import {isRenewalResult} from '../../core/renewal.js';
import {FaqFeedbackEvent, FaqToggleEvent, type FaqItemId} from '../../events.js';
import {computersText, packsText} from '../../localization/counted.js';
import {formatCount, formatDate} from '../../localization/formats.js';
import {activeDirection, activeLocale} from '../../localization/localization.js';
import {LocalizedElement} from '../../localization/localized-element.js';
import {themeStyles} from '../../styles/theme.styles.js';
import {attributeText} from '../../internal/attribute-text.js';
import {HeadingLevelController} from '../../internal/heading-level.js';
import {faqStyles} from './migration-faq.styles.js';

/** The questions in the article's order; their ids are public (links, events). */
export const FAQ_ITEM_IDS: readonly FaqItemId[] = ['migrate-now', 'pay-full-year', 'higher-price', 'change-licenses'];

const HASH_PREFIX = '#pa-faq-';

const isFaqItemId = (id: string): id is FaqItemId => (FAQ_ITEM_IDS as readonly string[]).includes(id);

/** The question a `#pa-faq-<id>` link in the page URL points to. */
function linkedItemId(): FaqItemId | undefined {
  const id = location.hash.startsWith(HASH_PREFIX) ? location.hash.slice(HASH_PREFIX.length) : '';
  return isFaqItemId(id) ? id : undefined;
}

/** The article's own example of a renewal. */
const EXAMPLE = {currentExpiry: '2021-04-01', newExpiry: '2022-04-01'};

/**
 * The migration article's questions and answers as an accessible accordion.
 *
 * @tagname pa-migration-faq
 * @summary Migration FAQ for Parallels Access for Business.
 *
 * @event pa-faq-toggle - {FaqToggleEvent} A question was opened or closed: `detail` is `{id, open}`.
 * @event pa-faq-feedback - {FaqFeedbackEvent} A reader found an answer helpful or not: `detail` is `{id, helpful}`; once per question per page view.
 *
 * @csspart base - The FAQ's box.
 * @csspart intro - The paragraph before the questions.
 * @csspart toggle-all - The "Expand all" / "Collapse all" button.
 * @csspart item - One question with its answer.
 * @csspart heading - The heading that holds a question.
 * @csspart question - The button that opens and closes an answer.
 * @csspart answer - An answer.
 * @csspart feedback - "Was this answer helpful?" with its Yes and No buttons, then the thanks.
 * @csspart feedback-button - The Yes and No buttons.
 */
export class MigrationFaqElement extends LocalizedElement {
  static override styles = [themeStyles, faqStyles];
  static override properties = {
    open: {},
    headingLevel: {attribute: 'heading-level'},
    packSize: {attribute: 'pack-size'},
    renewal: {attribute: false},
    openIds: {state: true},
    rated: {state: true},
  };

  /** Ids of the questions open at start, separated by spaces. */
  open?: string;

  /** Level of the question headings, 2 to 6; default one below the heading before the element. */
  headingLevel?: string | number;

  /** Computers one pack covers, as the calculator beside it counts them; default 5. */
  packSize?: string | number;

  /** The customer's renewal, to quote their dates in the "whole year" answer. */
  renewal: RenewalResult | null = null;

  private readonly headingLevelController = new HeadingLevelController(this);
  /** `renewal` when it holds what the answers quote. */
  private customerRenewal: RenewalResult | null = null;
  private openIds = new Set<FaqItemId>();
  /** Questions already rated in this page view: one vote each. */
  private rated = new Set<FaqItemId>();

  /** A link to `#pa-faq-<id>` opens that question and brings it into view. */
  private readonly onHashChange = () => void this.openFromHash();

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
    if (changed.has('open')) {
      this.openIds = new Set((attributeText(this.open, 'open') ?? '').split(/\s+/).filter(isFaqItemId));
    }
    // A link to one answer opens it with the page, like the open attribute.
    const linked = linkedItemId();
    if (!this.hasUpdated && linked) this.openIds = new Set(this.openIds).add(linked);
  }

  protected override firstUpdated(): void {
    const linked = linkedItemId();
    if (linked) this.scrollToQuestion(linked);
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
    const target = {ArrowDown: index === last ? 0 : index + 1, ArrowUp: index === 0 ? last : index - 1, Home: 0, End: last}[
      event.key
    ];
    if (target === undefined) return;
    event.preventDefault();
    buttons[target]?.focus();
  }

  protected override render(): TemplateResult {
    const allOpen = FAQ_ITEM_IDS.every((id) => this.openIds.has(id));
    return html`
      <section part="base" class="root" aria-label=${msg('Migration questions and answers', {id: 'faq.migration-questions-and-answers'})} lang=${activeLocale()} dir=${activeDirection()}>
        <p part="intro">${this.intro()}</p>
        <button part="toggle-all" type="button" @click=${() => this.setOpen(FAQ_ITEM_IDS, !allOpen)}>
          ${allOpen ? msg('Collapse all', {id: 'faq.collapse-all'}) : msg('Expand all', {id: 'faq.expand-all'})}
        </button>
        ${FAQ_ITEM_IDS.map((id) => this.renderItem(id))}
      </section>
    `;
  }

  private renderItem(id: FaqItemId): TemplateResult {
    const open = this.openIds.has(id);
    return html`
      <div part="item" class="item">
        <div part="heading" role="heading" aria-level=${this.headingLevelController.level}>
          <button
            part="question"
            id="pa-faq-${id}"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="pa-faq-${id}-answer"
            @click=${() => this.setOpen([id], !open)}
            @keydown=${this.onQuestionKeydown}
          >
            <span>${this.question(id)}</span>
            <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4 6l4 4 4-4" />
            </svg>
          </button>
        </div>
        <div
          part="answer"
          id="pa-faq-${id}-answer"
          hidden=${open ? nothing : 'until-found'}
          @beforematch=${() => this.setOpen([id], true)}
        >
          ${this.answer(id)} ${this.renderFeedback(id)}
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
      ${this.rated.has(id)
        ? msg('Thank you for your feedback.', {id: 'faq.thank-you-for-your'})
        : html`<span id="pa-faq-${id}-feedback">${msg('Was this answer helpful?', {id: 'faq.was-this-answer-helpful'})}</span>
            <span role="group" aria-labelledby="pa-faq-${id}-feedback">
              <button part="feedback-button" type="button" @click=${() => rate(true)}>${msg('Yes', {id: 'faq.yes'})}</button>
              <button part="feedback-button" type="button" @click=${() => rate(false)}>${msg('No', {id: 'faq.no'})}</button>
            </span>`}
    </div>`;
  }

  private intro(): string {
    return msg(
      'Parallels Access for Business subscriptions are moving to a new licensing service that manages Parallels Access together with other Parallels licenses. Because of the move, auto-renewal has been turned off for every current subscription. Renewing once through the new service moves your subscription and turns auto-renewal back on. The link to do it is in the email titled "Announcement from Parallels: migration to a new licensing server".',
      {id: 'faq.intro'},
    );
  }

  private question(id: FaqItemId): string {
    switch (id) {
      case 'migrate-now':
        return msg("My license doesn't expire for a few months. Do I have to migrate now?", {id: 'faq.migrate-now.question'});
      case 'pay-full-year':
        return msg('Why do I have to pay for a whole year?', {id: 'faq.pay-full-year.question'});
      case 'higher-price':
        return msg('Why is the renewal price so much higher for the same number of licenses?', {id: 'faq.higher-price.question'});
      case 'change-licenses':
        return msg('Can I change the number of licenses when I migrate?', {id: 'faq.change-licenses.question'});
    }
  }

  private answer(id: FaqItemId): TemplateResult {
    switch (id) {
      case 'migrate-now':
        return html`<p>
          ${msg(
            'No. Still, we encourage you to renew through the new service as soon as possible: the year you pay for is added after your current expiry date, so renewing early loses you nothing. Until you renew, auto-renewal stays off, and the subscription stops working on its expiry date.',
            {id: 'faq.migrate-now.answer'},
          )}
        </p>`;
      case 'pay-full-year':
        return html`<p>
            ${msg(
              'The subscription is annual, so a renewal always buys one whole year. That year is added to the end of your current subscription, not started on the day you pay.',
              {id: 'faq.pay-full-year.answer'},
            )}
          </p>
          ${this.renewalExample()}`;
      case 'higher-price': {
        // A bad pack-size falls back to 5, as in the calculator (which warns about it, where there is one).
        const packCount = resolveRenewalSettings({packSize: attributeText(this.packSize, 'packSize')}, new Date()).settings.packSize;
        const packSize = formatCount(packCount);
        return html`<p>
            ${msg(
              str`The renewal screen counts license packs, not computers. One pack covers up to ${packSize} remote computers. If you enter your number of computers where packs are asked, the price is for up to ${packSize} times as many packs as you need.`,
              {id: 'faq.higher-price.answer'},
            )}
          </p>
          ${packCount === DEFAULT_PACK_SIZE
            ? // The article's worked example holds for its packs of 5 only.
              html`<p>${msg('For example, 10 remote computers need 2 packs, not 10.', {id: 'faq.higher-price.example'})}</p>`
            : nothing}
          ${this.customerRenewal
            ? html`<p>
                ${msg(str`For your ${computersText(this.customerRenewal.computers)}, select ${packsText(this.customerRenewal.packs)} on the renewal screen.`, {id: 'faq.for-your-select-on'})}
              </p>`
            : nothing}`;
      }
      case 'change-licenses':
        return html`<p>
            ${msg(
              'Yes. When you renew through the new service you can choose more or fewer packs than you have now. Lowering the number is possible only once, during the migration, so count the computers you need before you renew.',
              {id: 'faq.change-licenses.answer'},
            )}
          </p>
          ${this.yourLicenseChange()}`;
    }
  }

  /** Whether the customer's own count is a decrease, once the calculator knows their current packs. */
  private yourLicenseChange(): TemplateResult | typeof nothing {
    const r = this.customerRenewal;
    if (r?.currentPacks === undefined) return nothing;
    const from = packsText(r.currentPacks);
    const to = packsText(r.packs);
    return html`<p>
      ${r.decrease
        ? msg(str`Going from ${from} to ${to} is a decrease: you can make it only once, during the migration.`, {id: 'faq.going-from-to-is'})
        : r.currentPacks === r.packs
          ? msg(str`Keeping ${to} is not a decrease.`, {id: 'faq.keeping-is-not'})
          : msg(str`Going from ${from} to ${to} is not a decrease.`, {id: 'faq.going-from-to-is-not'})}
    </p>`;
  }

  /** The article's worked example, or the customer's own dates once the calculator has them. */
  private renewalExample(): TemplateResult {
    const r = this.customerRenewal;
    if (r?.lapsed) {
      const newExpiry = formatDate(r.newExpiry);
      return html`<p>${msg('With your dates:', {id: 'faq.with-your-dates'})}</p>
        <ol>
          <li>${msg(str`Your subscription stopped working on ${formatDate(r.currentExpiry)}.`, {id: 'faq.your-subscription-stopped-working'})}</li>
          <li>${msg('You renew today through the new service and pay for one year.', {id: 'faq.you-renew-today-through'})}</li>
          <li>${msg(str`It is valid until ${newExpiry}, on the new service, with auto-renewal on.`, {id: 'faq.it-is-valid-until'})}</li>
          <li>${msg(str`On ${newExpiry}, auto-renewal charges you for the following year.`, {id: 'faq.on-auto-renewal-charges'})}</li>
        </ol>`;
    }
    const expiry = formatDate(r?.currentExpiry ?? EXAMPLE.currentExpiry);
    const newExpiry = formatDate(r?.newExpiry ?? EXAMPLE.newExpiry);
    return html`<p>${r ? msg('With your dates:', {id: 'faq.with-your-dates'}) : msg('For example:', {id: 'faq.for-example'})}</p>
      <ol>
        <li>${msg(str`Your subscription is valid until ${expiry}. Auto-renewal is off, so unless you renew, it stops working that day.`, {id: 'faq.your-subscription-is-valid'})}</li>
        <li>${msg('You renew through the new service and pay for one year.', {id: 'faq.you-renew-through-the'})}</li>
        <li>${msg(str`It is now valid until ${newExpiry}, it has moved to the new service, and auto-renewal is on again.`, {id: 'faq.it-is-now-valid'})}</li>
        <li>${msg(str`On ${newExpiry}, auto-renewal charges you for the following year.`, {id: 'faq.on-auto-renewal-charges'})}</li>
      </ol>`;
  }
}
