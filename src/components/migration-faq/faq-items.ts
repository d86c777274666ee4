import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {RenewalResult} from '../../core/renewal.js';
import {DEFAULT_PACK_SIZE} from '../../core/defaults.js';
import {computersText, packsText} from '../../localization/counted.js';
import {formatCount, formatDate} from '../../localization/formats.js';

/** What the answers quote besides their own text. */
export interface FaqAnswerContext {
  /** The customer's renewal, when the element was given a valid one. */
  readonly renewal: RenewalResult | null;
  /** Computers one pack covers, as the calculator counts them. */
  readonly packSize: number;
}

/** One question of the FAQ. Its text is a function: `msg()` runs at render time, in the active locale. */
export interface FaqItem<Id extends string = string> {
  /** Public and stable: links (`#pa-faq-<id>`), the `open` attribute, events. */
  readonly id: Id;
  readonly question: () => string;
  readonly answer: (context: FaqAnswerContext) => TemplateResult;
}

/** The paragraph before the questions. */
export function faqIntro(): string {
  return msg(
    'Parallels Access for Business subscriptions are moving to a new licensing service that manages Parallels Access together with other Parallels licenses. Because of the move, auto-renewal has been turned off for every current subscription. Renewing once through the new service moves your subscription and turns auto-renewal back on. The link to do it is in the email titled "Announcement from Parallels: migration to a new licensing server".',
    {id: 'faq.intro'},
  );
}

/** The FAQ, in the article's order: adding a question is adding an entry here. */
export const FAQ_ITEMS = [
  {
    id: 'migrate-now',
    question: () => msg("My license doesn't expire for a few months. Do I have to migrate now?", {id: 'faq.migrate-now.question'}),
    answer: () =>
      html`<p>
        ${msg(
          'No. Still, we encourage you to renew through the new service as soon as possible: the year you pay for is added after your current expiry date, so renewing early loses you nothing. Until you renew, auto-renewal stays off, and the subscription stops working on its expiry date.',
          {id: 'faq.migrate-now.answer'},
        )}
      </p>`,
  },
  {
    id: 'pay-full-year',
    question: () => msg('Why do I have to pay for a whole year?', {id: 'faq.pay-full-year.question'}),
    answer: (context) =>
      html`<p>
          ${msg(
            'The subscription is annual, so a renewal always buys one whole year. That year is added to the end of your current subscription, not started on the day you pay.',
            {id: 'faq.pay-full-year.answer'},
          )}
        </p>
        ${renewalExample(context)}`,
  },
  {
    id: 'higher-price',
    question: () => msg('Why is the renewal price so much higher for the same number of licenses?', {id: 'faq.higher-price.question'}),
    answer: ({packSize: computersPerPack, renewal}) => {
      const packSize = formatCount(computersPerPack);
      return html`<p>
          ${msg(
            str`The renewal screen counts license packs, not computers. One pack covers up to ${packSize} remote computers. If you enter your number of computers where packs are asked, the price is for up to ${packSize} times as many packs as you need.`,
            {id: 'faq.higher-price.answer'},
          )}
        </p>
        ${
          computersPerPack === DEFAULT_PACK_SIZE
            ? // The article's worked example holds for its packs of 5 only.
              html`<p>${msg('For example, 10 remote computers need 2 packs, not 10.', {id: 'faq.higher-price.example'})}</p>`
            : nothing
        }
        ${
          renewal
            ? html`<p>
              ${msg(str`For your ${computersText(renewal.computers)}, select ${packsText(renewal.packs)} on the renewal screen.`, {id: 'faq.for-your-select-on'})}
            </p>`
            : nothing
        }`;
    },
  },
  {
    id: 'change-licenses',
    question: () => msg('Can I change the number of licenses when I migrate?', {id: 'faq.change-licenses.question'}),
    answer: ({renewal}) =>
      html`<p>
          ${msg(
            'Yes. When you renew through the new service you can choose more or fewer packs than you have now. Lowering the number is possible only once, during the migration, so count the computers you need before you renew.',
            {id: 'faq.change-licenses.answer'},
          )}
        </p>
        ${yourLicenseChange(renewal)}`,
  },
] as const satisfies readonly FaqItem[];

/** Ids of the FAQ's questions, stable for links (`#pa-faq-<id>`) and analytics. */
export type FaqItemId = (typeof FAQ_ITEMS)[number]['id'];

/** The questions' ids in the article's order; they are public (links, events). */
export const FAQ_ITEM_IDS: readonly FaqItemId[] = FAQ_ITEMS.map((item) => item.id);

/** Whether a text from a link or an attribute names a question. */
export const isFaqItemId = (id: string): id is FaqItemId => (FAQ_ITEM_IDS as readonly string[]).includes(id);

/** The article's own example of a renewal. */
const EXAMPLE = {currentExpiry: '2021-04-01', newExpiry: '2022-04-01'} as const;

/** The article's worked example, or the customer's own dates once the calculator has them. */
function renewalExample({renewal: r}: FaqAnswerContext): TemplateResult {
  if (r?.lapsed) {
    const newExpiry = formatDate(r.newExpiry);
    return html`<p>${msg('With your dates:', {id: 'faq.with-your-dates'})}</p>
      <ol>
        <li>${msg(str`Your subscription stopped working on ${formatDate(r.currentExpiry)}.`, {id: 'faq.your-subscription-stopped-working'})}</li>
        <li>${msg('You renew today through the new service and pay for one year.', {id: 'faq.you-renew-today-through'})}</li>
        <li>${msg(str`Your subscription is valid until ${newExpiry}, on the new service, with auto-renewal on.`, {id: 'faq.it-is-valid-until'})}</li>
        <li>${msg(str`On ${newExpiry}, auto-renewal charges you for the following year.`, {id: 'faq.on-auto-renewal-charges'})}</li>
      </ol>`;
  }
  const expiry = formatDate(r?.currentExpiry ?? EXAMPLE.currentExpiry);
  const newExpiry = formatDate(r?.newExpiry ?? EXAMPLE.newExpiry);
  return html`<p>${r ? msg('With your dates:', {id: 'faq.with-your-dates'}) : msg('For example:', {id: 'faq.for-example'})}</p>
    <ol>
      <li>${msg(str`Your subscription is valid until ${expiry}. Auto-renewal is off, so unless you renew, your subscription stops working that day.`, {id: 'faq.your-subscription-is-valid'})}</li>
      <li>${msg('You renew through the new service and pay for one year.', {id: 'faq.you-renew-through-the'})}</li>
      <li>${msg(str`Your subscription is now valid until ${newExpiry} and has moved to the new service; auto-renewal is on again.`, {id: 'faq.it-is-now-valid'})}</li>
      <li>${msg(str`On ${newExpiry}, auto-renewal charges you for the following year.`, {id: 'faq.on-auto-renewal-charges'})}</li>
    </ol>`;
}

/** Whether the customer's own count is a decrease, once the calculator knows their current packs. */
function yourLicenseChange(r: RenewalResult | null): TemplateResult | typeof nothing {
  if (r?.currentPacks === undefined) return nothing;
  const from = packsText(r.currentPacks);
  const to = packsText(r.packs);
  return html`<p>
    ${
      r.decrease
        ? msg(str`Going from ${from} to ${to} is a decrease: you can make it only once, during the migration.`, {
            id: 'faq.going-from-to-is',
          })
        : r.currentPacks === r.packs
          ? msg(str`Keeping ${to} is not a decrease.`, {id: 'faq.keeping-is-not'})
          : msg(str`Going from ${from} to ${to} is not a decrease.`, {id: 'faq.going-from-to-is-not'})
    }
  </p>`;
}
